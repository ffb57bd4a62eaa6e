// `/stats …`: answers only the asker (ephemeral), with a button to share the answer in the channel.
import type { App } from '@slack/bolt';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { parseStatsCommand } from '../../../src/app/stats-command.js';
import { findFact, listSources, listTopics } from '../../../src/core/catalogue.js';
import { renderSlackReply, type SlackMessage } from '../render-blocks.js';
import {
  renderSlackFact,
  renderSlackGaps,
  renderSlackHelp,
  renderSlackSources,
  renderSlackTopics,
} from '../render-catalogue.js';

export function registerStatsCommand(app: App, deps: AdapterDeps): void {
  app.command('/stats', async ({ command, ack, respond }) => {
    await ack();
    const parsed = parseStatsCommand(command.text ?? '');
    let message: SlackMessage;
    switch (parsed.kind) {
      case 'help':
        message = renderSlackHelp();
        break;
      case 'topics':
        message = renderSlackTopics(listTopics(deps.service.index));
        break;
      case 'sources':
        message = renderSlackSources(listSources(deps.service.index));
        break;
      case 'gaps':
        message = renderSlackGaps(deps.service.gapsReport(`slack:${command.user_id}`));
        break;
      case 'fact':
        message = renderSlackFact(findFact(deps.service.index, parsed.id), parsed.id === '');
        break;
      case 'ask': {
        const reply = await deps.service.ask(parsed.question, {
          platform: 'slack',
          userKey: `slack:${command.team_id}:${command.user_id}`,
          conversationKey: `${command.team_id}:${command.channel_id}:command:${command.user_id}`,
        });
        message = renderSlackReply(reply, { echoQuestion: true, shareable: true });
        break;
      }
    }
    await respond({ response_type: 'ephemeral', ...message });
  });
}
