// Someone at risk who is plainly an adult: "my 70 year old mum keeps getting scam calls", "my elderly dad is being
// groomed by a romance scammer", "someone keeps messaging my 40 year old sister", "my husband". Kin words ("sister",
// "son") are also how a child is named, so the adult marker beside them is what tells the two apart.

/** A relative, friend or partner with an adult marker: an adult age, "elderly", "adult", "grown-up". */
const ADULT_KIN =
  /\b(?:my|our|his|her|their|a) (?:(?:elderly|aged|adult|grown[- ]?up|(?:1[89]|[2-9]\d)[- ]?(?:yo|y\/o|yrs? old|years? old|year[- ]old)) )(?:step ?)?(?:mum|mom|mother|dad|father|parents?|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents?|sisters?|brothers?|siblings?|cousins?|aunt|auntie|uncle|friends?|mates?|neighbou?rs?|partner|husband|wife|sons?|daughters?|colleagues?|relatives?)\b/gu;

/** Kin with an adult age after them, as chat writes it: "my mum (62)", "my dad, 70," (compact text: "my mum 62"). */
const ADULT_KIN_AGED =
  /\b(?:my|our|his|her|their) (?:step ?)?(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|sisters?|brothers?|cousins?|aunt|auntie|uncle|friends?|neighbou?rs?|partner) (?:1[89]|[2-9]\d)(?: ?(?:yo|y\/o|yrs? old|years? old))?\b(?! ?(?:%|percent|per cent|times|cases|of|in|out|or|to|and|-))/gu;

/**
 * Someone only an adult has: a spouse, a landlord, in-laws ("my husband won't say who he talks to"), or kin with a
 * grown-up's life ("my brother's wedding").
 */
const ADULT_BY_LIFE =
  /\b(?:my|our) (?:husband|hubby|wife|fianc(?:e|é|ee|ée)|landlord|landlady|in-?laws|(?:mother|father|brother|sister|son|daughter)[- ]in[- ]law)\b|\b(?:my|our|his|her|their) (?:sisters?|brothers?|cousins?|siblings?|friends?|mates?)'?s? (?:wedding|stag|hen do|hen party|engagement)\b/gu;

/** The adult relatives a message names ("my 70 year old mum"), removed: what is left names any child there is. */
export function withoutAdultKin(compact: string): string {
  return compact.replace(ADULT_KIN, ' ').replace(ADULT_KIN_AGED, ' ').replace(ADULT_BY_LIFE, ' ');
}

/** Whether the message names an adult relative, friend or partner by an adult marker. */
export function namesAdultKin(compact: string): boolean {
  return withoutAdultKin(compact) !== compact;
}
