// A review's probes of the roads release (base 3ff1aac): asking which way against an average, an irregular past verb.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { analyseText, stem } from '../../src/core/understand/analyse.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);

describe('"above or below" asks which way, and names no topic', () => {
  it('drops both words from what is asked', () => {
    const { terms } = analyseText('are casualties above or below the average', roads.vocab, true);
    expect(terms).not.toContain(stem('above'));
    expect(terms).not.toContain(stem('below'));
  });
  it.each([
    ['are casualties above or below the pre-pandemic average', 'casualties-total-2023'],
    ['is KSI above or below the baseline', 'ksi-2023'],
  ])('%j is answered by %s', (q, fact) => {
    expect(describeReply(answerQuestion(q, roads))).toBe(fact);
  });
  it('keeps a plain "below" as a word of the question', () => {
    expect(analyseText('is ksi below the average', roads.vocab, true).terms).toContain(stem('below'));
  });
});

describe('an irregular past form reads as its verb', () => {
  it('stems "began" and "begun" as "begin"', () => {
    expect(stem('began')).toBe(stem('begin'));
    expect(stem('begun')).toBe(stem('begin'));
  });
  it('answers when records began with the fact that says so, not the comparability caveat', () => {
    expect(describeReply(answerQuestion('when did comparable records begin?', roads))).toBe(
      'deaths-second-lowest',
    );
  });
});

describe('the baseline is the average, for every figure set against it', () => {
  it('answers total casualties against the baseline with the total, not the deaths', () => {
    expect(describeReply(answerQuestion('casualties compared to the baseline?', roads))).toBe(
      'casualties-total-2023',
    );
  });
});
