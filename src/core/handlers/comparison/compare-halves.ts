// "How does the April–June figure compare with the three-year total?": two things set against each other by
// description rather than by name or figure. Each side is matched on its own; when each clearly finds its own fact,
// the two facts are compared side by side.
import { ANSWER_THRESHOLD } from '../../reply.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import { scoreFacts } from '../../retrieve/score.js';
import { analyseText } from '../../understand/analyse.js';
import { type ComparisonMatch, describeDifferences } from './compare.js';

/** Words that set one side against the other. */
const SETS_AGAINST =
  /\s(?:compared? (?:with|to)|in comparison (?:with|to)|vs\.?|versus|against|alongside|next to|than)\s/u;
/** "Which was used more, X or Y?": the two sides after the question. */
const WHICH_OF =
  /^(?:which|what|who|where)\b.*\b(?:more|most|less|least|fewer|higher|lower|bigger|larger|smaller|greater|first|earlier|later)\b.*,?\s(.+?)\sor\s(.+?)[?.!]*$/u;

/** How far a side's fact must lead that side's next match to count as clearly found. */
const CLEAR_LEAD = 0.1;
const SIDE_SCORE = ANSWER_THRESHOLD;
const SIDE_COVERAGE = 0.75;

function sidesOf(folded: string): [string, string] | undefined {
  const which = WHICH_OF.exec(folded);
  if (which?.[1] && which[2]) return [which[1], which[2]];
  const at = SETS_AGAINST.exec(folded);
  if (!at) return undefined;
  return [folded.slice(0, at.index), folded.slice(at.index + at[0].length)];
}

function clearFact(index: FactIndex, side: string): IndexedFact | undefined {
  const [first, second] = scoreFacts(index, analyseText(side, index.vocab, true), []);
  // A side must be about its fact through and through: "the national average" is not the county's average.
  if (!first || first.score < SIDE_SCORE || first.coverage < SIDE_COVERAGE) return undefined;
  return !second || first.score - second.score >= CLEAR_LEAD ? first.fact : undefined;
}

/** The two facts a question sets against each other by description, each clearly matched by its own side. */
export function compareHalves(index: FactIndex, folded: string): ComparisonMatch | undefined {
  const sides = sidesOf(folded);
  if (!sides) return undefined;
  const facts = sides.map((side) => clearFact(index, side));
  const [a, b] = facts;
  if (!a || !b || a === b || a.pack !== b.pack) return undefined;
  return {
    title: 'The two things you asked about, side by side',
    facts: [a, b],
    notes: describeDifferences([a, b], undefined),
    score: ANSWER_THRESHOLD,
  };
}
