import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, truncate } from '../../../../adapters/slack/render/escape.js';
import { renderSlackReply } from '../../../../adapters/slack/render/reply.js';
import { answerQuestion } from '../../../../src/core/answer-question.js';
import { runFormattingContract } from '../../../contract/formatting-contract.js';
import { realIndex } from '../../../helpers/real-pack.js';
import { slackCanPing, slackProblems, slackVisibleText } from '../../../helpers/slack-validate.js';

runFormattingContract({
  name: 'Slack Block Kit',
  render: (reply) => renderSlackReply(reply, { echoQuestion: true, shareable: true }),
  visibleText: slackVisibleText,
  problems: slackProblems,
  canPing: (m) => slackCanPing(m),
});

describe('renderSlackReply', () => {
  const index = realIndex();

  it('puts the figure in bold, the quote as a quotation and the attribution in a context block', () => {
    const message = renderSlackReply(answerQuestion('how many cases were recorded?', index));
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: 'An estimated *1,220* criminal cases of online grooming were recorded between April and June.',
      },
    });
    expect(message.blocks[1]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '>An estimated 1,220 criminal cases of online grooming were recorded between April and June, claim analysts',
      },
    });
    expect(message.blocks[2]).toMatchObject({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: expect.stringMatching(
            /^— Analysts \(NSPCC analysis of police data\), as reported in the article · _NSPCC research/,
          ),
        },
      ],
    });
    expect(JSON.stringify(message.blocks[3])).toContain('*Place:* England and Wales');
    expect(message.text).toContain('An estimated 1,220 criminal cases');
  });

  it('shows the base where the fact has one (Snapchat: instances with data)', () => {
    const message = renderSlackReply(answerQuestion('how often was snapchat used?', index));
    expect(JSON.stringify(message.blocks)).toContain(
      '*Base:* instances for which data was available (not all cases)',
    );
  });

  it('adds a share button only to answered ephemeral replies, and suggestion buttons with the questions', () => {
    const answered = renderSlackReply(answerQuestion('how often was snapchat used?', index), {
      shareable: true,
    });
    const actions = answered.blocks.find((b) => b.type === 'actions') as {
      elements: Array<{ action_id: string; value: string }>;
    };
    expect(actions.elements.map((e) => e.action_id)).toEqual([
      'statbot_suggest_0',
      'statbot_suggest_1',
      'statbot_share',
    ]);
    expect(actions.elements[2]?.value).toBe('how often was snapchat used?');
    const declined = renderSlackReply(answerQuestion('tiktok?', index), { shareable: true });
    expect(JSON.stringify(declined.blocks)).not.toContain('statbot_share');
  });

  it('leads a claim question with its verdict, before the fact, as plain text does', () => {
    const message = renderSlackReply(answerQuestion('is it true 70% were on Facebook apps?', index));
    const texts = message.blocks.map((b) => JSON.stringify(b));
    const verdict = texts.findIndex((t) => t.includes('*❌ Contradicted*: The source gives 51 percent'));
    const statement = texts.findIndex((t) => t.includes('*51 percent*'));
    expect(verdict).toBeGreaterThanOrEqual(0);
    expect(verdict).toBeLessThan(statement);
    expect(message.text).toMatch(/^❌ Contradicted: The source gives 51 percent/u);
    expect(message.text).not.toContain('Note: Verdict');
  });

  it('never repeats or offers to share a message that raised a concern for a child, even when it got a figure', () => {
    const reply = answerQuestion(
      'my 13 year old daughter is being messaged by a man on snapchat and he wants to meet her. how often was snapchat used in grooming cases?',
      index,
    );
    expect(reply.status).toBe('answered');
    const json = JSON.stringify(renderSlackReply(reply, { echoQuestion: true, shareable: true }).blocks);
    expect(json).not.toContain('You asked');
    expect(json).not.toContain('statbot_share');
    expect(json).not.toContain('my 13 year old daughter');
  });

  it('escapes what people type so <!channel> is shown, not sent', () => {
    const message = renderSlackReply(answerQuestion('<!channel> how many cases?', index), {
      echoQuestion: true,
    });
    expect(JSON.stringify(message.blocks)).toContain('You asked: &lt;!channel&gt; how many cases?');
    expect(slackCanPing(message)).toBe(false);
  });

  it('names the sharer when an answer is shared, and nobody else', () => {
    const message = renderSlackReply(answerQuestion('how often was snapchat used?', index), {
      sharedBy: 'U1',
    });
    expect(JSON.stringify(message.blocks[0])).toContain('<@U1> asked: how often was snapchat used?');
    expect(slackCanPing(message, 'U1')).toBe(false);
  });
});

describe('escape helpers', () => {
  it('escapes &, < and >', () => {
    expect(escapeMrkdwn('a & b <!here> > c')).toBe('a &amp; b &lt;!here&gt; &gt; c');
  });
  it('never cuts an escape in half', () => {
    expect(truncate('abc &amp; def', 7)).toBe('abc …');
    expect(truncate('short', 10)).toBe('short');
  });
});
