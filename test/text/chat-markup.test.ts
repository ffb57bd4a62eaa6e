import { describe, expect, it } from 'vitest';
import { stripChatMarkup } from '../../src/text/chat-markup.js';

const clean = (s: string) => stripChatMarkup(s).replace(/\s+/g, ' ').trim();

describe('stripChatMarkup', () => {
  it.each([
    ['<@U123> how many cases?', 'how many cases?'],
    ['<@U123|alice> hi', 'hi'],
    ['<#C1|general> question', 'question'],
    ['read <https://x.org/a|the article> now', 'read the article now'],
    ['see <https://x.org/a>', 'see'],
    ['<!channel> <!here> <!subteam^S1|team> ping', 'ping'],
    ['<@123456789> <@!123456789> <@&987654321> <#555> hi', 'hi'],
    ['<:thinking:123> <a:party:456> ok :wave: :+1:', 'ok'],
    ['*bold* _it_ ~strike~ `code` ||spoiler||', 'bold it strike code spoiler'],
    ['> quoted line', 'quoted line'],
    ['https://example.org/x?y=1 text', 'text'],
  ])('%j → %j', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });
});
