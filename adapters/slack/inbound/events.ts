// app_mention → answer in the mention's thread; a direct message → answer in the DM.
import type { App } from '@slack/bolt';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { buildAsk } from '../../../src/app/ask.js';
import { isPrivateReply } from '../../../src/render/wording.js';
import { renderSlackReply } from '../render/reply.js';
import { slackLocale } from './locale.js';
import { slackPlainText } from './plain-text.js';

interface IncomingMessage {
  text?: string;
  user?: string;
  channel: string;
  ts: string;
  thread_ts?: string;
  bot_id?: string;
  subtype?: string;
  edited?: unknown;
  channel_type?: string;
}

/** Messages from bots (statbot included), edits and other subtypes are not questions. */
function isQuestionFromPerson(event: IncomingMessage): boolean {
  return !event.bot_id && !event.subtype && !event.edited && Boolean(event.user);
}

export function registerEventListeners(app: App, deps: AdapterDeps): void {
  const answer = async (
    event: IncomingMessage,
    teamId: string,
    threadTs: string | undefined,
    locale: string | undefined,
  ) => {
    const ask = buildAsk({
      platform: 'slack',
      userId: event.user ?? '',
      place: `${teamId}:${event.channel}`,
      ...(threadTs ? { thread: threadTs } : {}),
      text: slackPlainText(event.text ?? ''),
      locale,
    });
    const reply = await deps.service.ask(ask.text, ask);
    deps.logger.debug({ channel: event.channel, status: reply.status }, 'slack: answered');
    if (isPrivateReply(reply) && event.user) {
      await app.client.chat.postEphemeral({
        channel: event.channel,
        user: event.user,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...renderSlackReply(reply),
      });
      return;
    }
    await app.client.chat.postMessage({
      channel: event.channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      ...renderSlackReply(reply),
      unfurl_links: false,
      unfurl_media: false,
    });
  };

  // One listener for both event types: Bolt runs every listener's middleware on every request.
  app.event(/^(?:app_mention|message)$/u, async ({ event, body }) => {
    const message = event as unknown as IncomingMessage & { type: string };
    if (!isQuestionFromPerson(message)) return;
    const teamId = String(body.team_id ?? '');
    const locale = slackLocale(message) ?? slackLocale(body);
    if (message.type === 'app_mention')
      await answer(message, teamId, message.thread_ts ?? message.ts, locale);
    else if (message.channel_type === 'im') await answer(message, teamId, message.thread_ts, locale);
  });
}
