import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { stripChatMarkup } from '../../src/text/chat-markup.js';
import { realIndex } from '../helpers/real-pack.js';

const clean = (s: string) => stripChatMarkup(s).replace(/\s+/g, ' ').trim();
const ESC = '\u001b';

describe('group mentions and terminal escapes around a question', () => {
  it.each([
    ['@everyone @here how often was snapchat used?', 'how often was snapchat used?'],
    ['@channel snapchat? @HERE', 'snapchat?'],
    [`${ESC}[31mhow often was snapchat used?${ESC}[0m`, 'how often was snapchat used?'],
    [`${ESC}[1;38;5;208msnapchat?${ESC}[39;49m${ESC}[K`, 'snapchat?'],
    [`${ESC}]0;title${ESC}\\snapchat?${ESC}]8;;https://x.org${ESC}\\`, 'snapchat?'],
    ['\u009b32msnapchat?', 'snapchat?'],
    ['email me at me@here.org', 'email me at me@here.org'],
  ])('%j → %j', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    ['@everyone @here snapchat?', 'snapchat-20-percent'],
    ['@everyone how many cases were recorded?', 'grooming-cases-april-june'],
    ['@everyone @here what does 12,925 refer to?', 'offences-2017-2020'],
    [`${ESC}[31mhow often was snapchat used?${ESC}[0m`, 'snapchat-20-percent'],
    [`@here ${ESC}[1m${ESC}[33mhow often was snapchat used?${ESC}[0m @everyone`, 'snapchat-20-percent'],
  ])('still answers %j', (question, factId) => {
    const reply = answerQuestion(question, realIndex());
    expect(reply.status).toBe('answered');
    expect(reply.status === 'answered' && reply.facts[0]?.factId).toBe(factId);
  });
});
