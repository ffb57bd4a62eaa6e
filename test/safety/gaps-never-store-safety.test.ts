// The whole blind safety set (every safeguarding message and harmful ask: tuning, held-out, fresh) goes through the
// console adapter, and each half of it through the real Slack or Discord adapter, into one gaps database, which must
// stay empty. (Every message crosses two surfaces; all of it through all three took a fifth of the suite's
// adapter time for no more kinds of message.)
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter as createConsoleAdapter } from '../../adapters/console/adapter.js';
import {
  createAdapter as createDiscordAdapter,
  type DiscordAdapter,
} from '../../adapters/discord/adapter.js';
import { createAdapter as createSlackAdapter, type SlackAdapter } from '../../adapters/slack/adapter.js';
import { createInFlight } from '../../src/app/in-flight.js';
import { createStatbotService } from '../../src/app/statbot-service.js';
import { loadSafetyCases, loadSafetySplits } from '../../src/eval/safety-eval.js';
import { makeStatsCommand } from '../helpers/discord-payloads.js';
import { type DiscordStandIn, startDiscordStandIn } from '../helpers/discord-stand-in.js';
import { captureLogs } from '../helpers/log-capture.js';
import { realIndex } from '../helpers/real-pack.js';
import { slackPoster } from '../helpers/slack-http-client.js';
import { makeMention } from '../helpers/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../helpers/slack-stand-in.js';
import { forEachConcurrently } from '../helpers/stand-in-kit.js';
import { tempGapsStore } from '../helpers/temp-db.js';

const { tuning, heldOut } = loadSafetySplits('test/eval/safety');
const fresh = ['fresh', 'fresh-2', 'fresh-3'].flatMap((set) =>
  loadSafetyCases(`test/eval/${set}/safety.yml`),
);
const unsafe = [...tuning, ...heldOut, ...fresh].filter((c) => c.kind !== 'ordinary').map((c) => c.text);
const forSlack = unsafe.filter((_, i) => i % 2 === 0);
const forDiscord = unsafe.filter((_, i) => i % 2 === 1);
const SECRET = 'safety-secret';
/** Messages in flight at once: each still waits for its own reply, but the adapters' round trips overlap. */
const CONCURRENT = 16;
const { store } = tempGapsStore();
const service = createStatbotService({ index: realIndex(), gaps: store });
const deps = { service, logger: captureLogs().logger, inFlight: createInFlight() };
let slackStandIn: SlackStandIn;
let discordStandIn: DiscordStandIn;
let slack: SlackAdapter;
let discord: DiscordAdapter;

beforeAll(async () => {
  [slackStandIn, discordStandIn] = await Promise.all([startSlackStandIn(), startDiscordStandIn()]);
  slack = createSlackAdapter(
    deps,
    { mode: 'http', botToken: 'xoxb-safety', signingSecret: SECRET, port: 0, apiUrl: slackStandIn.apiUrl },
    { retries: 0 },
  );
  discord = createDiscordAdapter(deps, { token: 'safety-token', shards: 1, apiUrl: discordStandIn.apiUrl });
  await Promise.all([slack.start(), discord.start()]);
});
afterAll(async () => {
  await Promise.all([slack.stop(), discord.stop()]);
  await Promise.all([slackStandIn.close(), discordStandIn.close()]);
});

describe('the gaps log never keeps a safeguarding message or a harmful ask', () => {
  it('has the whole blind safety set to feed', () => {
    expect(unsafe.length).toBeGreaterThanOrEqual(300);
  });

  it('through Slack mentions (real Bolt over HTTP), half of it', async () => {
    const client = slackPoster(() => slack.port(), SECRET);
    await forEachConcurrently(forSlack, CONCURRENT, async (text, i) => {
      const channel = `CSAFE${i}`;
      await client.postJson(makeMention({ channel, text: `<@UBOT> ${text}` }));
      await slackStandIn.waitFor('chat.postMessage', (c) => c.body.channel === channel);
    });
    await service.flush();
    expect(store.rows()).toEqual([]);
  }, 120_000);

  it('through Discord /stats ask (real discord.js over the gateway), the other half', async () => {
    await forEachConcurrently(forDiscord, CONCURRENT, async (text) => {
      const ask = makeStatsCommand('ask', [{ name: 'question', type: 3, value: text.slice(0, 1000) }]);
      const reply = `/api/v10/interactions/${ask.id}/`;
      discordStandIn.dispatch('INTERACTION_CREATE', ask);
      await discordStandIn.waitFor((c) => c.path.startsWith(reply));
    });
    await service.flush();
    expect(store.rows()).toEqual([]);
  }, 120_000);

  it('through the console', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    const console = createConsoleAdapter(deps, { input, output });
    const done = console.start();
    input.end(`${unsafe.map((t) => t.replace(/\n/gu, ' ')).join('\n')}\n`);
    await done;
    await service.flush();
    expect(store.rows()).toEqual([]);
  }, 120_000);
});
