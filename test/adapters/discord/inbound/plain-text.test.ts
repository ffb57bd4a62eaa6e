import { describe, expect, it } from 'vitest';
import { discordPlainText } from '../../../../adapters/discord/inbound/plain-text.js';

describe('discordPlainText', () => {
  it.each([
    ['<@123456789> how many cases?', 'how many cases?'],
    ['<@!123456789> <@&987654321> <#555> hi', 'hi'],
    ['<:thinking:123> ok <a:party:456>', 'ok'],
    ['since <t:1700000000:R> how many?', 'since how many?'],
    ['</stats ask:1234567890> then', 'then'],
    ['<id:customize> x', 'x'],
    ['snapchat & instagram <10%', 'snapchat & instagram <10%'],
    ['<not a mention>', '<not a mention>'],
  ])('%j → %j', (input, expected) => {
    expect(discordPlainText(input)).toBe(expected);
  });
});
