// "How does the April–June figure compare with the three-year total?": two things set against each other by
// description rather than by name or figure. Each side is matched on its own; when each clearly finds its own fact,
// the two facts are compared side by side.
import { ANSWER_THRESHOLD } from '../../reply.js';
import type { FactIndex } from '../../retrieve/build-index.js';
import { rankFacts } from '../../retrieve/candidates.js';
import type { ScoredFact } from '../../retrieve/score.js';
import { analyseText } from '../../understand/analyse.js';
import { COMPARISON_WORDS, WEAK_COMPARISON_WORDS } from '../../understand/lexicon.js';
import { ASKED_SIDE_BY_SIDE, type ComparisonMatch, sideBySide } from './compare.js';

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

/** "compare the april-june count with the three year total": the two sides inside the asking. */
const COMPARE_X_WITH_Y =
  /\bcompar(?:e|ing)\s+(?!(?:with|to|against)\b)(.+?)\s+(?:with|to|against|and)\s+(.+)$/u;

function sidesOf(folded: string): [string, string] | undefined {
  const which = WHICH_OF.exec(folded);
  if (which?.[1] && which[2]) return [which[1], which[2]];
  const inside = COMPARE_X_WITH_Y.exec(folded);
  if (inside?.[1] && inside[2]) return [inside[1], inside[2]];
  const at = SETS_AGAINST.exec(folded);
  if (!at) return undefined;
  return [folded.slice(0, at.index), folded.slice(at.index + at[0].length)];
}

/** "bigger", "more", "compared": the words that set the sides against each other belong to neither side. */
function withoutComparing(side: string): string {
  return side
    .split(/\s+/u)
    .filter((w) => w === 'or' || !(COMPARISON_WORDS.has(w) || WEAK_COMPARISON_WORDS.has(w)))
    .join(' ');
}

/** The asking around a side ("how does … sit", "how do they compare"): no part of what the side names. */
const SIDE_FRAME =
  /^\s*(?:how (?:does|do|did|is|are|was|were)|what about|and)\s+|\s+(?:sits?|stands?|stacks?|measures?|fits?|squares?|compares?|comes?)(?:\s+up)?\s*$|,?\s*how (?:do|does|did) (?:they|these|the two|both) (?:compare|differ|stack up)\s*\??\s*$/gu;

/**
 * A side that names only a time ("compared to pre-lockdown?", "vs 2019"): the other side's measure at that time, which
 * no fact of its own describes.
 */
const TIME_ONLY_SIDE =
  /^\W*(?:(?:the|a|an) )?(?:(?:pre|post|before|after|during|in|since|the year before|the years before)[- ]?(?:the )?(?:lockdown|pandemic|covid(?:-19)?|coronavirus)|(?:in )?(?:19|20)\d\d|(?:the )?(?:previous|prior|last|earlier|preceding) (?:year|years|quarter|period|months?)|(?:a year|years) (?:earlier|before|ago)|before|earlier|then|now)\W*$/u;

function clearFact(index: FactIndex, side: string): ScoredFact | undefined {
  if (TIME_ONLY_SIDE.test(side.trim())) return undefined;
  const analysis = analyseText(withoutComparing(side.replace(SIDE_FRAME, ' ')), index.vocab, true);
  // A figure the side names ("the 1,220 lockdown-quarter figure") is as good as its description.
  const [first, second] = rankFacts(index, analysis);
  // A side must be about its fact through and through ("the national average" is not the county's average), and
  // say more than a name ("the NSPCC's view", "Wanless or Zuckerberg" name who, not which figure).
  if (!first || first.score < SIDE_SCORE || first.coverage < SIDE_COVERAGE) return undefined;
  if (!analysis.terms.some((t) => !t.startsWith('@') && first.fact.weights.has(t))) return undefined;
  // Only figures are set side by side.
  if (first.fact.fact.figures.length === 0) return undefined;
  return !second || first.score - second.score >= CLEAR_LEAD ? first : undefined;
}

/** The two facts a question sets against each other by description, each clearly matched by its own side. */
export function compareHalves(index: FactIndex, folded: string): ComparisonMatch | undefined {
  const sides = sidesOf(folded);
  if (!sides) return undefined;
  const [a, b] = sides.map((side) => clearFact(index, side));
  if (!a || !b || a.fact === b.fact || a.fact.pack !== b.fact.pack) return undefined;
  return sideBySide(ASKED_SIDE_BY_SIDE, [a.fact, b.fact], Math.min(a.score, b.score));
}
