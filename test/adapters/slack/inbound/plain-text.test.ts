import { describe, expect, it } from 'vitest';
import { slackPlainText } from '../../../../adapters/slack/inbound/plain-text.js';

describe('slackPlainText', () => {
  it.each([
    ['<@U123> how many cases?', 'how many cases?'],
    ['<@U123|alice> hi', 'hi'],
    ['<#C1|general> question', 'question'],
    ['read <https://x.org/a|the article> now', 'read the article now'],
    ['see <https://x.org/a> and <mailto:a@b.org>', 'see and'],
    ['<!channel> <!here> <!subteam^S1|@team> ping', 'ping'],
    ['<!date^1392734382^{date}|Feb 18, 2014> figures', 'figures'],
    ['snapchat &amp; instagram', 'snapchat & instagram'],
    ['&lt;10% or &gt;50%?', '<10% or >50%?'],
    ['typed &lt;@U1&gt; as text', 'typed <@U1> as text'],
    ['&amp;lt; stays as typed', '&lt; stays as typed'],
    ['two\nlines  kept', 'two\nlines kept'],
  ])('%j → %j', (input, expected) => {
    expect(slackPlainText(input)).toBe(expected);
  });
});
