// Words that ask for a figure or a fact from the research, and the parts of a message that hold them.

/** Asking for a figure in so many words: what a message beside a safeguarding concern must say to get one. */
const ASKS_FIGURE = String.raw`how (?:many|much|often|common|commonly|likely|widespread|rare|big|bad|frequent|frequently|usual)|(?:what|wat|wot|wht) (?:percent\w*|proportion|share|fraction|number|figure|rate)|number of|per ?cent\w*|(?:proportion|share|fraction) of (?:the |all )?(?:\w+ )?(?:cases|offences|offenses|crimes|instances)|total (?:number of )?(?:\w+ )?(?:cases|offences|offenses|crimes)|statistics?|stats|figures?|is (?:this|it|that|grooming) (?:(?:more|less|any more|any less) )?(?:common|normal|rare|usual|a big problem)|does (?:this|it|that) happen (?:a lot|often|to (?:many|lots|other))|happens? (?:a lot|often|to (?:many|lots|other))|(?:lots|loads) of (?:other )?(?:kids|people|children)|other (?:kids|people|children) too|which (?:app|apps|platform|platforms|site|sites) (?:is|are|was|were|do|did)(?: \w+){0,3} (?:most|more)|is it true|is (?:that|this) true|(?:is|are|was|were) (?:there |it |that |this |they |\w+ )?really|(?:grooming|the) (?:numbers|stats|data|figures)|(?:the|that) (?:nspcc|article|research|study|report) (?:stat|found|says?|said)|what (?:did|does) (?:the )?(?:nspcc|article|research|study|report|facebook|police) (?:say|said|find|found)|(?:going|go|gone|went|goes) up|(?:the )?(?:main|worst|biggest|top) (?:place|platform|app|site)|is (?:this|that|it) only (?:in )?(?:england|wales|the uk)|(?:were|was) there (?:really )?\d|in (?:a|one) (?:third|quarter|half|fifth)|(?:a|one) (?:third|quarter|fifth) of (?:the |all )?(?:cases|offences|offenses|crimes|instances)|more than half|over half|account(?:s|ed)? for (?:most|the most|more|half|over half|the majority)|(?:the|a|that|this|any) (?:[\w']+ )?stat|(?:did|do|does|has|have|had) (?:the )?(?:number of )?(?:[\w']+ ){0,2}?(?:cases|offences|offenses|crimes|grooming|reports) (?:[\w']+ )?(?:rise|rose|risen|increase[ds]?|grow|grew|grown|fall|fell|drop(?:ped)?|go up|double[ds]?|decrease[ds]?|decline[ds]?)`;

/**
 * Asking in plainer words ("what was the lockdown rise?", "when did Zuckerberg announce it?", "what's the 1,220
 * thing", "how meny cases"): a figure beside a concern only while the harm model is firmly sure of it (screen.ts).
 */
const ASKS_PLAINLY = String.raw`how m[ae]n+y|hw many|stat|(?:what|whats|what's|wat|wats|wot|how big|how much) (?:(?:was|is|were) )?(?:the )?(?:[\w']+ )?(?:rise|increase|total|date range|time ?frame|share)|(?:when|what year|which year|what month) (?:did|was|were|is)|what did (?:[\w']+ ){1,3}(?:say|call|mean|ask for|find|announce)|which (?:app|apps|platform|platforms|site|sites) (?:was|were|is|are) used|(?:the|that) \d[\d,.]*(?:k|%)?(?: (?:figure|number|stat|statistic|thing|cases|offences|one))?\b(?! (?:year|yr|y\/o|yo|month)s?\b)`;

/** Further signs of a question about the research: figures, measures and who said what. */
const ABOUT_RESEARCH = `cases|offences|offenses|crimes|recorded|rise|rose|increase[ds]?|went up|went down|decrease[ds]|declined|doubled|tripled|halved|research|stud(?:y|ies)|survey|nspcc|report(?:ed)? by|according to|who said|what did .{1,40} say|when did|did .{1,40} say|statements?|spokes(?:person|man|woman)|quoted?|(?:tech|technology) (?:companies|firms)`;

/**
 * A figure of the research's kind asked about in a question ("is 12,925 per year or total?", "Article says 1,220 cases
 * in 3 months?", "was it 51%?"): a number with thousands, a share, or a count of cases, in a sentence ending "?" — not
 * an age or an amount of money ("she's 13?", "they want 200 quid").
 */
