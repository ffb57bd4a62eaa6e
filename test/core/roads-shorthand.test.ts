// Chat shorthand for the roads fixture pack's road users, and a two-digit year before "how many" (read roads sets).
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { withFullYears } from '../../src/core/understand/period.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const ask = (q: string) => describeReply(answerQuestion(q, roads));

describe('road users in chat shorthand', () => {
  it.each([
    ['MC KSI no.?', 'motorcyclists-ksi-share'],
    ['MC share of KSI?', 'motorcyclists-ksi-share'],
    ['moto cas?', 'motorcyclist-casualties'],
    ['ped cas # 23?', 'pedestrian-casualties'],
    ['ped casualties 23 how many', 'pedestrian-casualties'],
  ])('%j is answered by %s', (q, id) => {
    expect(ask(q)).toBe(id);
  });
});

describe('a two-digit year before "how many" or after "#"', () => {
  const years = new Set([2022, 2023]);
  it('is a year in a release about that year', () => {
    expect(withFullYears('ped casualties 23 how many', years)).toBe('ped casualties 2023 how many?');
    expect(withFullYears('ped cas # 23?', years)).toBe('ped cas # 2023?');
  });
  it('stays a number after a word that makes it a figure, or where no fact is about that year', () => {
    expect(withFullYears('was it about 23 how many', years)).toBe('was it about 23 how many');
    expect(withFullYears('ped casualties 19 how many', years)).toBe('ped casualties 19 how many');
  });
});

describe('two years set against each other, later first ("23 v 22")', () => {
  const years = new Set([2022, 2023]);
  it('are both years where the packs have figures for both', () => {
    expect(withFullYears('cas rate 23 v 22', years)).toBe('cas rate 2023 vs 2022');
    expect(ask('cas rate per bn veh miles 23 vs 22')).toBe('casualty-rate-2023');
  });
  it('stay numbers otherwise', () => {
    expect(withFullYears('cas rate 23 v 21', years)).toBe('cas rate 23 v 21');
  });
});
