// What kind of thing a question wants back — a person, an organisation, a date, a place, a count, a share, an amount
// of money — read from its question word and the noun after it ("which body…", "what month…", "how many…").

export type AnswerType =
  | 'person'
  | 'organisation'
  | 'agent'
  | 'date'
  | 'place'
  | 'count'
  | 'share'
  | 'count-or-share'
  | 'money'
  | 'change'
  | 'any';

const r = (source: string) => new RegExp(source, 'u');

/** A share of a whole asked for: "% of total", "proportion of all". */
export const SHARE_OF_WHOLE =
  /(?:%|\bpercent|\bper ?cent|\bshare|\bproportion) of (?:the )?(?:tot|total|all)\b/u;

const COUNT_RULE = r(
  String.raw`\b(?:exceed(?:ed|s)?|top(?:ped|s)?|surpass(?:ed|es)?|more than|over|above|at least|fewer than|less than|under|below)\s+(?:\d[\d,.]*k?|(?:a |one |two |ten |twenty |a few )?(?:hundred|thousand))\s+(?:people|persons|children|(?!(?:years|months|weeks|days|hours|minutes|seconds|times|points|percent)\b)[a-z]{3,}s)\b|\bhow many\b(?! (?:consecutive |straight |successive |full |whole |separate |more )?(?:years?|yrs?|months?|mths?|weeks?|wks?|days?|times?|percent|per ?cent|%))|\bwhat(?:'?s| (?:was|is|were)) the (?:(?:overall|full|combined|entire|whole) )?(?:total|number|count)\b(?! (?:cost|value|amount|spend|bill|price|worth|economic|monetary|of (?:years?|months?|weeks?|days?|times?|consecutive)))(?<!\bnumber(?= (?:for|on|re)\b))|\b(?:give|tell|send) (?:me|us) the (?:total |exact |actual )?(?:number|count) of\b(?! (?:years?|months?|weeks?|days?|times?|consecutive))|\bwhat number of\b|\bthe (?:total|exact|actual) number\b(?! behind\b)|^(?:the )?(?:number|count|no\.?) of\b|\bin (?:actual|real|raw|absolute) (?:numbers|terms)\b|\bas an? (?:raw |actual |absolute )?(?:number|count)\b|\bnumbers?[- ]?wise\b|^\W*(?:(?!(?:cost|costs|value|amount|spend|spending|bill|price|worth|economic|monetary|money)\b)[\w'&-]+ ){0,4}(?:tot|total|count)(?: (?:pls|plz|please))?\W*$`,
);

const WHICH =
  '(?:which|what|whose)(?: (?:exact|specific|particular|national|other|one|main|single|kind of|sort of|type of))?';

/**
 * A raw number asked for in so many words, whatever else the question says it is of ("what share … did Facebook remove
 * after users reported it, in numbers?", "how many snapchat cases? number not %", "the rise in actual case numbers").
 */
export const RAW_COUNT_ASKED =
  /\bin (?:actual |real |raw |absolute |hard )?(?:case |crime |offence )?numbers\b(?! of\b)|\bnumbers?,? (?:not|rather than|instead of) (?:as )?(?:an? |the )?(?:%|percent\w*|percentages?|shares?|proportions?)(?!\w)/u;

