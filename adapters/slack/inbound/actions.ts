// Button clicks: "Share in channel" posts the answer for everyone; a suggestion answers that question.
import type { App, BlockAction } from '@slack/bolt';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { buildAsk } from '../../../src/app/ask.js';
import { ACTION_SHARE, ACTION_SUGGEST, renderSlackReply } from '../render/reply.js';
import type { ActionRouter } from './action-router.js';
import { slackLocale } from './locale.js';

const SUGGESTION = new RegExp(`^${ACTION_SUGGEST}_\\d+$`, 'u');

export function registerActionListeners(app: App, router: ActionRouter, deps: AdapterDeps): void {
  // A click continues the conversation of the reply it sits under (private, or that reply's thread).
  const ask = (question: string, body: BlockAction) => {
    const thread = body.message?.thread_ts ?? body.message?.ts;
    const asked = buildAsk({
      platform: 'slack',
      userId: body.user.id,
      place: `${body.team?.id ?? ''}:${body.channel?.id ?? 'unknown'}`,
      ...(thread ? { thread } : {}),
      private: body.container?.is_ephemeral === true,
      text: question,
      locale: slackLocale(body),
    });
    return deps.service.ask(asked.text, asked);
  };

  router.on(ACTION_SHARE, async ({ ack, body, action, respond }) => {
    await ack();
    const reply = await ask(action.value ?? '', body);
    // Posting through response_url works even where statbot has not been invited to the channel.
    await respond({
      response_type: 'in_channel',
      replace_original: false,
      ...renderSlackReply(reply, { sharedBy: body.user.id }),
    });
    await respond({ delete_original: true });
  });

  router.on(SUGGESTION, async ({ ack, body, action, respond }) => {
    await ack();
    const reply = await ask(action.value ?? '', body);
    if (body.container?.is_ephemeral || !body.channel?.id || !body.message) {
      await respond({
        response_type: 'ephemeral',
        replace_original: true,
        ...renderSlackReply(reply, { echoQuestion: true, shareable: true }),
      });
      return;
    }
    await app.client.chat.postMessage({
      channel: body.channel.id,
      thread_ts: body.message.thread_ts ?? body.message.ts,
      ...renderSlackReply(reply, { echoQuestion: true }),
      unfurl_links: false,
      unfurl_media: false,
    });
  });
}
