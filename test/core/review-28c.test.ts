// A review's probes of the roads release (base ca1c22c): chat years, bounds on a figure, "year on year", "which group",
// phrases made of synonyms, and a name written out asked of no body.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { stem } from '../../src/core/understand/analyse.js';
import { withFullYears } from '../../src/core/understand/period.js';
import { readQuestion } from '../../src/core/understand/read-question.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const read = (q: string) => readQuestion(q, roads.vocab, { clearOfHarm: true });
const answer = (q: string) => describeReply(answerQuestion(q, roads));

describe('a year as chat writes it ("2k23")', () => {
  it('reads as the full year', () => {
    expect(withFullYears('casualties 2k23')).toBe('casualties 2023');
    expect(read('ksi 2k23').years).toEqual([2023]);
  });
  it.each([
    ['casualties 2k23', 'casualties-total-2023'],
    ['ksi 2k23', 'ksi-2023'],
  ])('%j is answered by %s', (q, fact) => {
    expect(answer(q)).toBe(fact);
  });
  it('leaves a count in thousands alone', () => {
    expect(withFullYears('over 2k casualties')).toBe('over 2k casualties');
  });
});

describe('a word that bounds a figure names no topic', () => {
  it('drops "above", "fewer than" before a number, keeping the threshold', () => {
    const above = read('is KSI above 300?');
    expect(above.terms).not.toContain(stem('above'));
    expect(above.thresholds).toEqual([300]);
    expect(read('were fewer than 25 killed in 2023').terms).not.toContain(stem('fewer'));
  });
  it('keeps "below" where no number follows', () => {
    expect(read('how far below the baseline was KSI').terms).toContain(stem('below'));
  });
  it.each([
    ['is KSI above 300?', 'ksi-2023'],
    ['were fewer than 25 killed in 2023', 'deaths-2023'],
  ])('%j is answered by %s', (q, fact) => {
    expect(answer(q)).toBe(fact);
  });
});

describe('"year on year" asks for the change, and names no topic', () => {
  it('drops "year" from what "yoy" asks', () => {
    const { terms, optionalTerms } = read('casualties yoy?');
    expect([...terms, ...optionalTerms]).not.toContain(stem('year'));
  });
  it('answers "casualties yoy?" with the total and its change', () => {
    expect(answer('casualties yoy?')).toBe('casualties-total-2023');
  });
});

describe('"which group" names the kind of answer wanted', () => {
  it('reads "group" as a word about the asking', () => {
    expect(read('which road user group had the most casualties?').terms).not.toContain(stem('group'));
  });
  it('no longer answers with the child casualties for "the groups above"', () => {
    expect(answer('which group had the most casualties?')).not.toBe('child-casualties');
    expect(answer('which road user group had the most casualties?')).toContain('car-occupant-casualties');
  });
});

describe('a pack phrase made of synonyms', () => {
  it('reads "killed or badly hurt" as the pack\'s KSI', () => {
    expect(read('how many people were killed or badly hurt').terms).toContain('ksi');
    expect(answer('how many people were killed or badly hurt')).toBe('ksi-2023');
  });
  it('keeps "seriously injured" alone as it was', () => {
    expect(answer('how many people were seriously injured?')).toBe('serious-injuries-2023');
  });
});

describe('a name written out is asked of a body the question names', () => {
  it('answers what an abbreviation of a measure stands for with its fact, not the release header', () => {
    expect(answer('what does KSI stand for')).toBe('ksi-2023');
  });
});
