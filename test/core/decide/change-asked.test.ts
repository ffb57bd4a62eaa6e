// "How much did X rise?" wants an amount of change: a fact that gives one (a stated rise, or figures for two times),
// never a share or a count of one time, nor a fact that only says which way something went.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { readAnswerType } from '../../../src/core/understand/answer-type.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { describeOutcome } from '../../../src/render/wording.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);

describe('a question asking how much something changed', () => {
  it.each([
    ['how much did grooming rise in lockdown?', 'change'],
    ['by how much did cyclist casualties go up?', 'change'],
    ['How big was the increase?', 'change'],
    ['how much did it cost?', 'money'],
    ['how many cases were there?', 'count'],
  ])('%j wants %s', (q, wanted) => expect(readAnswerType(q.toLowerCase())).toBe(wanted));

  it('is answered by a stated rise', () => {
    expect(describeReply(answerQuestion('how much did grooming rise in lockdown?', index))).toBe(
      'lockdown-rise-ten-percent',
    );
  });
  it('is answered by figures for two years', () => {
    expect(describeReply(answerQuestion('how much did road deaths fall compared with 2022?', roads))).toBe(
      'deaths-2023',
    );
  });
  it.each(['how much did snapchat cases rise?', 'by how much did offences go up each year before lockdown?'])(
    'is declined, offering what the fact gives, when no fact gives a change: %j',
    (q) => {
      const reply = answerQuestion(q, index);
      expect(reply).toMatchObject({ status: 'abstained', reason: { code: 'not_covered', kind: 'scope' } });
      expect(describeOutcome(reply)).toMatch(/^The source has no figure for the size of that change/u);
    },
  );
  it('does not lend a weak match the lockdown rise', () => {
    expect(describeReply(answerQuestion('how much did online fraud go up in lockdown', index))).toMatch(
      /^decline/u,
    );
  });
});

describe('the cases with platform data', () => {
  it.each([
    'quick one - what % of the cases with platform info involved snapchat?',
    'Hi! For the instances where they actually had platform data, what proportion involved Snapchat?',
  ])('is the base of the Snapchat share, no second thing: %j', (q) => {
    expect(describeReply(answerQuestion(q, index))).toBe('snapchat-20-percent');
  });
  it.each([
    'in what % of cases was data on the platform actually available?',
    'In how many of the cases was platform data not available?',
    'how many of the cases had no platform recorded?',
  ])('asking how many lacked it is declined: %j', (q) => {
    expect(answerQuestion(q, index)).toMatchObject({ status: 'abstained', reason: { kind: 'scope' } });
  });
});
