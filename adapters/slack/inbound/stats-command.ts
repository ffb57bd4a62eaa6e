// `/stats …`: answers only the asker (ephemeral), with a button to share the answer in the channel.
import type { App } from '@slack/bolt';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { buildAsk } from '../../../src/app/ask.js';
import { settleWithin } from '../../../src/app/race-deadline.js';
import { parseStatsCommand } from '../../../src/app/stats-command.js';
import type { SlackMessage } from '../render/blocks.js';
import {
  renderSlackFact,
  renderSlackGaps,
  renderSlackHelp,
  renderSlackSources,
  renderSlackTopics,
} from '../render/catalogue.js';
import { renderSlackClaims } from '../render/claims.js';
import { renderSlackReply } from '../render/reply.js';
import { slackLocale } from './locale.js';
import { slackPlainText } from './plain-text.js';

/** Slack wants an ack within 3 s; a reply ready sooner goes in the ack itself (no second request). */
const ACK_WITHIN_MS = 2500;

export function registerStatsCommand(app: App, deps: AdapterDeps): void {
  const build = async (
    text: string,
    command: { team_id: string; channel_id: string; user_id: string },
  ): Promise<SlackMessage> => {
    const parsed = parseStatsCommand(text);
    // `/stats` always answers privately: its questions follow one another, not the channel's public ones.
    const ask = (asked: string) =>
      buildAsk({
        platform: 'slack',
        userId: command.user_id,
        place: `${command.team_id}:${command.channel_id}`,
        private: true,
        text: asked,
        locale: slackLocale(command),
      });
    switch (parsed.kind) {
      case 'help':
        return renderSlackHelp();
      case 'topics':
        return renderSlackTopics(deps.service.topics());
      case 'sources':
        return renderSlackSources(deps.service.sources());
      case 'gaps':
        return renderSlackGaps(await deps.service.gapsReport(`slack:${command.user_id}`));
      case 'fact':
        return renderSlackFact(deps.service.fact(parsed.id), parsed.id === '');
      case 'check':
        return renderSlackClaims(await deps.service.check(parsed.text, ask(parsed.text)));
      case 'ask': {
        const reply = await deps.service.ask(parsed.question, ask(parsed.question));
        return renderSlackReply(reply, { echoQuestion: true, shareable: true });
      }
    }
  };

  app.command('/stats', async ({ command, ack, respond }) => {
    const work = build(slackPlainText(command.text ?? ''), command);
    const ready = await settleWithin(work, ACK_WITHIN_MS);
    if (ready) {
      await ack({ response_type: 'ephemeral', ...ready.value });
      return;
    }
    await ack();
    await respond({ response_type: 'ephemeral', ...(await work) });
  });
}
