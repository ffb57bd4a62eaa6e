import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, type SlackAdapter } from '../../../adapters/slack/adapter.js';
import { createStatbotService } from '../../../src/app/statbot-service.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';
import { makeButtonClick, makeMention, makeSlashCommand } from '../../helpers/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../../helpers/slack-stand-in.js';

let standIn: SlackStandIn;
let adapter: SlackAdapter;

beforeAll(async () => {
  standIn = await startSlackStandIn();
  adapter = createAdapter(
    { service: createStatbotService({ index: realIndex() }), logger: captureLogs().logger },
    { mode: 'socket', botToken: 'xoxb-socket-test', appToken: 'xapp-1-socket-test', apiUrl: standIn.apiUrl },
    { retries: 0, timeoutMs: 2000 },
  );
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await standIn.close();
});

describe('Slack Socket Mode (real Bolt and SocketModeClient against a stand-in)', () => {
  it('opens the connection through apps.connections.open with the app token', async () => {
    await standIn.waitFor('apps.connections.open');
    await standIn.socket();
  });

  it('acks an app_mention envelope and answers in the thread', async () => {
    const ack = await standIn.sendEnvelope(
      'events_api',
      makeMention({ channel: 'CS1', ts: '10.1', text: '<@UBOT> what does 12,925 refer to?' }),
      'env-1',
    );
    expect(ack.envelope_id).toBe('env-1');
    const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === 'CS1');
    expect(call.body.thread_ts).toBe('10.1');
    expect(JSON.stringify(call.body.blocks)).toContain(
      '>A total of 12,925 offences were recorded by police in England and Wales',
    );
  });

  it('acks a /stats envelope with the private answer as its payload', async () => {
    const command = makeSlashCommand({
      text: 'which app was used most?',
      response_url: standIn.responseUrl('sock-cmd'),
    });
    const ack = await standIn.sendEnvelope('slash_commands', command, 'env-2');
    expect(ack.envelope_id).toBe('env-2');
    const payload = ack.payload as { response_type: string; blocks: unknown[] };
    expect(payload.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(payload.blocks);
    expect(blocks).toContain('>Instagram was used in over a third of the cases');
    expect(blocks).toContain('>Snapchat was used in 20 percent of instances for which data was available.');
  });

  it('acks a button click envelope and shares the answer', async () => {
    const click = makeButtonClick('statbot_share', 'how often was snapchat used?', {
      response_url: standIn.responseUrl('sock-share'),
    });
    const ack = await standIn.sendEnvelope('interactive', click, 'env-3');
    expect(ack.envelope_id).toBe('env-3');
    const call = await standIn.waitFor('/response/sock-share', (c) => c.body.response_type === 'in_channel');
    expect(JSON.stringify(call.body.blocks)).toContain('>Snapchat was used in 20 percent');
  });
});
