// Words a claim may use for the opposite of what the source says ("praised" where it "accused"): the claim is
// contradicted whatever its figure.
import type { IndexedFact } from '../retrieve/build-index.js';

/** Words a claim may use for the opposite of what the source says: the claim's word → the source's. */
const OPPOSITES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bstop(?:s|ped|ping)?\b/u, /\bstart\b/u],
  // What the NSPCC derided cannot be what it says keeps children safe.
  [
    /\b(?:protects?|protecting|keeps?|keeping) (?:children|kids|young people)(?: safe)?\b|\b(?:children|kids) safer\b/u,
    /\bderided\b/u,
  ],
  [
    /\b(?:fail(?:s|ed|ing)? to|unable to|can(?:not|'t)|could(?:n't| not)) (?:stamp|stop|tackle|root)\b/u,
    /\bstamps out\b/u,
  ],
  [
    /\b(?:praised|praises|welcomed|welcomes|supported|supports|applauded|endorsed)\b/u,
    /\b(?:accused|derided|denounced)\b/u,
  ],
  [
    /\b(?:opposed|opposes|oppose|rejected|rejects|reject|criticised|criticized|refused to back|refuse to back|(?:not|never|didn'?t|did not|won'?t|will not) back(?:ing|ed)?(?! (?:down|off|out|up|away)\b)|came out against|(?:was|were|is|are|stood|spoke(?: out)?) (?:firmly |strongly )?against)\b/u,
    /\bbacked\b/u,
  ],
  [
    /\b(?:prais\w*|applaud\w*|thank\w*|commend\w*|congratulat\w*)\b/u,
    /\b(?:concerns|accused|derided|denounced)\b/u,
  ],
  [/\b(?:backed|backs|favoured|favours|approved|approves)\b/u, /\b(?:derided|accused|denounced)\b/u],
  [
    /\b(?:abandon(?:ed|s)?|scrap(?:ped|s)?|drop(?:ped|s)?) (?:its |the |their )?plans?\b/u,
    /\bplans? to start\b/u,
  ],
  // Under- for over- ("under-represented among serious casualties"), and the other way round.
  [
    /\bunder-?(?:represent|report|estimat|count|stat)\w*/u,
    /\bover-?(?:represent|report|estimat|count|stat)\w*/u,
  ],
  [
    /\bover-?(?:represent|report|estimat|count|stat)\w*/u,
    /\bunder-?(?:represent|report|estimat|count|stat)\w*/u,
  ],
  // Slowing what the source says something will fuel ("restrictions would reduce online abuse" of "fuel the surge").
  [
    /\b(?:reduc(?:e|es|ed|ing)|slow(?:s|ed|ing)? (?:down|it|the)|curb(?:s|ed|ing)?|eas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|decreas(?:e|es|ed|ing)|cut (?:down )?)\b/u,
    /\b(?:fuel|feed)\b/u,
  ],
  // A trend the other way: "less and less" (or "decreasingly") of what the source says is "increasingly" so, and back.
  [
    /\b(?:less and less|fewer and fewer|decreasingly|ever less|ever fewer|less (?:often|frequently|commonly) than (?:before|ever|it (?:was|used to))|(?:declining|falling|shrinking|dwindling) (?:share|number|proportion))\b/u,
    /\bincreasingly\b/u,
  ],
  [
    /\b(?:more and more|increasingly|ever more|(?:growing|rising|increasing) (?:share|number|proportion))\b/u,
    /\b(?:decreasingly|less and less|fewer and fewer)\b/u,
  ],
  // The first of a ranking where the source gives a later place ("the lowest on record" of "the second lowest").
  [
    /(?<!\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[ -])\b(?:lowest|highest)\b|\brecord (?:low|high)\b/u,
    /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[ -](?:lowest|highest)\b/u,
  ],
  // Enacted, where the source calls for it ("the Online Harms Bill has already become law" of "action is needed in the
  // form of … an Online Harms Bill").
  [
    /(?<!\b(?:wants?|wanted|wanting|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|asks? for|demand(?:s|ed|ing)?|push(?:es|ed|ing)? for|should|must|needs? to|hopes?|to)\b[^.?!]{0,60})\b(?:(?:bill|law|act|legislation)\b[^.?!]{0,40}?\b(?:bec(?:ome|ame|omes) (?:a )?law|passed into law|(?:is|are) (?:now )?(?:the )?law|(?:was|were|been|got|has|have) (?:already |now |finally )?(?:passed|enacted)|came into force|(?:is|are) (?:now )?in force))\b/u,
    /\b(?:is needed|are needed|needed|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? for|push forward)\b/u,
  ],
  // Found after it is reported, where the source says before.
  [/\b(?:only )?after (?:\S+ ){0,3}(?:report|flag)\w*/u, /\bbefore (?:\S+ ){0,3}report\w*/u],
];

/** A ranking word a claim may use for a place the source gives another year: "2020 was the lowest" is true. */
const RANKS = /\b(?:lowest|highest|record (?:low|high))\b/u;

/** Whether every year a claim names lies in the fact's own period (or it names none). */
function inFactPeriod(lower: string, fact: IndexedFact): boolean {
  const from = Number(fact.fact.period?.from?.slice(0, 4) ?? Number.NaN);
  const to = Number(fact.fact.period?.to?.slice(0, 4) ?? from);
  return [...lower.matchAll(/\b(?:19|20)\d\d\b/gu)].every((m) => Number(m[0]) >= from && Number(m[0]) <= to);
}

/** A later place in a ranking: "second lowest", "3rd-highest". */
const NTH_RANK = /\b(second|third|fourth|fifth|2nd|3rd|4th|5th)[ -](lowest|highest)\b/u;
const ORDINAL: Readonly<Record<string, string>> = {
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
  '5th': 'fifth',
};

/** The source's place in a ranking, when the claim gives the same ranking another place ("third" of "second lowest"). */
function otherPlace(lower: string, quote: string, fact: IndexedFact): string | undefined {
  const claimed = NTH_RANK.exec(lower);
  const said = NTH_RANK.exec(quote);
  // (The year a ranking runs from, "since 1979", is no other period the claim ranks.)
  const ranked = lower.replace(/\b(?:since|began in|from) (?:19|20)\d\d\b/gu, ' ');
  if (!claimed || !said || claimed[2] !== said[2] || !inFactPeriod(ranked, fact)) return undefined;
  const place = (m: RegExpExecArray) => ORDINAL[m[1] ?? ''] ?? m[1];
  return place(claimed) === place(said) ? undefined : said[0];
}

/** The source's word when the claim says the opposite of it. */
export function oppositeWord(lower: string, fact: IndexedFact): string | undefined {
  const quote = fact.fact.quote.toLowerCase();
  const place = otherPlace(lower, quote, fact);
  if (place) return place;
  for (const [claim, source] of OPPOSITES) {
    const said = source.exec(quote);
    // A claim that also says the source's own word ("…found before it is reported, not after") is no opposite.
    // (A rank is the fact's only for the fact's own period: "only 2020 … was lower".)
    if (
      claim.test(lower) &&
      said &&
      !source.test(lower) &&
      (!RANKS.test(said[0]) || inFactPeriod(lower, fact))
    )
      return said[0];
  }
  return undefined;
}
