// "…this year compared with last year?" asks how a figure changed: of close matches, a fact giving the figure for both
// years (or a stated change), not one for a part of the year's total.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { loadPack } from '../../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);

describe('a figure set against last year', () => {
  it.each([
    ['deaths this year compared with last year?', 'deaths-2023'],
    ['total road casualties last year?', 'casualties-total-2023'],
    ['serious injuries this year compared to last year?', 'serious-injuries-2023'],
  ])('%j → %s', (q, id) => {
    expect(describeReply(answerQuestion(q, roads))).toBe(id);
  });
});

describe('"last year" and "in total"', () => {
  it.each([
    ['serious injuries last year?', 'serious-injuries-2023'],
    ['how many bike riders were hurt in total last year? all severities', 'cyclist-casualties'],
    ['how many cyclists got hurt in 2023 in total?', 'cyclist-casualties'],
  ])('%j → %s', (q, id) => {
    expect(describeReply(answerQuestion(q, roads))).toBe(id);
  });
  it('still declines two things the release counts apart', () => {
    expect(answerQuestion('how many cyclists were seriously injured?', roads).status).toBe('abstained');
  });
});
