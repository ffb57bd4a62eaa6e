// A long message declined as a whole is answered by its question sentence alone, when the whole message still ranks
// that answer among its best matches; never a follow-up, a concern or a decline for what the ask itself lacks.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { answerAskAlone, askSentences } from '../../../src/core/decide/ask-alone.js';
import type { Reply } from '../../../src/core/reply.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const answeredWith = (reply: Reply) =>
  reply.status === 'answered' ? reply.facts.map((f) => f.factId) : [reply.status];

const COACHES =
  'Hello there. I coordinate volunteers for a youth football league and we are rewriting our messaging guidance ' +
  'for coaches before the new season starts in August.';
const LEAFLET =
  'Good morning. I sit on the board of a small parish council and we are putting together a short leaflet for ' +
  'families about staying safe online over the holidays.';

describe('askSentences', () => {
  it.each([
    [
      'the question after a preamble',
      `${COACHES} Could you tell me what share of cases involved Snapchat?`,
      'Could you tell me what share of cases involved Snapchat?',
    ],
    [
      'every question of several',
      `${COACHES} Which app was used most? And how often was Snapchat used?`,
      'Which app was used most? And how often was Snapchat used?',
    ],
    [
      'a polite ask with no question mark',
      `${LEAFLET} Please let me know the percentage of cases that involved Facebook-owned apps.`,
      'Please let me know the percentage of cases that involved Facebook-owned apps.',
    ],
  ])('reads %s', (_label, text, ask) => {
    expect(askSentences(text)).toBe(ask);
  });

  it.each([
    ['a short message', 'Hi. How often was Snapchat used?'],
    [
      'one long sentence',
      'I coordinate volunteers for a youth football league and we are rewriting our messaging guidance for coaches, so could you tell me what share of cases involved Snapchat?',
    ],
    [
      'a message that is all asking',
      'How often was Snapchat used in the cases? Was Instagram used more than Snapchat in them? And what about the share for Facebook-owned apps, was it over half?',
    ],
    [
      'a preamble with no ask',
      `${COACHES} We want to get the wording right. The parents have asked us to be careful.`,
    ],
  ])('finds nothing to read alone in %s', (_label, text) => {
    expect(askSentences(text)).toBeUndefined();
  });
});

describe('a long message answered by its ask', () => {
  it('answers the ask a preamble derailed ("before the season starts in August" is no period asked about)', () => {
    expect(
      answeredWith(
        answerQuestion(`${COACHES} Could you tell me how many offences police recorded in total?`, index),
      ),
    ).toEqual(['offences-2017-2020']);
  });

  it('keeps the whole question as the one asked', () => {
    const text = `${COACHES} Could you tell me how many offences police recorded in total?`;
    expect(answerQuestion(text, index)).toMatchObject({ status: 'answered', question: text });
  });

  it('still declines what the ask itself names and the source lacks', () => {
    expect(
      answerQuestion(`${COACHES} How many grooming offences were recorded in Scotland?`, index),
    ).toMatchObject({
      status: 'abstained',
      reason: { code: 'not_covered', kind: 'place' },
    });
    expect(answerQuestion(`${COACHES} What is the capital of France?`, index).status).toBe('abstained');
  });

  it.each([
    [
      'a platform the preamble names',
      'Hi. I am writing about WhatsApp specifically because many of our pupils use it and parents keep asking about it at meetings. What share of the instances did the app account for?',
    ],
    [
      'a year the preamble names',
      'Hello. I am looking into what happened in 2015 because our local authority changed its policy that year and we want to compare. How many grooming offences were recorded in total?',
    ],
    [
      'an ask that points back',
      'Good morning. Parents at our school mostly ask about WhatsApp groups, because the children all join class chats from year 5 onwards. How often was it used?',
    ],
    [
      'an ask that names nothing of its own',
      'Dear team. I teach in Wales and we are comparing the figures from 2012 with more recent ones for a project with my sixth form students. What was the total?',
    ],
  ])('does not answer the ask alone past %s', (_label, text) => {
    expect(answerQuestion(text, index).status).not.toBe('answered');
  });

  it('gives help first to a message with a concern in it, whatever its ask', () => {
    const reply = answerQuestion(
      `${COACHES} My nephew is 12 and an adult he met on a game keeps messaging him asking to meet up. How many cases were on Snapchat?`,
      index,
    );
    expect(reply.help).toBeDefined();
  });
});

describe('answerAskAlone', () => {
  const text = `${COACHES} Could you tell me what share of cases involved Snapchat?`;
  const declined = answerQuestion(`${COACHES} What is the best pizza topping?`, index);
  const snapchat = answerQuestion('what share of cases involved Snapchat?', index);

  it('answers with the ask alone after a decline for the match', () => {
    expect(declined.status).toBe('abstained');
    const reply = answerAskAlone(index, text, declined, () => snapchat);
    expect(reply && answeredWith(reply)).toEqual(['snapchat-20-percent']);
  });

  it('leaves an answer, a safety decline and an opinion alone', () => {
    const asks: string[] = [];
    const answer = (ask: string) => {
      asks.push(ask);
      return snapchat;
    };
    expect(answerAskAlone(index, text, snapchat, answer)).toBeUndefined();
    for (const code of ['harmful', 'safeguarding', 'opinion'] as const)
      expect(
        answerAskAlone(
          index,
          text,
          { ...declined, status: 'abstained', reason: { code }, citations: [] },
          answer,
        ),
      ).toBeUndefined();
    expect(asks).toEqual([]);
  });

  it('does not read alone an ask that points back or names nothing of its own', () => {
    for (const ask of [
      'How often was it used?',
      'What exactly was that accusation?',
      'What was the total?',
    ]) {
      const asks: string[] = [];
      const reply = answerAskAlone(index, `${COACHES} ${ask}`, declined, (a) => {
        asks.push(a);
        return snapchat;
      });
      expect(reply).toBeUndefined();
      expect(asks).toEqual([]);
    }
  });

  it('does not answer with a fact the whole message does not rank among its best', () => {
    const rise = answerQuestion('how much did grooming rise during lockdown?', index);
    expect(answeredWith(rise)).toEqual(['lockdown-rise-ten-percent']);
    expect(answerAskAlone(index, text, declined, () => rise)).toBeUndefined();
  });

  it('does not answer a decline naming a place, platform or year the source lacks', () => {
    for (const kind of ['place', 'platform', 'year'] as const) {
      const lacking: Reply = {
        ...declined,
        status: 'abstained',
        reason: { code: 'not_covered', kind, value: 'Scotland', covered: [] },
        citations: [],
      };
      expect(answerAskAlone(index, text, lacking, () => snapchat)).toBeUndefined();
    }
  });
});

describe('a decline gives the reason its best match was turned away', () => {
  it('says a period named in passing is not covered, not that the platform asked about is missing', () => {
    const reply = answerQuestion(
      'Before the new season starts in August, could you tell me what share of cases involved Snapchat?',
      index,
    );
    expect(reply).toMatchObject({ status: 'abstained', reason: { code: 'not_covered', kind: 'year' } });
  });
});
