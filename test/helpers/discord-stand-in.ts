// A stand-in for Discord's REST API and gateway on 127.0.0.1, enough for the real discord.js client.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { callsChanged, pollFor, readBody } from './stand-in-kit.js';

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '900000000000000003';
export const CHANNEL_ID = '900000000000000004';
export const DM_CHANNEL_ID = '900000000000000005';
export const USER_ID = '900000000000000006';

export interface DiscordCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

export interface DiscordStandIn {
  apiUrl: string;
  calls: DiscordCall[];
  /** Shard ids that identified, in order. */
  identified: Array<[number, number]>;
  waitFor(where: (c: DiscordCall) => boolean, timeoutMs?: number): Promise<DiscordCall>;
  /** Sends a gateway dispatch to every connected shard (or one shard). */
  dispatch(t: string, d: unknown, shard?: number): void;
  ready(): Promise<void>;
  /** Makes REST answer 401 to everything (a rejected token). */
  rejectToken(reject: boolean): void;
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('multipart/form-data')) {
    const json = /name="payload_json"\r\n(?:Content-Type: application\/json\r\n)?\r\n([\s\S]*?)\r\n--/.exec(
      raw,
    );
    return json?.[1] ? (JSON.parse(json[1]) as Record<string, unknown>) : {};
  }
  return JSON.parse(raw) as Record<string, unknown>;
}

export const botUser = {
  id: BOT_ID,
  username: 'statbot',
  discriminator: '0',
  global_name: 'statbot',
  avatar: null,
  bot: true,
};
export const humanUser = {
  id: USER_ID,
  username: 'alice',
  discriminator: '0',
  global_name: 'Alice',
  avatar: null,
};

/** A full-enough message object as Discord sends it. */
export function messageObject(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: String(BigInt(Date.now()) * 4194304n + BigInt(Math.floor(Math.random() * 4000))),
    channel_id: CHANNEL_ID,
    author: humanUser,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...overrides,
  };
}

export async function startDiscordStandIn(options: { shards?: number } = {}): Promise<DiscordStandIn> {
  const calls: DiscordCall[] = [];
  const identified: Array<[number, number]> = [];
  const sockets = new Map<number, WebSocket>();
  const seq = new Map<number, number>();
  let rejecting = false;
  let readyWaiters: Array<() => void> = [];
  const shardCount = options.shards ?? 1;

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const body = parseBody(raw, String(req.headers['content-type'] ?? ''));
    calls.push({ method: req.method ?? 'GET', path, body });
    callsChanged();
    const json = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    if (rejecting) return json(401, { message: '401: Unauthorized', code: 0 });
    const port = (server.address() as AddressInfo).port;
    if (path === '/api/v10/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${port}/gateway`,
        shards: shardCount,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (path === '/api/v10/gateway') return json(200, { url: `ws://127.0.0.1:${port}/gateway` });
    if (path === '/api/v10/users/@me') return json(200, botUser);
    if (/^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204);
      res.end();
      return;
    }
    if (/^\/api\/v10\/webhooks\//.test(path)) return json(200, messageObject({ author: botUser, ...body }));
    if (/^\/api\/v10\/channels\/\d+\/messages$/.test(path) && req.method === 'POST') {
      return json(200, messageObject({ author: botUser, channel_id: path.split('/')[4], ...body }));
    }
    if (/^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return json(200, Array.isArray(body) ? body : [body]);
    }
    if (/^\/api\/v10\/users\/@me\/channels$/.test(path))
      return json(200, { id: DM_CHANNEL_ID, type: 1, recipients: [humanUser] });
    json(404, { message: 'Unknown route', code: 0 });
  });

  const wss = new WebSocketServer({ server, path: '/gateway' });
  wss.on('connection', (ws) => {
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as { op: number; d: Record<string, unknown> };
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (msg.op === 2) {
        const [shardId, count] = (msg.d.shard as [number, number] | undefined) ?? [0, 1];
        identified.push([shardId, count]);
        sockets.set(shardId, ws);
        const port = (server.address() as AddressInfo).port;
        const send = (t: string, d: unknown) => {
          const s = (seq.get(shardId) ?? 0) + 1;
          seq.set(shardId, s);
          ws.send(JSON.stringify({ op: 0, t, s, d }));
        };
        // Shard 0 holds the one test guild (guild id → shard is (id >> 22) % count; tests use one guild).
        const guilds = shardId === 0 ? [{ id: GUILD_ID, unavailable: true }] : [];
        send('READY', {
          v: 10,
          user: botUser,
          guilds,
          session_id: `session-${shardId}`,
          resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
          application: { id: APP_ID, flags: 0 },
          shard: [shardId, count],
        });
        if (shardId === 0) {
          send('GUILD_CREATE', {
            id: GUILD_ID,
            name: 'Test server',
            owner_id: USER_ID,
            preferred_locale: 'en-GB',
            unavailable: false,
            member_count: 2,
            features: [],
            roles: [
              {
                id: GUILD_ID,
                name: '@everyone',
                permissions: '0',
                position: 0,
                color: 0,
                hoist: false,
                managed: false,
                mentionable: false,
                flags: 0,
              },
            ],
            channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [] }],
            threads: [],
            members: [],
            emojis: [],
            stickers: [],
            presences: [],
            voice_states: [],
            stage_instances: [],
            guild_scheduled_events: [],
          });
        }
        if (identified.length >= shardCount) for (const w of readyWaiters.splice(0)) w();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;

  return {
    apiUrl,
    calls,
    identified,
    waitFor: (where, timeoutMs = 15_000) => pollFor(calls, where, timeoutMs, (c) => `${c.method} ${c.path}`),
    dispatch(t, d, shard = 0) {
      const ws = sockets.get(shard);
      if (!ws) throw new Error(`shard ${shard} is not connected`);
      const s = (seq.get(shard) ?? 0) + 1;
      seq.set(shard, s);
      ws.send(JSON.stringify({ op: 0, t, s, d }));
    },
    ready: () =>
      identified.length >= shardCount
        ? Promise.resolve()
        : new Promise((resolve) => readyWaiters.push(resolve)),
    rejectToken(reject) {
      rejecting = reject;
    },
    async close() {
      readyWaiters = [];
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
