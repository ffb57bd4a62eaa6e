// Entities a figure counts or is broken down by: a platform, a group of people, a product, a topic ("cyclists",
// "rural roads", "Instagram"). Not a place, a person or an organisation, which say where or who, not what.
import type { FactIndex } from './build-index.js';

/** Entity kinds that name a thing a figure counts. */
export const COUNTED_KINDS: ReadonlySet<string> = new Set(['group', 'platform', 'product', 'topic']);

/** The ids among `ids` that name a counted thing. */
export function countedThings(index: FactIndex, ids: Iterable<string>): string[] {
  return [...ids].filter((id) => COUNTED_KINDS.has(index.entityKinds.get(id) ?? ''));
}
