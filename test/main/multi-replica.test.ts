// Two statbot processes in Slack HTTP mode sharing one Redis, one PostgreSQL and one stand-in Slack API, behind
// a round-robin proxy: the deployment of compose.yaml, without Docker.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOLLOW_UP_NOTE } from '../../src/render/wording.js';
import { type PostgresServer, startPostgres } from '../helpers/postgres-server.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type RoundRobinProxy, startRoundRobinProxy } from '../helpers/round-robin-proxy.js';
import { runScript, spawnScript } from '../helpers/run-node.js';
import { makeButtonClick, makeMention, makeSlashCommand } from '../helpers/slack-payloads.js';
import {
  type CapturedCall,
  type SlackStandIn,
  signSlackRequest,
  startSlackStandIn,
} from '../helpers/slack-stand-in.js';
import { waitForText } from '../helpers/spawn-in.js';

const SECRET = 'multi-replica-signing-secret';
const BOT_TOKEN = 'xoxb-multi-replica-token';
const DB_PASSWORD = 'pg-password-never-logged';
const RATE_POINTS = 6;

type Replica = ReturnType<typeof spawnScript> & { name: string; base: string; port: number };

let redis: RedisServer | { unavailable: string };
let postgres: PostgresServer | { unavailable: string };
let standIn: SlackStandIn;
let proxy: RoundRobinProxy;
let databaseUrl = '';
let redisPort = 0;
const replicas: Replica[] = [];
let skipped: string | undefined;

async function startReplica(name: string, redisUrl: string): Promise<Replica> {
  const run = spawnScript('src/main.ts', {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    REDIS_URL: redisUrl,
    DATABASE_URL: databaseUrl,
    STATBOT_ADMINS: 'slack:UADMIN',
    STATBOT_RATE_LIMIT_POINTS: String(RATE_POINTS),
    // debug: the test waits for the line saying a duplicate delivery was dropped.
    LOG_LEVEL: 'debug',
  });
  const stderr = () => run.output().stderr;
  // Generous: on a busy 2-core CI machine two processes compile and load side by side.
  let started = false;
  const failed = new Promise<never>((_, reject) => {
    void run.exited.then((code) => {
      if (!started) reject(new Error(`replica ${name} exited with ${code} before starting:\n${stderr()}`));
    });
  });
  await Promise.race([waitForText(stderr, 'slack adapter started', 60_000), failed]);
  started = true;
  const port = Number(/"port":(\d+)[^\n]*slack adapter started/u.exec(stderr())?.[1]);
  return { ...run, name, port, base: `http://127.0.0.1:${port}` };
}

function post(base: string, body: string, contentType: string, extra: Record<string, string> = {}) {
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      ...signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)),
      ...extra,
    },
    body,
  });
}
const postEvent = (base: string, payload: unknown, extra: Record<string, string> = {}) =>
  post(base, JSON.stringify(payload), 'application/json', extra);
/** A `/stats` command: the answer comes back in the acknowledgement. */
async function stats(base: string, user: string, text: string): Promise<string> {
  const form = new URLSearchParams(makeSlashCommand({ user_id: user, text })).toString();
  const res = await post(base, form, 'application/x-www-form-urlencoded');
  expect(res.status).toBe(200);
  return String(((await res.json()) as { text?: unknown }).text);
}

