import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, type HttpAdapter } from '../../../adapters/http/adapter.js';
import { httpSettingsFrom } from '../../../adapters/http/settings.js';
import { createInFlight, type InFlight } from '../../../src/app/in-flight.js';
import { createRateLimiter } from '../../../src/app/rate-limit.js';
import { createStatbotService, type StatbotService } from '../../../src/app/statbot-service.js';
import { toReplyJson } from '../../../src/render/reply-json.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';

const TOKEN = 'test-token-aaaaaaaaaaaaaaaa';
const OTHER = 'test-token-bbbbbbbbbbbbbbbb';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field
type Json = any;

interface Api {
  adapter: HttpAdapter;
  logs: () => string[];
  call(
    path: string,
    init?: { method?: string; body?: unknown; token?: string | null; raw?: string; type?: string },
  ): Promise<{ status: number; headers: Headers; json: Json }>;
}

async function startApi(service: StatbotService, inFlight?: InFlight): Promise<Api> {
  const { logger, lines } = captureLogs();
  const settings = httpSettingsFrom({
    STATBOT_API_TOKENS: `${TOKEN}, ${OTHER}`,
    STATBOT_API_PORT: '0',
    STATBOT_API_HOST: '127.0.0.1',
  });
  if (!settings) throw new Error('settings');
  const adapter = createAdapter({ service, logger, ...(inFlight ? { inFlight } : {}) }, settings);
  await adapter.start();
  return {
    adapter,
    logs: lines,
    async call(path, init = {}) {
      const headers: Record<string, string> = {};
      if (init.token !== null) headers.authorization = `Bearer ${init.token ?? TOKEN}`;
      const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
      if (body !== undefined) headers['content-type'] = init.type ?? 'application/json';
      const res = await fetch(`http://127.0.0.1:${adapter.port}${path}`, {
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        ...(body === undefined ? {} : { body }),
      });
      return { status: res.status, headers: res.headers, json: await res.json() };
    },
  };
}

describe('http api', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(createStatbotService({ index: realIndex() }));
  });
  afterAll(() => api.adapter.stop());

  it('answers POST /v1/ask with the same object as `npm run ask -- --json`', async () => {
    const question = 'how often was snapchat used?';
    const { status, json } = await api.call('/v1/ask', { body: { question } });
    const expected = toReplyJson(
      await createStatbotService({ index: realIndex() }).ask(question, { platform: 'http', userKey: 'x' }),
    );
    expect(status).toBe(200);
    expect(json).toEqual(expected);
    expect(json.citations[0].quote).toContain('Snapchat was used in 20 percent');
  });

  it('explains on request', async () => {
    const { json } = await api.call('/v1/ask', { body: { question: 'whatsapp alone %?', explain: true } });
    expect(json.explain.kind).toBeTypeOf('string');
    expect(
      (await api.call('/v1/ask', { body: { question: 'whatsapp alone %?' } })).json.explain,
    ).toBeUndefined();
  });

  it('reads follow-ups within a conversation key, and never across tokens or without a key', async () => {
    await api.call('/v1/ask', { body: { question: 'how often was snapchat used?', conversation: 'c1' } });
    const follow = await api.call('/v1/ask', {
      body: { question: 'what about instagram?', conversation: 'c1' },
    });
    expect(follow.json.text).toContain('Read as a follow-up');
    const other = await api.call('/v1/ask', {
      body: { question: 'what about instagram?', conversation: 'c1' },
      token: OTHER,
    });
    expect(other.json.text).not.toContain('Read as a follow-up');
    const none = await api.call('/v1/ask', { body: { question: 'what about instagram?' } });
    expect(none.json.text).not.toContain('Read as a follow-up');
  });

  it('gives a concern the help first, and a harmful ask no figure', async () => {
    const help = await api.call('/v1/ask', { body: { question: 'I think someone is grooming my daughter' } });
    expect(help.json.help.audience).toBe('adult');
    expect(help.json.help.resources[0]).toEqual({ name: 'Police emergency', phone: '999' });
    expect(help.json.text).toContain('Where to get help (not from the source article)');
    const harmful = await api.call('/v1/ask', {
      body: { question: 'how do i contact kids without their parents knowing' },
    });
    expect(harmful.json).toMatchObject({
      status: 'abstained',
      reason: 'harmful',
      citations: [],
      suggestions: [],
    });
  });

  it('checks claims with POST /v1/check', async () => {
    const { status, json } = await api.call('/v1/check', {
      body: { text: '70% of cases were on Facebook apps' },
    });
    expect(status).toBe(200);
    expect(json.claims[0]).toMatchObject({ verdict: 'contradicted', sourceFigure: '51 percent' });
  });

  it('lists topics and sources, and shows a fact by id', async () => {
    const topics = await api.call('/v1/topics');
    const id = topics.json[0].facts[0].id as string;
    expect((await api.call('/v1/sources')).json[0].factCount).toBeGreaterThan(0);
    const fact = await api.call(`/v1/facts/${encodeURIComponent(id)}`);
    expect(fact.json).toMatchObject({ factId: id, citation: { factId: id } });
    const missing = await api.call('/v1/facts/no-such-fact');
    expect(missing.status).toBe(404);
    expect(missing.json.error.code).toBe('not_found');
  });

  it('serves the OpenAPI document without a token', async () => {
    const { status, json } = await api.call('/v1/openapi.json', { token: null });
    expect(status).toBe(200);
    expect(json.openapi).toBe('3.1.0');
    expect(Object.keys(json.paths)).toEqual(
      expect.arrayContaining(['/v1/ask', '/v1/check', '/v1/topics', '/v1/facts/{id}']),
    );
    expect(json.paths['/v1/ask'].post.requestBody.content['application/json'].schema.required).toEqual([
      'question',
    ]);
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'test-token-cccccccccccccccc'],
    ['a prefix of a token', TOKEN.slice(0, 20)],
  ])('refuses %s with 401 and a JSON error', async (_label, token) => {
    const { status, headers, json } = await api.call('/v1/ask', { body: { question: 'hi' }, token });
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toBe('Bearer');
    expect(json.error).toMatchObject({
      code: 'unauthorized',
      reference: expect.stringMatching(/^[0-9A-F]{8}$/),
    });
  });

  it.each([
    ['malformed JSON', { raw: '{"question": ' }, 400, 'bad_json'],
    ['a missing question', { body: { text: 'hi' } }, 400, 'bad_request'],
    ['a question that is not a string', { body: { question: 42 } }, 400, 'bad_request'],
    [
      'a locale that is not a language tag',
      { body: { question: 'hi', locale: 'C.UTF-8' } },
      400,
      'bad_request',
    ],
    [
      'another content type',
      { raw: 'question=hi', type: 'application/x-www-form-urlencoded' },
      415,
      'unsupported_media_type',
    ],
    ['a body over 16 KiB', { body: { question: 'x'.repeat(20_000) } }, 413, 'body_too_large'],
  ])('answers %s with a friendly JSON error', async (_label, init, status, code) => {
    const res = await api.call('/v1/ask', init);
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBe(code);
    expect(JSON.stringify(res.json)).not.toMatch(/\bat .*\.ts:\d+|Error:/);
  });

  it('answers unknown paths and methods with JSON', async () => {
    expect((await api.call('/v2/ask')).status).toBe(404);
    const wrong = await api.call('/v1/ask');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
  });
});

