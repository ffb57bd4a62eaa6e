// Loads the shipped knowledge once per test file.
import { buildIndex, type FactIndex } from '../../src/core/retrieve/build-index.js';
import { loadPacks } from '../../src/pack/load-pack.js';

export const KNOWLEDGE_DIR = 'knowledge';
export const PACK_DIR = 'knowledge/nspcc-online-grooming';

let cached: FactIndex | undefined;

/** The index over the real packs under knowledge/. */
export function realIndex(): FactIndex {
  cached ??= buildIndex(loadPacks(KNOWLEDGE_DIR));
  return cached;
}
