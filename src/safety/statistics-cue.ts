// Words that ask for a figure or a fact from the research, and the parts of a message that hold them.

/** Asking for a figure in so many words: what a message beside a safeguarding concern must say to get one. */
const ASKS_FIGURE = String.raw`how (?:many|much|often|common|commonly|likely|widespread|rare|big|bad|frequent|frequently|usual)|what (?:percent|percentage|proportion|share|fraction|number|figure|rate)|number of|per ?cent(?:age)?s?|proportion of|statistics?|stats|figures?|is (?:this|it|that|grooming) (?:common|normal|rare|usual|a big problem)|does (?:this|it|that) happen (?:a lot|often|to (?:many|lots|other))|happens? (?:a lot|often|to (?:many|lots|other))|(?:lots|loads) of (?:other )?(?:kids|people|children)|other (?:kids|people|children) too|which (?:app|apps|platform|platforms|site|sites) (?:is|are|was|were|do|did)(?: \w+){0,3} (?:most|more)|is it true|is (?:that|this) true|(?:is|are|was|were) (?:there |it |that |this |they |\w+ )?really|(?:grooming|the) (?:numbers|stats|data|figures)|(?:the|that) (?:nspcc|article|research|study|report) (?:stat|found|says?|said)|what (?:did|does) (?:the )?(?:nspcc|article|research|study|report|facebook|police) (?:say|said|find|found)|(?:going|go|gone|went|goes) up|(?:the )?(?:main|worst|biggest|top) (?:place|platform|app|site)|is (?:this|that|it) only (?:in )?(?:england|wales|the uk)|(?:were|was) there (?:really )?\d|in (?:a|one) (?:third|quarter|half|fifth)|more than half|over half|account(?:s|ed)? for (?:most|the most|more|half|over half|the majority)`;

/** Further signs of a question about the research: figures, measures and who said what. */
const ABOUT_RESEARCH = `cases|offences|offenses|crimes|recorded|rise|rose|increase[ds]?|went up|research|stud(?:y|ies)|survey|nspcc|report(?:ed)? by|according to|who said|what did .{1,40} say|when did|did .{1,40} say`;

const FIGURE = new RegExp(String.raw`\b(?:${ASKS_FIGURE})\b|%`, 'u');
const RESEARCH = new RegExp(String.raw`\b(?:${ABOUT_RESEARCH})\b|\d`, 'u');

/** True when compact (folded) text asks for a figure in so many words. */
export function asksForStatistic(compact: string): boolean {
  return FIGURE.test(compact);
}

/** True when compact text reads as a question about the research's figures or statements (what gaps may keep). */
export function isStatisticsQuestion(compact: string): boolean {
  return FIGURE.test(compact) || RESEARCH.test(compact);
}

/** The sentences or clauses of a message that ask for a figure (all of them when none stands out). */
export function statisticsClauses(text: string): string[] {
  const clauses = text
    .split(
      /(?<=[.?!])\s+|\n+|\s+[-–—]+\s+|;\s*|,?\s+(?:and|also|plus|but|&)\s+(?:also\s+)?(?=(?:how|what|whats|what's|which|is|are|was|were|did|does|do|who|where|when)\b)|,\s+(?:and\s+)?(?:also\s+)?(?=for the (?:figure|number|stat|statistic|percentage|share|proportion)s?\b)/iu,
    )
    .map((c) => c.trim())
    .filter(Boolean);
  // A short ask ("whats the percent") leans on the clause before it for what it is about.
  const picked = clauses.flatMap((c, i) => {
    if (!FIGURE.test(c.toLowerCase())) return [];
    const before = clauses[i - 1];
    return c.split(/\s+/u).length <= 3 && before && !FIGURE.test(before.toLowerCase())
      ? [`${before} ${c}`]
      : [c];
  });
  return picked.length > 0 ? picked : clauses;
}
