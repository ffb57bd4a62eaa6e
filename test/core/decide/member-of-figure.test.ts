// Whether a name is among what a named figure counts ("is snapchat part of the 51%?"): answered with that figure's
// fact, which shows what it counts together, never declined as a question about the name alone.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);

describe('a yes/no question whether a name is among what a named figure counts', () => {
  it.each([
    ['is snapchat part of the 51%', 'facebook-apps-51-percent'],
    ['does whatsapp count in the 51%?', 'facebook-apps-51-percent'],
    ['Does the 51% include Messenger or just FB, WhatsApp and Insta?', 'facebook-apps-51-percent'],
    ['Is the 12,925 for Wales alone?', 'offences-2017-2020'],
  ])('is answered with that figure: %j', (q, id) => {
    expect(describeReply(answerQuestion(q, index))).toBe(id);
  });
  it('reads the same in another pack, unless the name is a topic the pack says it lacks', () => {
    expect(describeReply(answerQuestion('are cyclists part of the 1,214?', roads))).toBe(
      'casualties-total-2023',
    );
    expect(answerQuestion('does the 121 include scooter riders?', roads)).toMatchObject({
      status: 'abstained',
      reason: { code: 'not_covered', kind: 'measure' },
    });
  });
  it.each([
    'how many grooming offences were recorded in Wales alone?',
    'what % of cases used whatsapp alone?',
  ])('still declines the part alone when no figure is named: %j', (q) => {
    expect(answerQuestion(q, index).status).toBe('abstained');
  });
});
