// A long, formal message spreads its weight over the words that frame its ask: its best fact needs a lower score
// when it clearly leads, while what the ask itself names that no fact covers is still declined.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { answerThreshold } from '../../../src/core/decide/weak-match.js';
import type { Reply } from '../../../src/core/reply.js';
import { ANSWER_THRESHOLD } from '../../../src/core/reply.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { scoreFacts } from '../../../src/core/retrieve/score.js';
import { readQuestion } from '../../../src/core/understand/read-question.js';
import { loadPack, loadPacks } from '../../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const nspcc = buildIndex(loadPacks('knowledge'));
const answeredWith = (reply: Reply) =>
  reply.status === 'answered' ? reply.facts.map((f) => f.factId) : [reply.status];

const INSURER =
  'Good afternoon, I am an analyst at a small insurance broker and we are updating our regional notes. Could you ' +
  'kindly tell me what monetary value the council puts on preventing the casualties recorded in 2023?';

describe('long, formal messages', () => {
  it('answers a formal request whose best fact leads though it covers under half of the message', () => {
    const scored = scoreFacts(roads, readQuestion(INSURER, roads.vocab), []);
    expect(scored[0]?.fact.fact.id).toBe('value-of-prevention');
    expect(scored[0]?.score).toBeLessThan(ANSWER_THRESHOLD);
    expect(answeredWith(answerQuestion(INSURER, roads))).toEqual(['value-of-prevention']);
  });

  it.each([
    "Good afternoon, I'm a journalist writing a piece about technology and children for our weekend edition. Could you tell me how many of the online grooming offences recorded by police involved livestreaming?",
    "Hello, I'm a teacher preparing an assembly for parents about online safety after lockdown. How many of the grooming cases between April and June involved webcams or video calls?",
    "Hi, I'm a governor preparing a briefing for the board on online risks for pupils. Could you tell me how many online grooming offences took place on school laptops?",
  ])('still declines what the ask names and no fact covers: %j', (question) => {
    expect(answerQuestion(question, nspcc).status).toBe('abstained');
  });

  it.each([
    // A measure word of the pack's that the best fact lacks ("seriously injured" of all car occupant casualties).
    'Dear statbot, I am a policy officer at the county council preparing a briefing. Could you tell me how many car occupants were seriously injured in 2023?',
    // Names from the preamble, an ask about something else.
    'I have been reading the Eastmoor report on the 148 cyclist casualties for our club. Can you write me a poem about autumn?',
  ])('keeps the usual bar where the ask points elsewhere: %j', (question) => {
    expect(answerQuestion(question, roads).status).toBe('abstained');
  });

  it('keeps the usual bar for short questions and for a best fact that does not lead', () => {
    const read = readQuestion(INSURER, roads.vocab);
    const scored = scoreFacts(roads, read, []);
    const [best, next] = scored as [NonNullable<(typeof scored)[0]>, NonNullable<(typeof scored)[1]>];
    const leading = [best, { ...next, score: best.score - 0.2 }];
    expect(answerThreshold(roads, read, INSURER, best, leading)).toBeLessThan(ANSWER_THRESHOLD);
    expect(answerThreshold(roads, read, 'how many were seriously injured?', best, leading)).toBe(
      ANSWER_THRESHOLD,
    );
    const tied = [best, { ...next, score: best.score - 0.01 }];
    expect(answerThreshold(roads, read, INSURER, best, tied)).toBe(ANSWER_THRESHOLD);
  });

  it('weighs the everyday words of a long message however short its ask', () => {
    const q =
      "Hi there, I'm the designated safeguarding lead at a primary academy trust and I'm updating our staff training " +
      'slides. I would appreciate it if you could tell me the percentage of instances in which Snapchat was used, ' +
      'together with whatever qualifier the article places on that figure.';
    expect(answeredWith(answerQuestion(q, nspcc))).toEqual(['snapchat-20-percent']);
  });

  it('keeps the strict bar for a message seeking what the law does not catch, and gives it no figure', () => {
    const q =
      "The article says 12,925 offences. Which grooming behaviours don't count as an offence, so someone could stay " +
      'just under the legal line with a kid?';
    expect(answerQuestion(q, nspcc).status).not.toBe('answered');
  });
});