const FIGURE_QUESTIONED =
  /(?:^|[.!?]\s+|\n)[^.!?\n]*?(?:\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:%|percent\b|per ?cent\b)|\b\d{3,}\s*(?:(?:online|grooming|criminal|recorded) )*(?:cases|offences|offenses|crimes)\b)[^.!?\n]*\?/u;
/** Which apps had the most cases: a ranking of the research's figures. */
const RANKED =
  /\bwhich (?:app|apps|platform|platforms|site|sites) (?:had|has|have|got) (?:the )?(?:most|more|highest|biggest)\b/u;

const FIGURE = new RegExp(String.raw`\b(?:${ASKS_FIGURE})\b|%`, 'u');
const PLAINLY = new RegExp(String.raw`\b(?:${ASKS_PLAINLY})\b`, 'u');
const RESEARCH = new RegExp(String.raw`\b(?:${ABOUT_RESEARCH})\b|\d`, 'u');

/** True when compact (folded) text asks for a figure in so many words. */
export function asksForStatistic(compact: string): boolean {
  return FIGURE.test(compact) || RANKED.test(compact);
}

/** True when the message (as typed, with its punctuation) questions a figure of the research's kind. */
export function questionsAFigure(text: string): boolean {
  return FIGURE_QUESTIONED.test(text.toLowerCase());
}

/** True when compact (folded) text asks about the research in plainer words. */
export function asksPlainly(compact: string): boolean {
  return PLAINLY.test(compact);
}

/** True when compact text reads as a question about the research's figures or statements (what gaps may keep). */
export function isStatisticsQuestion(compact: string): boolean {
  return FIGURE.test(compact) || RESEARCH.test(compact);
}

/** The sentences and clauses of a message. */
function splitClauses(text: string): string[] {
  return text
    .split(
      /(?<=[.?!])\s+|\n+|\s+[-–—]+\s+|;\s*|,?\s+(?:and|also|plus|but|&)\s+(?:also\s+)?(?=(?:how|what|whats|what's|which|is|are|was|were|did|does|do|who|where|when)\b)|,\s+(?:and\s+)?(?:also\s+)?(?=for the (?:figure|number|stat|statistic|percentage|share|proportion)s?\b)/iu,
    )
    .map((c) => c.trim())
    .filter(Boolean);
}

/** A message split once: the clauses that ask for a figure, and what it says beside them. */
export interface AskReading {
  /** The sentences or clauses that ask for a figure (all of them when none stands out). */
  asks: string[];
  /** The clauses that do not ask, which a long question must not dilute; none when no clause stands out as an ask. */
  beside: string[];
}

/** A clause that asks for a figure, in so many words or plainer ones, questions one or asks a ranking. */
function asksAFigure(clause: string): boolean {
  const lower = clause.toLowerCase();
  return FIGURE.test(lower) || PLAINLY.test(lower) || RANKED.test(lower) || questionsAFigure(clause);
}

/** Splits a message once into its statistics asks and the clauses beside them. */
export function readAsks(text: string): AskReading {
  const clauses = splitClauses(text);
  // A short ask ("whats the percent") leans on the clause before it for what it is about.
  // (A figure questioned, "is 12,925 per year or total?", or a ranking asked for is an ask too: what stands beside it
  // must be read without it, as beside any other.)
  const picked = clauses.flatMap((c, i) => {
    if (!asksAFigure(c)) return [];
    const before = clauses[i - 1];
    return c.split(/\s+/u).length <= 3 && before && !asksAFigure(before) ? [`${before} ${c}`] : [c];
  });
  if (picked.length === 0) return { asks: clauses, beside: [] };
  const asked = new Set(picked);
  return { asks: picked, beside: clauses.filter((c) => !asked.has(c)) };
}

/** The sentences or clauses of a message that ask for a figure (all of them when none stands out). */
export function statisticsClauses(text: string): string[] {
  return readAsks(text).asks.flatMap(askedPart);
}

/** A question opened after a comma ("…is asking me for photos, is snapchat used in 20% of grooming?"). */
const QUESTION_AFTER_COMMA =
  /,\s+(?=(?:how|what|whats|what's|which|is|are|was|were|did|does|do|has|have)\b)/iu;
/**
 * The part of an ask clause that asks, when a comma sets a question after a statement: read alone, the statement
 * about the child does not pull the answer elsewhere. (Only for the figure after the help: the safety reading keeps
 * the clause whole.)
 */
function askedPart(clause: string): string[] {
  const parts = clause.split(QUESTION_AFTER_COMMA);
  const asking = parts.filter(asksAFigure);
  return asking.length > 0 && asking.length < parts.length ? asking : [clause];
}
