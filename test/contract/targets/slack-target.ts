// The behaviour contract's driver for Slack: real Bolt in Socket Mode against the local stand-in; every user
// asks by mentioning statbot in one thread of their own in a channel.
import { createAdapter } from '../../../adapters/slack/adapter.js';
import { makeButtonClick, makeMention } from '../../helpers/slack-payloads.js';
import { type CapturedCall, startSlackStandIn } from '../../helpers/slack-stand-in.js';
import { slackCanPing, slackVisibleText } from '../../helpers/slack-validate.js';
import { pollFor } from '../../helpers/stand-in-kit.js';
import type { ContractTarget, ContractUser, Delivery } from '../behaviour-contract.js';

const CHANNEL = 'CCONTRACT';
const POSTS = new Set(['chat.postMessage', 'chat.postEphemeral']);
const userId = (user: ContractUser) => `U${user.toUpperCase()}`;

function deliveryOf(call: CapturedCall): Delivery {
  const blocks = (call.body.blocks ?? []) as unknown[];
  const message = { text: String(call.body.text ?? ''), blocks } as Parameters<typeof slackVisibleText>[0];
  const json = JSON.stringify(blocks);
  return {
    text: blocks.length > 0 ? slackVisibleText(message) : message.text,
    private: call.method === 'chat.postEphemeral',
    canPing: slackCanPing(message),
    feedback: json.includes('statbot_feedback_up'),
    suggestions: (json.match(/"statbot_suggest_\d+"/gu) ?? []).length,
  };
}

export const slackTarget: ContractTarget = {
  name: 'slack',
  publicReplies: true,
  privateReplies: true,
  clicks: true,
  users: true,
  // Slack's events carry no locale; an interaction's user object does when Slack includes one.
  locale: { ask: undefined, click: 'en-GB' },
  async start(deps) {
    const standIn = await startSlackStandIn();
    const adapter = createAdapter(
      deps,
      { mode: 'socket', botToken: 'xoxb-contract', appToken: 'xapp-1-contract', apiUrl: standIn.apiUrl },
      { retries: 0, timeoutMs: 2000 },
    );
    await adapter.start();
    await standIn.socket();
    const threads = new Map<ContractUser, string>();
    const last = new Map<ContractUser, CapturedCall>();
    let seq = 0;
    // The reply is the first post in the user's thread after `from` (the calls seen before the event).
    const replyIn = async (user: ContractUser, thread: string, from: number) => {
      const call = await pollFor(
        standIn.calls,
        (c) => standIn.calls.indexOf(c) >= from && POSTS.has(c.method) && c.body.thread_ts === thread,
        15_000,
        (c) => c.method,
      );
      last.set(user, call);
      return deliveryOf(call);
    };
    return {
      async ask(question, user) {
        const ts = `1700001000.${String(++seq).padStart(6, '0')}`;
        const thread = threads.get(user) ?? ts;
        threads.set(user, thread);
        const from = standIn.calls.length;
        const mention = makeMention({
          channel: CHANNEL,
          user: userId(user),
          ts,
          ...(thread === ts ? {} : { thread_ts: thread }),
          // As Slack sends it: the mention as a token, and & escaped (< and > stay raw so specials can be sent).
          text: `<@UBOT> ${question.replace(/&/gu, '&amp;')}`,
        });
        await standIn.sendEnvelope('events_api', mention, `contract-${seq}`);
        return replyIn(user, thread, from);
      },
      async clickSuggestion(user) {
        const thread = threads.get(user) ?? '';
        const blocks = (last.get(user)?.body.blocks ?? []) as Array<{
          elements?: Array<Record<string, string>>;
        }>;
        const button = blocks
          .flatMap((b) => b.elements ?? [])
          .find((e) => e.action_id === 'statbot_suggest_0');
        const from = standIn.calls.length;
        const click = makeButtonClick('statbot_suggest_0', button?.value ?? '', {
          user: { id: userId(user), username: user, team_id: 'T1', locale: 'en-GB' },
          container: { type: 'message', message_ts: thread, channel_id: CHANNEL, is_ephemeral: false },
          channel: { id: CHANNEL, name: 'contract' },
          message: { type: 'message', ts: `${thread}9`, thread_ts: thread, text: '' },
          response_url: standIn.responseUrl(`contract-click-${++seq}`),
        });
        await standIn.sendEnvelope('interactive', click, `contract-${seq}`);
        return replyIn(user, thread, from);
      },
      userKey: (user) => `slack:${userId(user)}`,
      async stop() {
        await adapter.stop();
        await standIn.close();
      },
    };
  },
};
