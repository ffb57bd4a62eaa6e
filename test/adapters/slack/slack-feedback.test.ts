import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, type SlackAdapter } from '../../../adapters/slack/adapter.js';
import { createRateLimiter } from '../../../src/app/rate-limit.js';
import { createStatbotService } from '../../../src/app/statbot-service.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';
import { slackPoster } from '../../helpers/slack-http-client.js';
import { makeButtonClick, makeMention, makeSlashCommand } from '../../helpers/slack-payloads.js';
import { type SlackStandIn, startSlackStandIn } from '../../helpers/slack-stand-in.js';
import { tempGapsStore } from '../../helpers/temp-db.js';

const SECRET = 'feedback-secret';
let standIn: SlackStandIn;
let adapter: SlackAdapter;
const { store } = tempGapsStore();
const client = slackPoster(() => adapter.port(), SECRET);

beforeAll(async () => {
  standIn = await startSlackStandIn();
  const service = createStatbotService({
    index: realIndex(),
    gaps: store,
    admins: new Set(['slack:UADMIN']),
    limiter: createRateLimiter({ points: 5, windowSeconds: 60, logger: captureLogs().logger }),
  });
  adapter = createAdapter(
    { service, logger: captureLogs().logger },
    { mode: 'http', botToken: 'xoxb-fb', signingSecret: SECRET, port: 0, apiUrl: standIn.apiUrl },
    { retries: 0 },
  );
  await adapter.start();
});
afterAll(async () => {
  await adapter.stop();
  await standIn.close();
});

async function answerWithTurn(channel: string): Promise<string> {
  await client.postJson(makeMention({ channel, text: '<@UBOT> how often was snapchat used?' }));
  const call = await standIn.waitFor('chat.postMessage', (c) => c.body.channel === channel);
  const actions = (
    call.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>
  ).find((b) => b.type === 'actions');
  const down = actions?.elements?.find((e) => e.action_id === 'statbot_feedback_down');
  expect(actions?.elements?.map((e) => e.action_id)).toEqual(
    expect.arrayContaining(['statbot_feedback_up', 'statbot_feedback_down']),
  );
  return down?.value ?? '';
}

describe('Slack feedback and the gaps report', () => {
  it('thanks a 👍 privately and records nothing', async () => {
    const turnId = await answerWithTurn('C-up');
    await client.postForm({
      payload: JSON.stringify(
        makeButtonClick('statbot_feedback_up', turnId, { response_url: standIn.responseUrl('up1') }),
      ),
    });
    const call = await standIn.waitFor('/response/up1');
    expect(call.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringContaining('Thanks for the feedback'),
    });
    expect(store.rows().filter((r) => r.status === 'downvoted')).toEqual([]);
  });

  it('records a 👎, opens a form for the reason, and saves the reason when sent', async () => {
    const turnId = await answerWithTurn('C-down');
    await client.postForm({
      payload: JSON.stringify(makeButtonClick('statbot_feedback_down', turnId, { trigger_id: 'trig-down' })),
    });
    const open = await standIn.waitFor('views.open');
    expect(open.body.trigger_id).toBe('trig-down');
    const view = open.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('statbot_feedback_reason');
    const submission = {
      type: 'view_submission',
      team: { id: 'T1', domain: 'test' },
      user: { id: 'U1', username: 'alice', team_id: 'T1' },
      api_app_id: 'A1',
      token: 'legacy',
      trigger_id: 'trig-submit',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: {
            reason: {
              reason: { type: 'plain_text_input', value: 'wanted the total for all platforms, not one' },
            },
          },
        },
        hash: 'h',
        team_id: 'T1',
        app_id: 'A1',
        bot_id: 'BBOT',
      },
    };
    const res = await client.postForm({ payload: JSON.stringify(submission) });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    expect(store.rows().find((r) => r.status === 'downvoted')).toMatchObject({
      question: 'how often was snapchat used?',
      topFactId: 'snapchat-20-percent',
      feedback: 'wanted the total for all platforms, not one',
    });
  });

  it('tells a user who asks too fast to slow down, privately', async () => {
    for (let i = 0; i < 6; i++)
      await client.postJson(
        makeMention({ channel: 'C-fast', user: 'UFAST', ts: `700.${i}`, text: '<@UBOT> snapchat?' }),
      );
    const call = await standIn.waitFor('chat.postEphemeral', (c) => c.body.channel === 'C-fast');
    expect(call.body.user).toBe('UFAST');
    expect(String(call.body.text)).toMatch(/asking faster than I can keep up with/);
    await new Promise((r) => setTimeout(r, 100));
    expect(
      standIn.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C-fast'),
    ).toHaveLength(5);
  });

  it('shows /stats gaps to admins only', async () => {
    const refused = await client.postForm(makeSlashCommand({ text: 'gaps', user_id: 'U1' }));
    expect(JSON.stringify(await refused.json())).toContain('only for statbot admins');
    await client.postForm(makeSlashCommand({ text: 'tiktok?', user_id: 'U2' }));
    await new Promise((r) => setTimeout(r, 50));
    const report = (await (
      await client.postForm(makeSlashCommand({ text: 'gaps', user_id: 'UADMIN' }))
    ).json()) as { response_type: string; blocks: unknown[] };
    expect(report.response_type).toBe('ephemeral');
    expect(JSON.stringify(report.blocks)).toContain('tiktok?');
  });
});
