// Loads the shipped knowledge once per test file.
import { buildIndex, type FactIndex } from '../../src/core/retrieve/build-index.js';
import { loadPack, loadPacks } from '../../src/pack/load-pack.js';

export const KNOWLEDGE_DIR = 'knowledge';
export const PACK_DIR = 'knowledge/nspcc-online-grooming';
/** The road casualties fixture: another organisation's pack, with no safeguarding section. */
export const ROADS_DIR = 'test/fixtures/packs/eastmoor-roads-2023';

let cached: FactIndex | undefined;

/** The index over the real packs under knowledge/. */
export function realIndex(): FactIndex {
  cached ??= buildIndex(loadPacks(KNOWLEDGE_DIR));
  return cached;
}

let roads: FactIndex | undefined;
let both: FactIndex | undefined;

/** The index over the road casualties fixture pack alone. */
export function roadsIndex(): FactIndex {
  roads ??= buildIndex([loadPack(ROADS_DIR)]);
  return roads;
}

/** The index over the real packs and the road casualties fixture loaded together. */
export function bothPacksIndex(): FactIndex {
  both ??= buildIndex([...loadPacks(KNOWLEDGE_DIR), loadPack(ROADS_DIR)]);
  return both;
}
