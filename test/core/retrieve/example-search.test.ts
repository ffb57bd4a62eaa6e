// MiniSearch over a pack's facts, phrasings and example questions: a second ranking, independent of the matcher's.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchTop } from '../../../src/core/retrieve/example-search.js';
import { readPack } from '../../../src/pack/load-pack.js';

const nspcc = readPack(join('knowledge', 'nspcc-online-grooming'));
const roads = readPack(join('test', 'fixtures', 'packs', 'eastmoor-roads-2023'));

describe('the MiniSearch ranking of a pack', () => {
  it.each([
    [nspcc, 'share of cases on zuckerbergs apps', 'facebook-apps-51-percent'],
    [nspcc, 'how many offences did the police record from 2017 to 2020', 'offences-2017-2020'],
    [nspcc, 'grooming offenses recorded', 'offences-2017-2020'],
    [roads, 'how many pedestrians were hurt', 'pedestrian-casualties'],
  ])('ranks the fact asked for first: %#', (pack, q, fact) => {
    expect(searchTop(pack, q)).toBe(fact);
  });

  it('finds nothing for words no fact, phrasing or example holds', () => {
    expect(searchTop(nspcc, 'xyzzy plugh')).toBeUndefined();
  });
});