describe('http api: limits and failures', () => {
  it('rate limits per token with 429 and Retry-After', async () => {
    const { logger } = captureLogs();
    const limiter = createRateLimiter({ points: 2, windowSeconds: 60, logger });
    const api = await startApi(createStatbotService({ index: realIndex(), limiter }));
    try {
      const body = { question: 'how often was snapchat used?' };
      for (let i = 0; i < 2; i++) expect((await api.call('/v1/ask', { body })).status).toBe(200);
      const limited = await api.call('/v1/ask', { body });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.json).toMatchObject({ status: 'abstained', reason: 'rate_limited', citations: [] });
      expect((await api.call('/v1/check', { body: { text: '13k offences' } })).status).toBe(429);
      expect((await api.call('/v1/ask', { body, token: OTHER })).status).toBe(200);
    } finally {
      await api.adapter.stop();
    }
  });

  it('apologises for an internal error with a reference that finds the log line, and keeps serving', async () => {
    const real = createStatbotService({ index: realIndex() });
    let broken = true;
    const service: StatbotService = {
      ...real,
      ask: (...args) =>
        broken ? Promise.reject(new Error('db exploded at secret.ts:12')) : real.ask(...args),
    };
    const api = await startApi(service);
    try {
      const res = await api.call('/v1/ask', { body: { question: 'how often was snapchat used?' } });
      expect(res.status).toBe(500);
      const ref = res.json.error.reference as string;
      expect(res.json.error).toEqual({
        code: 'internal',
        message: expect.stringContaining(`(ref ${ref})`),
        reference: ref,
      });
      expect(JSON.stringify(res.json)).not.toContain('exploded');
      expect(api.logs().some((l) => l.includes(ref) && l.includes('exploded'))).toBe(true);
      expect(api.logs().join('\n')).not.toContain(TOKEN);
      broken = false;
      expect((await api.call('/v1/ask', { body: { question: 'how often was snapchat used?' } })).status).toBe(
        200,
      );
    } finally {
      await api.adapter.stop();
    }
  });
});

describe('http api: shutting down', () => {
  it('answers 503 with Retry-After once shutdown has begun, so a caller retries elsewhere', async () => {
    const inFlight = createInFlight();
    const api = await startApi(createStatbotService({ index: realIndex() }), inFlight);
    try {
      expect((await api.call('/v1/topics')).status).toBe(200);
      await inFlight.drain(1000);
      const res = await api.call('/v1/ask', { body: { question: 'snapchat?' } });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.json.error.code).toBe('shutting_down');
    } finally {
      await api.adapter.stop();
    }
  });
});

describe('http api settings', () => {
  it('is off without STATBOT_API_TOKENS, defaults to port 8787, and refuses short tokens', () => {
    expect(httpSettingsFrom({})).toBeUndefined();
    expect(httpSettingsFrom({ STATBOT_API_TOKENS: `${TOKEN},${OTHER}` })).toEqual({
      tokens: [TOKEN, OTHER],
      port: 8787,
      host: '0.0.0.0',
    });
    expect(() => httpSettingsFrom({ STATBOT_API_TOKENS: 'short' })).toThrow(
      /STATBOT_API_TOKENS: each token must be at least 16/,
    );
  });
});
