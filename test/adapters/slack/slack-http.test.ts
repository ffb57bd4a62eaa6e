import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, type SlackAdapter } from '../../../adapters/slack/adapter.js';
import { createStatbotService, type StatbotService } from '../../../src/app/statbot-service.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';
import {
  makeButtonClick,
  makeDirectMessage,
  makeMention,
  makeSlashCommand,
} from '../../helpers/slack-payloads.js';
import { type SlackStandIn, signSlackRequest, startSlackStandIn } from '../../helpers/slack-stand-in.js';
import { slackCanPing, slackProblems } from '../../helpers/slack-validate.js';

const SECRET = 'test-signing-secret';
const BOT_TOKEN = 'xoxb-111-222-secretbottoken';
let standIn: SlackStandIn;
let adapter: SlackAdapter;
const logs = captureLogs();

async function post(
  body: string,
  contentType: string,
  headers: Record<string, string> = signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)),
) {
  return fetch(`http://127.0.0.1:${adapter.port()}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
}
const postJson = (payload: unknown) => post(JSON.stringify(payload), 'application/json');
const postForm = (fields: Record<string, string>) =>
  post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
const settle = () => new Promise((r) => setTimeout(r, 150));

// The real service, except that a test can make the next answer slow (as a slow dependency would).
const realService = createStatbotService({ index: realIndex() });
let delayNextMs = 0;
const service: StatbotService = {
  ...realService,
  ask: async (question, context) => {
    const delay = delayNextMs;
    delayNextMs = 0;
    if (delay) await new Promise((r) => setTimeout(r, delay));
    return realService.ask(question, context);
  },
};

beforeAll(async () => {
  standIn = await startSlackStandIn();
  adapter = createAdapter(
    { service, logger: logs.logger },
    { mode: 'http', botToken: BOT_TOKEN, signingSecret: SECRET, port: 0, apiUrl: standIn.apiUrl },
    { retries: 0, timeoutMs: 2000 },
  );
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await standIn.close();
});

describe('Slack HTTP mode (real Bolt against a stand-in Slack)', () => {
  it('answers an @mention in the thread of the mention, with the quote in the blocks', async () => {
    const res = await postJson(
      makeMention({ text: '<@UBOT> how often was snapchat used?', ts: '111.1', channel: 'C7' }),
    );
    expect(res.status).toBe(200);
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'C7');
    expect(call.body.thread_ts).toBe('111.1');
    expect(JSON.stringify(call.body.blocks)).toContain(
      '>Snapchat was used in 20 percent of instances for which data was available.',
    );
    expect(String(call.body.text)).toContain('Snapchat was used in 20 percent');
    expect(
      slackProblems({ text: String(call.body.text), blocks: call.body.blocks as Record<string, unknown>[] }),
    ).toEqual([]);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    await postJson(makeMention({ text: '<@UBOT> tiktok?', ts: '222.2', thread_ts: '200.0', channel: 'C8' }));
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'C8');
    expect(call.body.thread_ts).toBe('200.0');
    expect(String(call.body.text)).toBe(
      'The source has no figures for TikTok; it covers Facebook, WhatsApp, Instagram and Snapchat.',
    );
  });

  it('answers a direct message in the DM', async () => {
    await postJson(makeDirectMessage({ text: 'what does 12,925 refer to?', channel: 'D9' }));
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'D9');
    expect(call.body.thread_ts).toBeUndefined();
    expect(JSON.stringify(call.body.blocks)).toContain('*12,925*');
  });

  it('answers a retried event (same event_id) only once', async () => {
    const event = makeMention({ channel: 'C10', ts: '333.3' }, 'EvRetry1');
    await postJson(event);
    await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'C10');
    const retry = JSON.stringify(event);
    const res = await post(retry, 'application/json', {
      ...signSlackRequest(SECRET, retry, Math.floor(Date.now() / 1000)),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(res.status).toBe(200);
    await settle();
    expect(
      standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C10'),
    ).toHaveLength(1);
  });

  it.each([
    ['a bot', { bot_id: 'B99', user: 'U2' }],
    ['an edit', { subtype: 'message_changed' }],
    ['statbot itself', { user: 'UBOT', bot_id: 'BBOT' }],
  ])('ignores a message from %s', async (_label, overrides) => {
    await postJson(makeDirectMessage({ channel: 'D-ignored', ...overrides }));
    await postJson(makeMention({ channel: 'C-ignored', ...overrides }));
    await settle();
    expect(standIn.calls.filter((c) => String(c.body.channel).endsWith('-ignored'))).toEqual([]);
  });

  it('rejects a bad signature and a stale timestamp with 401 and posts nothing', async () => {
    const body = JSON.stringify(makeMention({ channel: 'C-forged' }));
    const now = Math.floor(Date.now() / 1000);
    const bad = await post(body, 'application/json', signSlackRequest('wrong-secret', body, now));
    const stale = await post(body, 'application/json', signSlackRequest(SECRET, body, now - 6 * 60));
    expect([bad.status, stale.status]).toEqual([401, 401]);
    await settle();
    expect(standIn.calls.filter((c) => c.body.channel === 'C-forged')).toEqual([]);
  });

  it('answers /stats privately, in the acknowledgement itself, with a share button', async () => {
    const res = await postForm(
      makeSlashCommand({ text: 'how many cases were recorded?', response_url: standIn.responseUrl('cmd1') }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain('You asked: how many cases were recorded?');
    expect(blocks).toContain('An estimated *1,220* criminal cases');
    expect(blocks).toContain('"action_id":"statbot_share"');
  });

  it.each([
    ['', 'Ask me about the statistics'],
    ['help', '/stats topics'],
    ['topics', 'Platforms:* Facebook, WhatsApp, Instagram and Snapchat'],
    ['sources', 'Headline:* not stated in the source'],
    ['fact offences-2017-2020', 'Fact `offences-2017-2020`'],
    ['fact no-such-fact', 'I have no fact with that id'],
  ])('/stats %j → %s', async (text, expected) => {
    const id = `sub-${text.replace(/\W+/g, '-') || 'empty'}`;
    const res = await postForm(makeSlashCommand({ text, response_url: standIn.responseUrl(id) }));
    const body = (await res.json()) as { response_type: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain(expected);
  });

  it('acknowledges within 3 seconds and answers through response_url when answering is slow', async () => {
    delayNextMs = 3000;
    const started = Date.now();
    const res = await postForm(
      makeSlashCommand({ text: 'snapchat?', response_url: standIn.responseUrl('slow1') }),
    );
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const call = await standIn.waitFor('/response/slow1', () => true, 6000);
    expect(call.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(call.body.blocks)).toContain('>Snapchat was used in 20 percent');
  });

  it('shares an answer in the channel when "Share in channel" is clicked', async () => {
    const click = makeButtonClick('statbot_share', 'how often was snapchat used?', {
      response_url: standIn.responseUrl('share1'),
    });
    const res = await postForm({ payload: JSON.stringify(click) });
    expect(res.status).toBe(200);
    const shared = await standIn.waitFor('/response/share1', (c) => c.body.response_type === 'in_channel');
    expect(JSON.stringify(shared.body.blocks)).toContain('<@U1> asked: how often was snapchat used?');
    expect(JSON.stringify(shared.body.blocks)).toContain('>Snapchat was used in 20 percent');
    await standIn.waitFor('/response/share1', (c) => c.body.delete_original === true);
  });

  it('answers the chosen suggestion when a suggestion button is clicked', async () => {
    const click = makeButtonClick('statbot_suggest_1', 'How often was Instagram used for grooming?', {
      response_url: standIn.responseUrl('sugg1'),
    });
    await postForm({ payload: JSON.stringify(click) });
    const call = await standIn.waitFor('/response/sugg1');
    expect(call.body.replace_original).toBe(true);
    expect(JSON.stringify(call.body.blocks)).toContain('>Instagram was used in over a third of the cases');
  });

  it('answers a suggestion clicked under a channel answer in that thread', async () => {
    const click = makeButtonClick('statbot_suggest_0', 'How often was Snapchat used by groomers?', {
      container: { type: 'message', message_ts: '444.4', channel_id: 'C11', is_ephemeral: false },
      channel: { id: 'C11', name: 'general' },
      message: { type: 'message', ts: '444.4', thread_ts: '400.0', text: 'x' },
    });
    await postForm({ payload: JSON.stringify(click) });
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'C11');
    expect(call.body.thread_ts).toBe('400.0');
  });

  it.each([
    ['<!channel> how many cases were recorded?'],
    ['@here <!here> <!everyone> which app was used most?'],
    ['x'.repeat(40_000)],
    [''],
    ['😀🔥'],
    ['كم عدد الحالات؟'],
  ])('keeps %j inert, bounded and valid Block Kit', async (question) => {
    const channel = `C-inj-${question.length}-${question.charCodeAt(0) || 0}`;
    await postJson(makeMention({ text: `<@UBOT> ${question}`, channel }));
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === channel);
    const message = { text: String(call.body.text), blocks: call.body.blocks as Record<string, unknown>[] };
    expect(slackProblems(message)).toEqual([]);
    expect(slackCanPing(message)).toBe(false);
  });

  it('serves /healthz and /readyz', async () => {
    const base = `http://127.0.0.1:${adapter.port()}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('apologises with a reference when posting fails, logs it, and keeps serving', async () => {
    standIn.failMethod('chat.postMessage', 'internal_error');
    await postJson(makeMention({ channel: 'C-fail' }));
    await settle();
    standIn.failMethod('chat.postMessage', undefined);
    const errorLine = logs.lines().find((l) => l.includes('slack: failed to handle a request'));
    expect(errorLine).toMatch(/"ref":"[0-9A-F]{8}"/);
    await postJson(makeMention({ channel: 'C-after-fail' }));
    await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'C-after-fail');
  });

  it('never logs the bot token or the question text at info level', () => {
    const all = logs.lines().join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain('secretbottoken');
    const infoLines = logs.lines().filter((l) => /"level":(30|40|50)/.test(l));
    expect(infoLines.join('\n')).not.toContain('how often was snapchat used');
  });
});

describe('Slack follow-ups', () => {
  it('reads a mention in the same thread with the previous question', async () => {
    await postJson(
      makeMention({ text: '<@UBOT> how often was instagram used?', ts: '500.1', channel: 'C-follow' }),
    );
    await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'C-follow');
    await postJson(
      makeMention({
        text: '<@UBOT> what about snapchat?',
        ts: '500.2',
        thread_ts: '500.1',
        channel: 'C-follow',
      }),
    );
    const call = await standIn.waitFor(
      'chat.postMessage',
      (c) =>
        c.body.channel === 'C-follow' &&
        JSON.stringify(c.body.blocks).includes('>Snapchat was used in 20 percent'),
    );
    expect(call.body.thread_ts).toBe('500.1');
    expect(JSON.stringify(call.body.blocks)).toContain('Read as a follow-up to your previous question.');
  });
});
