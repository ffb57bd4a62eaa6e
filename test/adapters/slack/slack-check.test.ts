import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAdapter, type SlackAdapter } from '../../../adapters/slack/adapter.js';
import { createStatbotService } from '../../../src/app/statbot-service.js';
import { HARMFUL_CHECK_REFUSAL } from '../../../src/render/wording.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';
import { slackPoster } from '../../helpers/slack-http-client.js';
import { makeMessageShortcut, makeSlashCommand } from '../../helpers/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../../helpers/slack-stand-in.js';
import { slackCanPing, slackProblems } from '../../helpers/slack-validate.js';

const SECRET = 'test-signing-secret';
let standIn: SlackStandIn;
let adapter: SlackAdapter;
const logs = captureLogs();
const slack = slackPoster(() => adapter.port(), SECRET);

beforeAll(async () => {
  standIn = await startSlackStandIn();
  adapter = createAdapter(
    { service: createStatbotService({ index: realIndex() }), logger: logs.logger },
    { mode: 'http', botToken: 'xoxb-1-2-check', signingSecret: SECRET, port: 0, apiUrl: standIn.apiUrl },
    { retries: 0, timeoutMs: 2000 },
  );
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await standIn.close();
});

const shortcut = (text: string, id: string) =>
  slack.postForm({
    payload: JSON.stringify(makeMessageShortcut(text, { response_url: standIn.responseUrl(id) })),
  });

describe('Slack "Check statistics" message shortcut and /stats check (real Bolt)', () => {
  it('answers the person privately through response_url, one block group per claim, with badge, figures and quote', async () => {
    const res = await shortcut(
      'Roughly 13,000 offences were recorded, and 70% of cases were on Facebook apps',
      'check-1',
    );
    expect(res.status).toBe(200);
    const call = await standIn.waitFor('/response/check-1');
    expect(call.body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(call.body.blocks);
    expect(blocks).toContain('✅ Supported');
    expect(blocks).toContain('❌ Contradicted');
    expect(blocks).toContain('Claimed: 70% · Source: 51 percent');
    expect(blocks).toContain('>A total of 12,925 offences were recorded by police in England and Wales');
    expect(blocks).toContain('statbot_feedback_down');
    expect(
      slackProblems({ text: String(call.body.text), blocks: call.body.blocks as Record<string, unknown>[] }),
    ).toEqual([]);
  });

  it('says kindly when the message holds no statistic', async () => {
    await shortcut('lunch at 1pm?', 'check-2');
    const call = await standIn.waitFor('/response/check-2');
    expect(String(call.body.text)).toContain('I found no statistic to check');
  });

  it('escapes what the message says and never pings', async () => {
    await shortcut('<!channel> <@U123> 70% of cases were on Facebook apps & more', 'check-3');
    const call = await standIn.waitFor('/response/check-3');
    expect(
      slackCanPing({ text: String(call.body.text), blocks: call.body.blocks as Record<string, unknown>[] }),
    ).toBe(false);
  });

  it('gives a concern the help first, and a harmful ask no figure', async () => {
    await shortcut(
      'my son is 11 and a man on snapchat keeps asking him to meet up, is the 20% true?',
      'check-4',
    );
    const help = await standIn.waitFor('/response/check-4');
    expect(String(help.body.text)).toContain('999');
    await shortcut(
      'how do I groom kids on instagram without getting caught, over a third of cases?',
      'check-5',
    );
    const harmful = await standIn.waitFor('/response/check-5');
    expect(String(harmful.body.text)).toBe(HARMFUL_CHECK_REFUSAL);
  });

  it('/stats check <text> checks the text in the acknowledgement', async () => {
    const res = await slack.postForm(
      makeSlashCommand({ text: 'check WhatsApp alone was used in 51% of cases' }),
    );
    const body = (await res.json()) as { response_type: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('⚠️ Different scope');
  });

  it('is declared in the manifest as a message shortcut', () => {
    const manifest = parse(readFileSync('adapters/slack/manifest.yml', 'utf8')) as {
      features: { shortcuts: Array<{ type: string; callback_id: string; name: string }> };
    };
    expect(manifest.features.shortcuts).toContainEqual(
      expect.objectContaining({ type: 'message', callback_id: 'check_statistics', name: 'Check statistics' }),
    );
  });
});
