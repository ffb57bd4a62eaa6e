// The "Check statistics" message shortcut: checks the picked message's claims and answers only the person who
// asked, in that channel, through the shortcut's response_url.
import type { App, MessageShortcut } from '@slack/bolt';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { buildAsk } from '../../../src/app/ask.js';
import { renderSlackClaims } from '../render/claims.js';
import { slackLocale } from './locale.js';
import { slackPlainText } from './plain-text.js';

export const CHECK_CALLBACK_ID = 'check_statistics';

export function registerCheckShortcut(app: App, deps: AdapterDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: CHECK_CALLBACK_ID, type: 'message_action' },
    async ({ ack, shortcut, respond }) => {
      await ack();
      const ask = buildAsk({
        platform: 'slack',
        userId: shortcut.user.id,
        place: `${shortcut.team?.id ?? ''}:${shortcut.channel.id}`,
        private: true,
        text: slackPlainText(shortcut.message.text ?? ''),
        locale: slackLocale(shortcut),
      });
      const reply = await deps.service.check(ask.text, ask);
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlackClaims(reply) });
    },
  );
}
