// Declines a question that joins two things the source only counts apart ("cyclists seriously injured", when it
// gives cyclist casualties and serious injuries, each on its own): the best match gives only one of them.
import { lowerFirst } from '../../text/lower-first.js';
import { ANSWER_THRESHOLD, type DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { COUNTED_KINDS } from '../retrieve/counted-things.js';
import type { ScoredFact } from '../retrieve/score.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/**
 * The best match lacks a word of the question that names another fact of its pack, and that fact lacks a word of
 * the question naming the best match, while no fact of the pack holds both: the source counts the two apart, so
 * neither answers. Places are left out (every fact of a local release names its place).
 */
export function splitAcrossFacts(
  index: FactIndex,
  best: IndexedFact,
  terms: readonly string[],
  rivals: readonly ScoredFact[],
): { reason: ScopeDecline; other: IndexedFact } | undefined {
  const asked = terms.filter((t) => !(t.startsWith('@') && best.places.has(t.slice(1))));
  const bestHeads = asked.filter((t) => best.heads.has(t));
  // The best match must be about a group or thing the question names ("cyclists"), which the other half lacks:
  // two words for one measure ("offences", "cases") are no two things.
  if (!bestHeads.some((t) => t.startsWith('@') && COUNTED_KINDS.has(index.entityKinds.get(t.slice(1)) ?? '')))
    return undefined;
  const sameSource = index.facts.filter((f) => f.pack === best.pack && f !== best);
  const strong = rivals.filter(
    (s) => s.fact !== best && s.fact.pack === best.pack && s.score >= ANSWER_THRESHOLD,
  );
  // A name the best match lacks is who said or counted it, not a second measure ("the NSPCC figures").
  // ("In total", "overall", "all severities" sum what is asked, naming no second thing.)
  for (const missing of asked.filter((t) => !t.startsWith('@') && !best.weights.has(t) && !SUMS_UP.has(t))) {
    const other = strong.find(
      (s) => s.fact.heads.has(missing) && bestHeads.some((t) => !s.fact.weights.has(t)),
    )?.fact;
    if (!other) continue;
    const joined = sameSource.some((f) => {
      return f.heads.has(missing) && bestHeads.every((t) => f.heads.has(t));
    });
    if (joined) continue;
    return {
      other,
      reason: {
        code: 'not_covered',
        kind: 'scope',
        value: 'the two together',
        covered: [`${measured(best)} and, separately, ${measured(other)}`],
      },
    };
  }
  return undefined;
}

/** Words that sum up what is asked ("in total", "overall", "combined"). */
const SUMS_UP: ReadonlySet<string> = new Set(['total', 'overal', 'combin', 'altogeth', 'sever']);

/** "cyclist casualties (killed or injured): 148": what a fact measures, with its first figure. */
function measured(fact: IndexedFact): string {
  const { measure, figures } = fact.fact;
  const what = lowerFirst(measure);
  return figures[0] ? `${what}: ${figures[0].display}` : what;
}
