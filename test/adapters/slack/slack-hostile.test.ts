import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, type SlackAdapter } from '../../../adapters/slack/adapter.js';
import { createInFlight } from '../../../src/app/in-flight.js';
import { createStatbotService } from '../../../src/app/statbot-service.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';
import { slackPoster } from '../../helpers/slack-http-client.js';
import { makeMention, makeSlashCommand } from '../../helpers/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../../helpers/slack-stand-in.js';

const SECRET = 'hostile-signing-secret';
const service = createStatbotService({ index: realIndex() });
let standIn: SlackStandIn;
beforeAll(async () => {
  standIn = await startSlackStandIn();
});
afterAll(async () => {
  await standIn.close();
});

async function startHttp(logs = captureLogs()) {
  const inFlight = createInFlight();
  const adapter: SlackAdapter = createAdapter(
    { service, logger: logs.logger, inFlight },
    { mode: 'http', botToken: 'xoxb-hostile', signingSecret: SECRET, port: 0, apiUrl: standIn.apiUrl },
    { retries: 0, timeoutMs: 2000 },
  );
  await adapter.start();
  return { adapter, inFlight, logs, ...slackPoster(() => adapter.port(), SECRET) };
}

describe('Slack HTTP mode under hostile requests', () => {
  let http: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    http = await startHttp();
  });
  afterAll(async () => {
    await http.adapter.stop();
  });

  it.each([
    ['JSON null', 'null', 'application/json'],
    ['JSON array', '[]', 'application/json'],
    ['JSON number', '1', 'application/json'],
    ['JSON string', '"x"', 'application/json'],
    ['form payload=null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['form with an encoded field name', 'token=x&p%61yload=null', 'application/x-www-form-urlencoded'],
    ['JSON null after whitespace', ' \n null', 'application/json'],
  ])('answers a signed %s body with 400 and stays up', async (_label, body, contentType) => {
    const res = await http.post(body, contentType);
    expect(res.status).toBe(400);
    const after = await http.postForm(makeSlashCommand({ text: 'snapchat?' }));
    expect(after.status).toBe(200);
    expect(JSON.stringify(await after.json())).toContain('Snapchat was used in');
  });

  it('answers a replayed /stats request (same team, user and trigger_id) only once', async () => {
    const form = new URLSearchParams(
      makeSlashCommand({
        text: 'how many cases were recorded?',
        response_url: standIn.responseUrl('replay'),
      }),
    ).toString();
    const first = await http.post(form, 'application/x-www-form-urlencoded');
    expect(JSON.stringify(await first.json())).toContain('1,220');
    const replay = await http.post(form, 'application/x-www-form-urlencoded');
    expect(replay.status).toBe(200);
    expect(await replay.text()).toBe('');
    await new Promise((r) => setTimeout(r, 150));
    expect(standIn.calls.filter((c) => c.method === '/response/replay')).toEqual([]);
  });

  it('still answers the same trigger_id from another user', async () => {
    const fields = makeSlashCommand({ text: 'snapchat?', trigger_id: 'shared-trigger' });
    await http.postForm(fields);
    const other = await http.postForm({ ...fields, user_id: 'U2' });
    expect(JSON.stringify(await other.json())).toContain('Snapchat was used in');
  });
});

describe('Slack while shutting down', () => {
  it('answers 503 (so Slack retries elsewhere) in HTTP mode, and logs it', async () => {
    const http = await startHttp();
    await http.inFlight.drain(100);
    const res = await http.postJson(makeMention({ channel: 'C-draining' }));
    expect(res.status).toBe(503);
    await new Promise((r) => setTimeout(r, 150));
    expect(standIn.calls.filter((c) => c.body.channel === 'C-draining')).toEqual([]);
    expect(http.logs.lines().join('\n')).toContain('refused a request while shutting down');
    await http.adapter.stop();
  });

  it('answers an event that arrives in Socket Mode while draining, instead of acknowledging and dropping it', async () => {
    const logs = captureLogs();
    const inFlight = createInFlight({ onLateWork: () => logs.logger.warn('late work') });
    const adapter = createAdapter(
      { service, logger: logs.logger, inFlight },
      { mode: 'socket', botToken: 'xoxb-drain', appToken: 'xapp-1-drain', apiUrl: standIn.apiUrl },
      { retries: 0, timeoutMs: 2000 },
    );
    await adapter.start();
    await standIn.socket();
    await inFlight.drain(100);
    await standIn.sendEnvelope(
      'events_api',
      makeMention({ channel: 'C-late', text: '<@UBOT> snapchat?' }),
      'late-1',
    );
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'C-late', 5000);
    expect(String(call.body.text)).toContain('Snapchat was used in');
    expect(logs.lines().join('\n')).toContain('late work');
    await adapter.stop();
  });
});
