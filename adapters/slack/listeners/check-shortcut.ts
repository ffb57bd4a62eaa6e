// The "Check statistics" message shortcut: checks the picked message's claims and answers only the person who
// asked, in that channel, through the shortcut's response_url.
import type { App, MessageShortcut } from '@slack/bolt';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { renderSlackClaims } from '../render-claims.js';

export const CHECK_CALLBACK_ID = 'check_statistics';

export function registerCheckShortcut(app: App, deps: AdapterDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: CHECK_CALLBACK_ID, type: 'message_action' },
    async ({ ack, shortcut, respond }) => {
      await ack();
      const reply = await deps.service.check(shortcut.message.text ?? '', {
        platform: 'slack',
        userKey: `slack:${shortcut.user.id}`,
        conversationKey: `${shortcut.team?.id ?? ''}:${shortcut.channel.id}:check:${shortcut.user.id}`,
      });
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlackClaims(reply) });
    },
  );
}
