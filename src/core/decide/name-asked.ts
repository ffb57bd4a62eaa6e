// A near tie settled by the name a "which police force" question asks for.
import { foldText } from '../../text/normalise.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { ScoredFact } from '../retrieve/score.js';
import type { AnswerType } from '../understand/answer-type.js';

/** How close behind the best fact one must score for the name its quote gives to settle it. */
const NEAR_TIE = 0.03;

/** The kinds of entity each name-seeking answer type asks for. */
const KINDS_ASKED: ReadonlyMap<AnswerType, ReadonlySet<string>> = new Map([
  ['organisation', new Set(['organisation', 'platform', 'group'])],
  ['person', new Set(['person'])],
  ['agent', new Set(['organisation', 'platform', 'group', 'person'])],
]);

/**
 * A question asking which one ("Which police force are the collisions reported to?") names what it asks about only by
 * its kind: of two facts that score all but the same, the one whose quote gives the name ("… reported to Eastmoor
 * Constabulary") answers, not one that says only "the police".
 */
export function factGivingName(
  index: FactIndex,
  best: ScoredFact,
  allowed: readonly ScoredFact[],
  entities: readonly string[],
  folded: string,
  wanted: AnswerType,
): ScoredFact | undefined {
  const kinds = KINDS_ASKED.get(wanted);
  if (!kinds) return undefined;
  // (Named by its kind only: no word of its name in the question, "police force" for Eastmoor Constabulary; "was it
  // zuckerberg?" names Mark Zuckerberg.)
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  const names = entities
    .filter((id) => kinds.has(index.entityKinds.get(id) ?? ''))
    .map((id) => foldText(index.entityNames.get(id) ?? ''))
    .filter(
      (name) => name.length > 0 && !name.split(/[^\p{L}\p{N}]+/u).some((w) => w.length > 2 && words.has(w)),
    );
  if (names.length === 0) return undefined;
  const givesName = (s: ScoredFact) => names.some((name) => foldText(s.fact.fact.quote).includes(name));
  if (givesName(best)) return undefined;
  return allowed.find((s) => s !== best && best.score - s.score < NEAR_TIE && givesName(s));
}
