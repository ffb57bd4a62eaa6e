// A stand-in for Slack's Web API, response_url and Socket Mode WebSocket on 127.0.0.1.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { callsChanged, pollFor, readBody } from './stand-in-kit.js';

/** One captured call: the Web API method (or response_url path) and its decoded body. */
export interface CapturedCall {
  method: string;
  body: Record<string, unknown>;
  /** Set once the stand-in has sent its response. */
  respondedAt?: number;
}

function decodeBody(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/u.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

export interface SlackStandIn {
  url: string;
  apiUrl: string;
  calls: CapturedCall[];
  /** Resolves with the first call matching `method` (and `where`), polling the captured calls. */
  waitFor(method: string, where?: (c: CapturedCall) => boolean, timeoutMs?: number): Promise<CapturedCall>;
  responseUrl(id: string): string;
  /** Socket Mode: the connected client socket, once statbot has connected. */
  socket(): Promise<WebSocket>;
  /** Socket Mode: sends an envelope and resolves with statbot's ack. */
  sendEnvelope(type: string, payload: unknown, envelopeId: string): Promise<Record<string, unknown>>;
  /** Makes the named Web API method answer only after `ms` (0 clears it). */
  delayMethod(method: string, ms: number): void;
  /** Makes the named Web API method fail with `error` until cleared. */
  failMethod(method: string, error: string | undefined): void;
  close(): Promise<void>;
}

export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: CapturedCall[] = [];
  const failures = new Map<string, string>();
  const delays = new Map<string, number>();
  let ts = 1000;
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const body = decodeBody(raw, String(req.headers['content-type'] ?? ''));
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : path;
    const call: CapturedCall = { method, body };
    calls.push(call);
    callsChanged();
    res.on('finish', () => {
      call.respondedAt = Date.now();
    });
    const delay = delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    res.setHeader('content-type', 'application/json');
    const failure = failures.get(method);
    if (failure) {
      res.end(JSON.stringify({ ok: false, error: failure }));
      return;
    }
    switch (method) {
      case 'auth.test':
        res.end(
          JSON.stringify({
            ok: true,
            user_id: 'UBOT',
            bot_id: 'BBOT',
            team_id: 'T1',
            user: 'statbot',
            team: 'Test',
          }),
        );
        return;
      case 'apps.connections.open':
        res.end(
          JSON.stringify({
            ok: true,
            url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/socket`,
          }),
        );
        return;
      default:
        ts++;
        res.end(JSON.stringify({ ok: true, ts: `${ts}.000100`, channel: body.channel ?? 'C1' }));
    }
  });
  const wss = new WebSocketServer({ server, path: '/socket' });
  let client: WebSocket | undefined;
  const waiters: Array<(ws: WebSocket) => void> = [];
  const acks = new Map<string, (ack: Record<string, unknown>) => void>();
  wss.on('connection', (ws) => {
    client = ws;
    ws.on('message', (data: Buffer) => {
      const msg = JSON.parse(data.toString()) as Record<string, unknown>;
      const id = String(msg.envelope_id ?? '');
      acks.get(id)?.(msg);
      acks.delete(id);
    });
    ws.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        debug_info: { host: 'stand-in' },
        connection_info: { app_id: 'A1' },
      }),
    );
    for (const w of waiters.splice(0)) w(ws);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api/`,
    calls,
    responseUrl: (id) => `${url}/response/${id}`,
    waitFor: (method, where = () => true, timeoutMs = 15_000) =>
      pollFor(
        calls,
        (c) => c.method === method && where(c),
        timeoutMs,
        (c) => c.method,
      ),
    socket: () => (client ? Promise.resolve(client) : new Promise((resolve) => waiters.push(resolve))),
    async sendEnvelope(type, payload, envelopeId) {
      const ws = client ?? (await new Promise<WebSocket>((resolve) => waiters.push(resolve)));
      const acked = new Promise<Record<string, unknown>>((resolve) => acks.set(envelopeId, resolve));
      ws.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
        }),
      );
      return acked;
    },
    delayMethod(method, ms) {
      if (ms > 0) delays.set(method, ms);
      else delays.delete(method);
    },
    failMethod(method, error) {
      if (error) failures.set(method, error);
      else failures.delete(method);
    },
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Slack's request signature for `body` at unix time `ts`. */
export function signSlackRequest(secret: string, body: string, ts: number): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) };
}
