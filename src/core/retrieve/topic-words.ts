// Words most of a pack's facts use: they name the pack's topic ("online grooming", "road casualties"), not one
// measure or one thing that moved; and the words its figures are labelled with. Each read once per index and pack.
import { analyseText } from '../understand/analyse.js';
import type { FactIndex, IndexedFact } from './build-index.js';

type Pack = IndexedFact['pack'];

/** `read` of an index's pack, worked out once per index and pack. */
export function oncePerPack<T>(
  read: (index: FactIndex, pack: Pack) => T,
): (index: FactIndex, pack: Pack) => T {
  const cache = new WeakMap<FactIndex, Map<Pack, T>>();
  return (index, pack) => {
    let byPack = cache.get(index);
    if (!byPack) {
      byPack = new Map();
      cache.set(index, byPack);
    }
    if (!byPack.has(pack)) byPack.set(pack, read(index, pack));
    return byPack.get(pack) as T;
  };
}

/** The share (0–1) of the facts of `pack` that use each of their words. */
const termShares = oncePerPack((index, pack): ReadonlyMap<string, number> => {
  const facts = index.facts.filter((f) => f.pack === pack);
  const counts = new Map<string, number>();
  for (const f of facts) for (const t of f.weights.keys()) counts.set(t, (counts.get(t) ?? 0) + 1);
  return new Map([...counts].map(([t, n]) => [t, n / facts.length]));
});

/** The words a pack's measures and figures are labelled with: what its figures measure ("killed", "seriously injured"). */
export const measureWords = oncePerPack((index, pack): ReadonlySet<string> => {
  const labels = index.facts
    .filter((f) => f.pack === pack)
    .flatMap((f) => [f.fact.measure, ...f.fact.figures.map((g) => g.label)]);
  return new Set(analyseText(labels.join('. '), index.vocab, false).terms);
});

/** Whether at least `atLeast` (a share, 0–1) of the facts of `pack` use `term`. */
export function isTopicWide(index: FactIndex, pack: Pack, term: string, atLeast: number): boolean {
  return (termShares(index, pack).get(term) ?? 0) >= atLeast;
}
