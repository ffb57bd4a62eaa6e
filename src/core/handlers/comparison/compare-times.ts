// Two times around one event set side by side ("was it rising before lockdown as well as during it?"): no one fact is
// for both, but each time has a fact of its own that the question matches, and the two answer it together.

import { relationOf, type TimesNamed } from '../../decide/relative-period.js';
import { ANSWER_THRESHOLD } from '../../reply.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import type { ScoredFact } from '../../retrieve/score.js';
import { type ComparisonMatch, sideBySide } from './compare.js';

/** Below this a candidate is no match for its time. */
const TIME_MATCH = 0.3;

const ORDER = ['before', 'during', 'after'];

const hasCount = (fact: IndexedFact) => fact.fact.figures.some((f) => f.unit === 'count');
/** A count is set only against a count ("more offences in lockdown than before?" is no share of cases). */
const countsAlike = (a: IndexedFact, b: IndexedFact) => hasCount(a) === hasCount(b);

/**
 * A fact about named things (Snapchat's share) is set only against one about the same things: "did snapchat's share
 * go up compared to pre-lockdown?" is not answered by offences rising each year before it.
 */
function keepsSubjects(index: FactIndex, other: IndexedFact, best: IndexedFact): boolean {
  const named = [...best.entities].filter((id) => index.entityKinds.get(id) === 'platform');
  return named.every((id) => other.entities.has(id));
}

/**
 * For each time the question names around one event (`timesNamed` of its text), in the order they came, the best candidate placed in it; an
 * answer when the fact chosen for the question is one of them and another time has one too.
 */
export function compareEventTimes(
  index: FactIndex,
  named: TimesNamed | undefined,
  best: ScoredFact,
  candidates: readonly ScoredFact[],
): ComparisonMatch | undefined {
  if (!named) return undefined;
  const chosen: ScoredFact[] = [];
  for (const relation of [...named.relations].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))) {
    const own = relationOf(index, best.fact, named.event) === relation ? best : undefined;
    const fit =
      own ??
      candidates.find(
        (s) =>
          s.score >= TIME_MATCH &&
          s.fact.pack === best.fact.pack &&
          countsAlike(s.fact, best.fact) &&
          keepsSubjects(index, s.fact, best.fact) &&
          relationOf(index, s.fact, named.event) === relation,
      );
    if (fit && !chosen.some((c) => c.fact === fit.fact)) chosen.push(fit);
  }
  if (chosen.length < 2 || !chosen.some((c) => c.fact === best.fact)) return undefined;
  return sideBySide(
    `The figures for the times you named around ${named.event}`,
    chosen.map((c) => c.fact),
    Math.max(ANSWER_THRESHOLD, Math.min(...chosen.map((c) => c.score))),
  );
}
