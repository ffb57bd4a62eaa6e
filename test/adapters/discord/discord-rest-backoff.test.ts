import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../adapters/discord/adapter.js';

// A Discord REST stand-in that answers each call with the next status in `statuses` (then 204).
let server: Server;
let statuses: number[] = [];
let seen: number[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    seen.push(Date.now());
    const status = statuses.shift() ?? 204;
    if (status === 204) res.writeHead(204).end();
    else res.writeHead(status, { 'content-type': 'application/json' }).end('{"message":"boom","code":0}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

function client() {
  const { port } = server.address() as AddressInfo;
  const c = createDiscordClient({ token: 'x.y.z', shards: 1, apiUrl: `http://127.0.0.1:${port}/api` });
  c.rest.setToken('x.y.z');
  return c;
}
const callback = () => Routes.interactionCallback('123', 'tok');
const gaps = () => seen.slice(1).map((t, i) => t - (seen[i] ?? t));

describe('Discord REST on server errors (the client statbot runs)', () => {
  it('backs off between retries and succeeds when Discord recovers', async () => {
    statuses = [500, 502];
    seen = [];
    const c = client();
    await c.rest.post(callback(), { body: { type: 4, data: { content: 'hi' } } });
    expect(seen).toHaveLength(3);
    const [first = 0, second = 0] = gaps();
    expect(first).toBeGreaterThanOrEqual(180);
    expect(second).toBeGreaterThan(first);
    await c.destroy();
  });

  it('gives up after 4 attempts spread over more than a second', async () => {
    statuses = [500, 500, 500, 500, 500, 500, 500, 500];
    seen = [];
    const c = client();
    await expect(c.rest.post(callback(), { body: { type: 4 } })).rejects.toThrow();
    expect(seen).toHaveLength(4);
    expect((seen.at(-1) ?? 0) - (seen[0] ?? 0)).toBeGreaterThan(1000);
    await c.destroy();
  });

  it('does not retry a client error', async () => {
    statuses = [404];
    seen = [];
    const c = client();
    await expect(c.rest.post(callback(), { body: { type: 4 } })).rejects.toThrow();
    expect(seen).toHaveLength(1);
    await c.destroy();
  });
});