let thread = 0;
/** Mentions statbot in a thread through `base`; resolves with the reply posted in that thread. */
async function mention(
  base: string,
  text: string,
  threadTs: string,
  user = 'UTHREAD',
): Promise<CapturedCall> {
  const channel = `CMR${threadTs.replace('.', '')}`;
  const seen = standIn.calls.filter(
    (c) => c.method === 'chat.postMessage' && c.body.channel === channel,
  ).length;
  const ts = `${1_800_000_000 + ++thread}.000100`;
  const res = await postEvent(
    base,
    makeMention({ channel, text: `<@UBOT> ${text}`, ts, thread_ts: threadTs, user }),
  );
  expect(res.status).toBe(200);
  const replies = () =>
    standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
  const deadline = Date.now() + 10_000;
  while (replies().length <= seen) {
    if (Date.now() > deadline) throw new Error(`no reply in ${channel}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return replies()[seen] as CapturedCall;
}
const textOf = (call: CapturedCall) => JSON.stringify(call.body);

async function readyz(base: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${base}/readyz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
async function waitForReadyz(base: string, status: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { body } = await readyz(base);
    if (body.status === status) return;
    if (Date.now() > deadline) throw new Error(`readyz never said ${status}: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
async function gapsRows(): Promise<number> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    return Number((await client.query('SELECT COUNT(*) AS n FROM statbot_gaps')).rows[0]?.n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  [redis, postgres, standIn] = await Promise.all([startRedis(), startPostgres(), startSlackStandIn()]);
  if ('unavailable' in redis || 'unavailable' in postgres) {
    skipped = 'unavailable' in redis ? redis.unavailable : (postgres as { unavailable: string }).unavailable;
    console.warn(`Skipping the multi-replica test: ${skipped}`);
    return;
  }
  // A password in the URL (ignored by the trust-auth test server) must never reach a log line.
  databaseUrl = postgres.url.replace('postgres@', `postgres:${DB_PASSWORD}@`);
  redisPort = Number(new URL(redis.url).port);
  const redisUrl = redis.url;
  replicas.push(...(await Promise.all([startReplica('A', redisUrl), startReplica('B', redisUrl)])));
  proxy = await startRoundRobinProxy(replicas.map((r) => r.base));
}, 120_000);

afterAll(async () => {
  for (const r of replicas) if (r.child.exitCode === null) r.child.kill('SIGKILL');
  await Promise.all(replicas.map((r) => r.exited.catch(() => undefined)));
  await proxy?.close();
  await standIn?.close();
  if (redis && !('unavailable' in redis)) await redis.stop().catch(() => undefined);
  if (postgres && !('unavailable' in postgres)) await postgres.stop();
});

describe('two Slack HTTP replicas sharing Redis and PostgreSQL', () => {
  it('answers a follow-up on replica B with the context replica A kept', async (ctx) => {
    if (skipped) return ctx.skip();
    const [a, b] = replicas as [Replica, Replica];
    const first = await mention(a.base, 'how often was instagram used?', '1700000100.000100');
    expect(textOf(first)).toContain('Instagram was used in over a third');
    expect(textOf(first)).not.toContain(FOLLOW_UP_NOTE);
    const followUp = await mention(b.base, 'what about Snapchat?', '1700000100.000100');
    expect(textOf(followUp)).toContain('Snapchat was used in 20 percent');
    expect(textOf(followUp)).toContain(FOLLOW_UP_NOTE);
    // "who said that?" has no meaning without A's turn.
    const source = await mention(a.base, 'who said that?', '1700000100.000100');
    expect(textOf(source)).toContain('Snapchat was used in 20 percent');
  });

  it('answers an event once when its retry reaches the other replica', async (ctx) => {
    if (skipped) return ctx.skip();
    const [a, b] = replicas as [Replica, Replica];
    const event = makeMention(
      { channel: 'CRETRY', text: '<@UBOT> how often was snapchat used?' },
      'EvRetry1',
    );
    expect((await postEvent(a.base, event)).status).toBe(200);
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await postEvent(b.base, event, retry)).status).toBe(200);
    await waitForText(
      () => a.output().stderr + b.output().stderr,
      /duplicate delivery ignored[^\n]*EvRetry1|EvRetry1[^\n]*duplicate delivery ignored/u,
    );
    await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'CRETRY');
    // Both deliveries were handled (one answered, one dropped): exactly one message in total.
    expect(
      standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'CRETRY'),
    ).toHaveLength(1);
  });

  it('shares one user’s rate limit between the replicas', async (ctx) => {
    if (skipped) return ctx.skip();
    const [a, b] = replicas as [Replica, Replica];
    for (let i = 0; i < RATE_POINTS; i++)
      expect(await stats(i % 2 ? b.base : a.base, 'ULIMIT', 'how often was snapchat used?')).toContain(
        'Snapchat',
      );
    expect(await stats(a.base, 'ULIMIT', 'how often was snapchat used?')).toMatch(
      /asking faster than I can keep up/u,
    );
    expect(await stats(b.base, 'ULIMIT', 'how often was snapchat used?')).toMatch(
      /asking faster than I can keep up/u,
    );
    expect(await stats(b.base, 'UOTHER', 'how often was snapchat used?')).toContain('Snapchat');
  });

  it('lists declined questions from both replicas in npm run gaps and /stats gaps', async (ctx) => {
    if (skipped) return ctx.skip();
    const [a, b] = replicas as [Replica, Replica];
    const before = await gapsRows();
    await stats(a.base, 'UGAPS1', 'how many grooming cases were on tiktok?');
    await stats(b.base, 'UGAPS2', 'how old were the victims of grooming?');
    await stats(a.base, 'UGAPS3', 'how many grooming cases were recorded in scotland?');
    // Not a statistics question about a child's safety: never stored, on either replica.
    await stats(b.base, 'UGAPS4', 'a man on tiktok keeps asking my 12 year old daughter for photos');
    const deadline = Date.now() + 10_000;
    while ((await gapsRows()) < before + 3) {
      if (Date.now() > deadline) throw new Error('the declined questions never reached PostgreSQL');
      await new Promise((r) => setTimeout(r, 50));
    }
    const { code, stdout, stderr } = await runScript('src/cli/gaps.ts', [], '', {
      DATABASE_URL: databaseUrl,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('tiktok');
    expect(stdout).toContain('how old were the victims');
    expect(stdout).toContain('scotland');
    expect(stdout).not.toMatch(/daughter|photos/u);
    expect(stdout).not.toContain(DB_PASSWORD);
    expect(await stats(b.base, 'UADMIN', 'gaps')).toContain('scotland');
  }, 30_000);

  it('records a 👎 clicked on B for A’s answer, with the reason sent to A, in the shared gaps table', async (ctx) => {
    if (skipped) return ctx.skip();
    const [a, b] = replicas as [Replica, Replica];
    const answer = await mention(
      a.base,
      'what percentage of cases involved instagram?',
      '1700000150.000100',
      'UVOTE',
    );
    const actions = (
      answer.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>
    ).find((block) => block.type === 'actions');
    const turnId = actions?.elements?.find((e) => e.action_id === 'statbot_feedback_down')?.value ?? '';
    const click = makeButtonClick('statbot_feedback_down', turnId, {
      trigger_id: 'trig-vote-b',
      user: { id: 'UVOTE', team_id: 'T1' },
    });
    const form = new URLSearchParams({ payload: JSON.stringify(click) }).toString();
    expect((await post(b.base, form, 'application/x-www-form-urlencoded')).status).toBe(200);
    const open = await standIn.waitFor('views.open', (c) => c.body.trigger_id === 'trig-vote-b');
    const view = open.body.view as { callback_id: string; private_metadata: string };
    expect(Number(view.private_metadata)).toBeGreaterThan(0);
    const submission = {
      type: 'view_submission',
      team: { id: 'T1', domain: 'test' },
      user: { id: 'UVOTE', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: 'trig-vote-submit',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: { reason: { reason: { type: 'plain_text_input', value: 'wanted the number of cases' } } },
        },
        hash: 'h',
      },
    };
    const submit = new URLSearchParams({ payload: JSON.stringify(submission) }).toString();
    expect((await post(a.base, submit, 'application/x-www-form-urlencoded')).status).toBe(200);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const client = new pg.Client(databaseUrl);
      await client.connect();
      const rows = (
        await client.query("SELECT question, feedback FROM statbot_gaps WHERE status = 'downvoted'")
      ).rows;
      await client.end();
      if (rows.some((r) => r.feedback)) {
        expect(rows).toEqual([
          {
            question: 'what percentage of cases involved instagram?',
            feedback: 'wanted the number of cases',
          },
        ]);
        break;
      }
      if (Date.now() > deadline)
        throw new Error(`the 👎 and its reason never arrived: ${JSON.stringify(rows)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }, 30_000);

  it('keeps answering without context while Redis is down, says degraded, and shares context again after', async (ctx) => {
    if (skipped || 'unavailable' in redis) return ctx.skip();
    const [a, b] = replicas as [Replica, Replica];
    await redis.stop();
    await waitForReadyz(a.base, 'degraded');
    await waitForReadyz(b.base, 'degraded');
    const { status, body } = await readyz(b.base);
    expect(status).toBe(200);
    expect(body.dependencies).toEqual({
      redis: { status: 'down', reason: expect.any(String) },
      postgres: { status: 'up' },
    });
    const first = await mention(a.base, 'how often was instagram used?', '1700000200.000100', 'UOUT');
    expect(textOf(first)).toContain('Instagram was used in over a third');
    const followUp = await mention(b.base, 'what about Snapchat?', '1700000200.000100', 'UOUT');
    expect(textOf(followUp)).toContain('Snapchat was used in 20 percent');
    expect(textOf(followUp)).not.toContain(FOLLOW_UP_NOTE);

    const restarted = await startRedis(redisPort);
    if ('unavailable' in restarted) throw new Error(restarted.unavailable);
    redis = restarted;
    await waitForReadyz(a.base, 'ready');
    await waitForReadyz(b.base, 'ready');
    await mention(a.base, 'how often was instagram used?', '1700000300.000100', 'UBACK');
    const again = await mention(b.base, 'what about Snapchat?', '1700000300.000100', 'UBACK');
    expect(textOf(again)).toContain(FOLLOW_UP_NOTE);
    // The outage was logged once per replica, not once per question.
    for (const r of [a, b])
      expect(
        r
          .output()
          .stderr.split('\n')
          .filter((l) => l.includes('redis unreachable')),
      ).toHaveLength(1);
  }, 60_000);

  it('drains replica A on SIGTERM while B answers everything that follows', async (ctx) => {
    if (skipped) return ctx.skip();
    const [a, b] = replicas as [Replica, Replica];
    // A reply in progress on A when the signal arrives.
    standIn.delayMethod('chat.postMessage', 400);
    expect(
      (
        await postEvent(
          a.base,
          makeMention({ channel: 'CDRAIN', user: 'UDRAIN', text: '<@UBOT> snapchat?' }, 'EvDrain0'),
        )
      ).status,
    ).toBe(200);
    await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'CDRAIN');
    a.child.kill('SIGTERM');
    await waitForText(() => a.output().stderr, 'shutting down');
    standIn.delayMethod('chat.postMessage', 0);
    // Everything after goes through the proxy, as the load balancer would send it.
    const after = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const res = await postEvent(
          proxy.url,
          makeMention(
            { channel: `CAFTER${i}`, user: `UAFTER${i}`, text: '<@UBOT> snapchat?' },
            `EvAfter${i}`,
          ),
        );
        return res.status;
      }),
    );
    expect(after).toEqual([200, 200, 200, 200, 200, 200]);
    // A refused them while draining (503) or was gone; the proxy sent each on to B, which answered all six.
    expect(proxy.served).toEqual([0, 6]);
    expect(await a.exited).toBe(0);
    for (let i = 0; i < 6; i++)
      await standIn.waitFor('chat.postMessage', (c) => c.body.channel === `CAFTER${i}`);
    expect(
      standIn.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'CDRAIN')?.respondedAt,
    ).toBeDefined();
    expect((await readyz(b.base)).body.status).toBe('ready');
    for (const r of [a, b]) {
      expect(r.output().stderr).not.toContain(DB_PASSWORD);
      expect(r.output().stderr).not.toContain(BOT_TOKEN);
    }
  }, 30_000);
});
