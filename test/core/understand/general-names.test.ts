// Names of general knowledge (platforms, companies, places a source does not cover): declined by name, and never
// reached by shortening or correcting a word.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { checkClaims } from '../../../src/core/claims/index.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();

describe('names the packs do not cover', () => {
  it.each([
    ["whats apple's stance on encryption vs child safety", 'platform'],
    ['did google sign the open letter?', 'platform'],
    ['how many cases in NI?', 'place'],
  ])('%j is declined for the name (%s)', (q, kind) => {
    expect(answerQuestion(q, index)).toMatchObject({
      status: 'abstained',
      reason: { code: 'not_covered', kind },
    });
  });
  it('reads NI in a claim as Northern Ireland', () => {
    const [claim] = checkClaims('NI saw a 25% jump in lockdown too', index);
    expect(claim?.verdict).toBe('not_in_source');
    expect(claim?.explanation).toContain('Northern Ireland');
  });
  it('never shortens a general name: "Sam" is a person, not Samsung', () => {
    const [claim] = checkClaims('Sam noted Instagram was used in about a quarter of cases.', index);
    expect(claim).toMatchObject({ verdict: 'contradicted', factId: 'instagram-over-a-third' });
    expect(describeReply(answerQuestion('sam says instagram was in a third of cases, right?', index))).toBe(
      'instagram-over-a-third',
    );
  });
});
