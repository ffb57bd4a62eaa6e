import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { ANSWER_THRESHOLD } from '../../../src/core/reply.js';
import { scoreFacts } from '../../../src/core/retrieve/score.js';
import { readQuestion } from '../../../src/core/understand/read-question.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const PREAMBLE =
  'Our parish newsletter editor, who is compiling a winter digest for volunteers, churchwardens and bellringers, asked me to check ';

const top = (question: string) => {
  const [best] = scoreFacts(index, readQuestion(question, index.vocab), []);
  return best && { id: best.fact.fact.id, score: best.score };
};

describe('a long question holding a whole pack phrasing', () => {
  it('scores as high as an answer needs, whatever its preamble', () => {
    // The pack phrases offences-2017-2020 as "How many grooming offences were recorded by police in England and Wales?".
    const asked = `${PREAMBLE}how many grooming offences were recorded by police in England and Wales.`;
    expect(top(asked)).toMatchObject({ id: 'offences-2017-2020' });
    expect(top(asked)?.score).toBeGreaterThanOrEqual(ANSWER_THRESHOLD);
    expect(answerQuestion(asked, index)).toMatchObject({ status: 'answered' });
  });

  it('does not lift a phrasing narrowed by words after it that the fact does not use', () => {
    const narrowed = `${PREAMBLE}how many grooming offences were recorded by police in England and Wales against boys at football clubs.`;
    expect(answerQuestion(narrowed, index).status).not.toBe('answered');
    expect(answerQuestion('total online grooming offences committed by women', index).status).not.toBe(
      'answered',
    );
  });

  it('does not lift a question that holds only part of a phrasing', () => {
    const partial = `${PREAMBLE}how many offences were recorded by the committee's police liaison officers.`;
    expect(top(partial)?.score ?? 0).toBeLessThan(ANSWER_THRESHOLD);
  });
});
