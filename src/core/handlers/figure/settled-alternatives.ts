// "Is 12,925 a count of offences or of child victims?", "the 1,220 - is that convictions, or cases that were
// recorded?": alternatives offered for a figure the question names, which the fact's own words settle — one
// alternative is what its quote and statement say, another is not. Not a breakdown the source does not give ("Of the
// 1,220, were more girls or boys?", "were the 176 pedestrians hurt on urban or rural roads?"): there neither
// alternative is in the fact's words, or both are.
import { foldText, splitWords } from '../../../text/normalise.js';
import type { IndexedFact } from '../../retrieve/build-index.js';
import { stem } from '../../understand/analyse.js';
import { STOPWORDS } from '../../understand/lexicon.js';

/** A question about the figure that opens on a verb and offers an "or". */
const OFFERS_ALTERNATIVES = /^(?:\W*[\w',]+\W+){0,6}?(?:is|was|are|were|does|did|do)\b[^?]*\bor\b/u;
/**
 * Alternatives listed as questions after a dash or colon: "51% of what — convictions? reports? cases?", "the 12,925:
 * offences? victims?".
 */
const LISTED_QUESTIONS = /(?:\s[-–—]|:)\s*((?:[\w' ]{2,30}\?\s*){2,})$/u;
/** A share of the figure, a ranking or a judgement, not what it is ("of the 1,220, were more…", "big or small"). */
const NOT_WHAT_IT_IS =
  /\b(?:of (?:the |those |these )?\d|mostly|most|more|less|fewer|split|higher|lower|bigger|smaller|larger|up or down|rise or fall|rose or fell|big or small|good or bad|high or low)\b|\b(?:calendar|financial|fiscal|academic|school) years?\b/u;
/** Words that frame an alternative without naming it. */
const FRAMING: ReadonlySet<string> = new Set(
  'just only count counted counts counting include includes including cover covers figure number stat total actually exactly really simply else something generally all whole'.split(
    ' ',
  ),
);

/** Stemmed words of what the fact itself says: its quote and statement. */
function factWords(fact: IndexedFact): Set<string> {
  return new Set(splitWords(foldText(`${fact.fact.quote} ${fact.fact.statement}`)).map(stem));
}

/** The stemmed words of an alternative that name it. */
function contentWords(text: string): string[] {
  return splitWords(text)
    .filter((w) => !STOPWORDS.has(w) && !FRAMING.has(w) && !/^\d/u.test(w))
    .map(stem);
}

/** The alternatives around the first "or": the last words of each listed item before it and the words after it. */
function alternativesOf(folded: string): string[][] {
  const listed = LISTED_QUESTIONS.exec(folded)?.[1];
  if (listed)
    return listed
      .split('?')
      .map((item) => contentWords(item).slice(0, 4))
      .filter((words) => words.length > 0);
  const at = folded.search(/\bor\b/u);
  if (at < 0) return [];
  const before = folded.slice(0, at).split(/,|\s[-–—]\s|\bis (?:that|this|it)\b|\d[\d,.%]*/u);
  const after = folded.slice(at + 2).split(/[?.!;,]|\s[-–—]\s/u)[0] ?? '';
  const items = [...before.slice(-3), after].map(contentWords).filter((words) => words.length > 0);
  // The item right before "or" is the first alternative; list items before it count too ("cases, offences or …").
  return items.slice(-3).map((words, i, all) => (i === all.length - 1 ? words.slice(0, 4) : words.slice(-4)));
}

/** What a question says before alternatives it lists as questions ("tiktok's 20%" of "tiktok's 20%: cases? instances?"). */
export function headOfListed(folded: string): string | undefined {
  const m = LISTED_QUESTIONS.exec(folded);
  return m ? folded.slice(0, m.index) : undefined;
}

/** True when the question offers alternatives for the named figure that the fact's own words settle. */
export function alternativesSettled(fact: IndexedFact, folded: string): boolean {
  const offered = OFFERS_ALTERNATIVES.test(folded) || LISTED_QUESTIONS.test(folded);
  if (!offered || NOT_WHAT_IT_IS.test(folded) || !/\d/u.test(folded)) return false;
  const words = factWords(fact);
  const alternatives = alternativesOf(folded);
  const said = alternatives.filter((alt) => alt.every((w) => words.has(w)));
  return said.length > 0 && said.length < alternatives.length;
}
