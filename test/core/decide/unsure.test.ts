// An answer more likely wrong than right (its calibrated chance under even odds) becomes a choice between it and the
// next best matches of its pack; sure answers, comparisons, follow-ups and answers carrying help stand.
import { describe, expect, it } from 'vitest';
import { answerQuestion, answerUncalibrated } from '../../../src/core/answer-question.js';
import { CHOOSE_BELOW, choiceForUnsure } from '../../../src/core/decide/unsure.js';
import type { Reply } from '../../../src/core/reply.js';
import { decisionOf } from '../../../src/core/respond/explain.js';
import { loadBlindCases } from '../../../src/eval/blind-questions.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const text = 'what share of cases involved snapchat?';
const answer = answerUncalibrated(text, index);

describe('choiceForUnsure', () => {
  it('offers the unsure answer first, then the next best matches of its pack', () => {
    const choice = choiceForUnsure(text, index, answer, 0.31);
    expect(choice).toMatchObject({
      status: 'ambiguous',
      unsure: true,
      confidence: 0.31,
      question: text,
      citations: [],
    });
    const ids = choice?.suggestions.map((s) => s.factId) ?? [];
    expect(ids[0]).toBe('snapchat-20-percent');
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(choice?.suggestions.every((s) => s.packId === 'nspcc-online-grooming')).toBe(true);
  });

  it('leaves an answer at even odds or better', () => {
    expect(choiceForUnsure(text, index, answer, CHOOSE_BELOW)).toBeUndefined();
    expect(choiceForUnsure(text, index, answer, 0.9)).toBeUndefined();
  });

  it('leaves a comparison, a follow-up read with the turn before, and an answer carrying help', () => {
    const comparison = answerUncalibrated('was instagram used more than snapchat?', index);
    expect(comparison).toMatchObject({ status: 'answered', kind: 'comparison' });
    expect(choiceForUnsure('was instagram used more than snapchat?', index, comparison, 0.2)).toBeUndefined();
    const followUp: Reply = { ...answer, readAs: 'what share of cases involved snapchat? and instagram?' };
    expect(choiceForUnsure(text, index, followUp, 0.2)).toBeUndefined();
    const withHelp = answerUncalibrated(
      'my daughter is 12 and a man she met online keeps asking to meet her. how often was snapchat used?',
      index,
    );
    expect(withHelp.help).toBeDefined();
    expect(choiceForUnsure(text, index, withHelp, 0.2)).toBeUndefined();
  });

  it('leaves a decline as it is', () => {
    const decline = answerUncalibrated('how many grooming cases were there in Scotland in 2015?', index);
    expect(decline.status).toBe('abstained');
    expect(choiceForUnsure(text, index, decline, 0.2)).toBeUndefined();
  });
});

describe('in replies', () => {
  // (Sets the example questions never learned from, whose answers are less sure than those of the sets they did.)
  const cases = ['fresh-39', 'fresh-43', 'fresh-54'].flatMap((set) =>
    loadBlindCases(`test/eval/${set}/questions.yml`, index),
  );
  const replies = cases.map((c) => ({
    raw: answerUncalibrated(c.q, index),
    reply: answerQuestion(c.q, index),
  }));

  it('no single-fact answer is given at less than even odds', () => {
    const unsure = replies.filter(
      ({ reply }) =>
        reply.status === 'answered' &&
        reply.kind === 'fact' &&
        reply.readAs === undefined &&
        reply.help === undefined &&
        reply.confidence < CHOOSE_BELOW,
    );
    expect(unsure).toEqual([]);
  });

  it('some answers of blind sets become choices, each offering the fact the pipeline would have answered first', () => {
    const chosen = replies.filter(
      ({ raw, reply }) => raw.status === 'answered' && reply.status === 'ambiguous',
    );
    expect(chosen.length).toBeGreaterThan(0);
    for (const { raw, reply } of chosen) {
      if (raw.status !== 'answered') continue;
      expect(reply.suggestions[0]?.factId).toBe(raw.facts[0].factId);
      expect(reply.confidence).toBeLessThan(CHOOSE_BELOW);
    }
  });
});

describe('the explanation of a choice offered for an unsure answer', () => {
  it('says it was an unsure answer, not a close call', () => {
    const choice = choiceForUnsure(text, index, answer, 0.31);
    expect(choice && decisionOf(choice)).toMatch(/^unsure answer \(confidence 0\.310, under even odds\)/u);
  });
});