/** Ordered: the first rule that matches decides. */
const RULES: ReadonlyArray<[AnswerType, RegExp]> = [
  ['count', RAW_COUNT_ASKED],
  [
    'money',
    r(
      String.raw`\bhow much (?:money|cash|did (?:it|they|\w+) (?:cost|spend|pay|earn|make|raise|fine))\b|\b(?:net worth|salary|salaries|budget|how much (?:was|were|is|are) (?:\w+ )?(?:fined|paid|worth))\b|\bwhat(?:'s| was| is| were) (?:the |their |its |his |her )?(?:cost|fine|fines|price|spending|value)\b(?!.*\b(?:based|built|drawn|derived|sourced) (?:on|from)\b)`,
    ),
  ],
  [
    // How much something rose or fell ("how much did grooming rise in lockdown?", "by how much did deaths fall?"), or
    // whether one rise was bigger than another ("is the lockdown rise bigger than the yearly increase before it?").
    'change',
    r(
      String.raw`\bhow much (?:did|has|have|had|was|were|is|are) (?:(?!(?:wants?|wanted|needs?|needed|hopes?|hoped|expects?|expected|plans?|planned|would|like|to)\b)[\w'-]+ ){1,6}?(?:rise|rose|risen|increase|increased|grow|grown|go up|gone up|jump|jumped|fall|fallen|fell|drop|dropped|decrease|decreased|decline|declined|change|changed|climb|climbed|surge|surged)\b|\bby how much\b(?=[^?.!]*\b(?:rise|rose|risen|increase[ds]?|grow|grew|grown|up|down|jump(?:ed)?|fall|fell|fallen|drop(?:ped)?|decrease[ds]?|decline[ds]?|change[ds]?|climb(?:ed)?|surge[ds]?|lower|higher|below|above|fewer|more|less)\b)|\b(?:rise|rose|risen|increased?|grew|grown|up|down|jumped|fell|fallen|dropped|decreased|declined|changed|climbed|surged)\b[^?.!]*\bby how much\b|\bhow (?:big|large) (?:was|is|were) (?:the|that) (?:rise|increase|jump|fall|drop|decrease|change|surge)\b|\bwhat(?:'?s| (?:was|is|were))? (?:the )?(?:%|percent(?:age)?|per ?cent) (?:rise|increase|jump|fall|drop|decrease|decline|change|surge|growth|reduction)\b|^\W*(?:(?:the|an?|overall|total|annual|yearly|average|exact|actual) )*(?:%|percent(?:age)?|per ?cent) (?:rise|increase|jump|fall|drop|decrease|decline|change|surge|growth|reduction)\b|\bby how many (?:%|percent(?:age)?|per ?cent|percentage points)\b|\b(?:rise|increase|growth|jump|surge|fall|drop|decrease|decline)s?\b[^?.!]*\b(?:bigger|larger|greater|smaller|steeper|sharper|faster|slower)\b[^?.!]*\bthan\b|\b(?:rise|rose|risen|increased?|grow|grew|grown|go up|went up|gone up|jump(?:ed)?|fall|fell|fallen|drop(?:ped)?)\b (?:by )?(?:more|faster|further|less|slower|more steeply|more sharply) (?:\w+ ){0,5}?than\b`,
    ),
  ],
  [
    'person',
    r(
      String.raw`\b(?:${WHICH}) (?:person|people|man|woman|politician|minister|official|officials|spokes(?:man|woman|person)|executive|journalist|reporter|author|writer|analyst|researcher|expert|individual|mp)s?\b|\b(?:what(?:'s| is| was|s) (?:the )?name of (?:the |a |that |this )?(?:[\w'-]+ )?(?:spokes(?:man|woman|person)|person|man|woman|author|writer|journalist|reporter|analyst|official|executive|boss|head|chief|minister))\b|\bwho (?:wrote|authored|is the author)\b|\bwho(?:'s| is| was) (?:the |its |their )?(?:chief executive|ceo|boss|chair|chairman|chairwoman|director|president)s? (?:of|at)\b|\bwho(?:'s| is)? (?:runs|heads|leads|chairs|in charge of|is in charge of)\b`,
    ),
  ],
  [
    'organisation',
    r(
      String.raw`\b(?:${WHICH}) (?:[\w'-]+ )?(?:organi[sz]ations?|bod(?:y|ies)|group|groups|charity|charities|council|company|companies|firm|firms|agency|agencies|institution|institutions|authority|authorities|department|newspaper|newspapers|paper|papers|outlet|outlets|publication|publications|news ?(?:site|outlet|organi[sz]ation)|media|magazine|force|forces|regulator|union|association|coalition)\b`,
    ),
  ],
  [
    'date',
    r(
      String.raw`\b(?:when (?:did|was|were|is|will|does|do)|(?:${WHICH}|on what|in what) (?:date|day|month|year|week|time of year)|what date)\b`,
    ),
  ],
  [
    'place',
    r(
      String.raw`\b(?:where (?:did|was|were|is|are|do|does)|(?:${WHICH}|in what) (?:country|countries|region|regions|nation|nations|part|parts|area|areas|city|cities|town|towns|county|counties|place|places|location|locations))\b`,
    ),
  ],
  ['agent', r(String.raw`^(?:and |so |but |ok |okay )?who(?:'s| is| was| are| were| did| had| has)?\b`)],
  [
    'share',
    r(
      String.raw`\b(?:what|which) (?:percentage|percent|proportion|share|fraction|portion|part of (?:the )?(?:cases|offences|crimes))\b|\bhow (?:much|many) of (?:the|all|those|these)\b|\bwhat % |${SHARE_OF_WHOLE.source}|\b(?:as|in) an? (?:percentage|percent|share|proportion)\b(?=[^?]*\bnot (?:as )?an? (?:count|number|total)\b)`,
    ),
  ],
  ['count', COUNT_RULE],
];

/** "what was the number", "what's the figure": the number of whatever was named before. */
const THE_NUMBER = /^\W*what(?:'?s| (?:was|is|were)) the (?:number|figure)\b/u;
/** A share named: "a percentage", "what share", "the %". */
const SHARE_NAMED = /(?:%|\b(?:percent|per ?cent|percentage|proportion|share|rate)\b)/u;

/** The kind of answer a (folded) question asks for; `any` when it does not say. */
export function readAnswerType(folded: string): AnswerType {
  for (const [type, rule] of RULES) {
    const found = rule.exec(folded);
    if (!found) continue;
    // Both asked in one breath ("how many pedestrian casualties were there, and what share of the total is that?"):
    // either answers. ("How many of the cases…" asks a share only: the count rule must match elsewhere.)
    if (type === 'share' && COUNT_RULE.test(folded.replace(found[0], ' '))) return 'count-or-share';
    // "the number" of a share named before it ("gave a percentage for … — what was the number?"): the share's figure.
    if (type === 'count' && THE_NUMBER.test(found[0]) && SHARE_NAMED.test(folded.slice(0, found.index)))
      return 'any';
    return type;
  }
  return 'any';
}
