import { describe, expect, it } from 'vitest';
import { renderDiscordReply } from '../../../../adapters/discord/render/reply.js';
import { answerQuestion } from '../../../../src/core/answer-question.js';
import { runFormattingContract } from '../../../contract/formatting-contract.js';
import { discordCanPing, discordProblems, discordVisibleText } from '../../../helpers/discord-validate.js';
import { realIndex } from '../../../helpers/real-pack.js';

runFormattingContract({
  name: 'Discord embed',
  render: renderDiscordReply,
  visibleText: discordVisibleText,
  problems: discordProblems,
  canPing: discordCanPing,
});

describe('renderDiscordReply', () => {
  const index = realIndex();

  it('puts the figure in bold and the verbatim quote in a Source field with its attribution', () => {
    const [embed] = renderDiscordReply(answerQuestion('how many cases were recorded?', index)).embeds;
    expect(embed?.description).toBe(
      'An estimated **1,220** criminal cases of online grooming were recorded between April and June.',
    );
    expect(embed?.fields?.[0]).toEqual({
      name: 'Source',
      value:
        '> An estimated 1,220 criminal cases of online grooming were recorded between April and June, claim analysts\n— Analysts (NSPCC analysis of police data), as reported in the article',
    });
    expect(embed?.fields?.map((f) => f.name)).toEqual(['Source', 'Period', 'Place', 'Note']);
  });

  it('shows the base where the fact has one', () => {
    const [embed] = renderDiscordReply(answerQuestion('how often was snapchat used?', index)).embeds;
    expect(embed?.fields?.find((f) => f.name === 'Base')?.value).toBe(
      'instances for which data was available (not all cases)',
    );
  });

  it('leads a claim question with its verdict, above the statement', () => {
    const [embed] = renderDiscordReply(answerQuestion('is it true 70% were on Facebook apps?', index)).embeds;
    expect(embed?.description).toMatch(
      /^\*\*❌ Contradicted\*\*: The source gives 51 percent.*\n\nIn \*\*51 percent\*\* /su,
    );
  });

  it('offers suggestions as buttons that name the fact to answer', () => {
    const message = renderDiscordReply(answerQuestion('facebook', index));
    const buttons = message.components[0]?.components ?? [];
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    for (const b of buttons)
      expect((b as { custom_id: string }).custom_id).toMatch(
        /^statbot:fact:nspcc-online-grooming:[a-z0-9-]+$/,
      );
  });

  it('disables every mention in the payload itself', () => {
    expect(renderDiscordReply(answerQuestion('@everyone how many cases', index)).allowedMentions).toEqual({
      parse: [],
      repliedUser: false,
    });
  });
});
