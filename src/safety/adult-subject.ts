// Someone at risk who is plainly an adult: "my 70 year old mum keeps getting scam calls", "my elderly dad is being
// groomed by a romance scammer", "someone keeps messaging my 40 year old sister". Kin words ("sister", "son") are also
// how a child is named, so the adult marker beside them is what tells the two apart.

/** A relative, friend or partner with an adult marker: an adult age, "elderly", "adult", "grown-up". */
const ADULT_KIN =
  /\b(?:my|our|his|her|their|a) (?:(?:elderly|aged|adult|grown[- ]?up|(?:1[89]|[2-9]\d)[- ]?(?:yo|y\/o|yrs? old|years? old|year[- ]old)) )(?:step ?)?(?:mum|mom|mother|dad|father|parents?|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandparents?|sisters?|brothers?|siblings?|cousins?|aunt|auntie|uncle|friends?|mates?|neighbou?rs?|partner|husband|wife|sons?|daughters?|colleagues?|relatives?)\b/gu;

/** The adult relatives a message names ("my 70 year old mum"), removed: what is left names any child there is. */
export function withoutAdultKin(compact: string): string {
  return compact.replace(ADULT_KIN, ' ');
}

/** Whether the message names an adult relative, friend or partner by an adult marker. */
export function namesAdultKin(compact: string): boolean {
  return withoutAdultKin(compact) !== compact;
}
