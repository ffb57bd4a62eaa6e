// Words most of a pack's facts use: they name the pack's topic ("online grooming", "road casualties"), not one
// measure or one thing that moved. Counted once per index and pack.
import type { FactIndex, IndexedFact } from './build-index.js';

const shares = new WeakMap<FactIndex, Map<IndexedFact['pack'], Map<string, number>>>();

/** The share (0–1) of the facts of `pack` that use each of their words. */
function termShares(index: FactIndex, pack: IndexedFact['pack']): Map<string, number> {
  let byPack = shares.get(index);
  if (!byPack) {
    byPack = new Map();
    shares.set(index, byPack);
  }
  let share = byPack.get(pack);
  if (!share) {
    const facts = index.facts.filter((f) => f.pack === pack);
    const counts = new Map<string, number>();
    for (const f of facts) for (const t of f.weights.keys()) counts.set(t, (counts.get(t) ?? 0) + 1);
    share = new Map([...counts].map(([t, n]) => [t, n / facts.length]));
    byPack.set(pack, share);
  }
  return share;
}

/** Whether at least `atLeast` (a share, 0–1) of the facts of `pack` use `term`. */
export function isTopicWide(
  index: FactIndex,
  pack: IndexedFact['pack'],
  term: string,
  atLeast: number,
): boolean {
  return (termShares(index, pack).get(term) ?? 0) >= atLeast;
}
