import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, type DiscordAdapter } from '../../../adapters/discord/adapter.js';
import { createRateLimiter } from '../../../src/app/rate-limit.js';
import { createStatbotService } from '../../../src/app/statbot-service.js';
import { makeButtonClick, makeMember, makeStatsCommand } from '../../helpers/discord-payloads.js';
import {
  APP_ID,
  type DiscordCall,
  type DiscordStandIn,
  humanUser,
  startDiscordStandIn,
} from '../../helpers/discord-stand-in.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';
import { tempGapsStore } from '../../helpers/temp-db.js';

let standIn: DiscordStandIn;
let adapter: DiscordAdapter;
const { store } = tempGapsStore();
const callbackFor = (id: string) => (c: DiscordCall) => c.path.startsWith(`/api/v10/interactions/${id}/`);
const dataOf = (c: DiscordCall) => (c.body.data ?? {}) as Record<string, unknown>;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  const service = createStatbotService({
    index: realIndex(),
    gaps: store,
    admins: new Set([`discord:${humanUser.id}`]),
    limiter: createRateLimiter({ points: 5, windowSeconds: 60, logger: captureLogs().logger }),
  });
  adapter = createAdapter(
    { service, logger: captureLogs().logger },
    { token: 'fb-token', shards: 1, apiUrl: standIn.apiUrl },
  );
  await adapter.start();
});
afterAll(async () => {
  await adapter.stop();
  await standIn.close();
});

async function answerWithTurn(): Promise<{ up: string; down: string }> {
  const ask = makeStatsCommand('ask', [{ name: 'question', type: 3, value: 'how often was snapchat used?' }]);
  standIn.dispatch('INTERACTION_CREATE', ask);
  const rows = dataOf(await standIn.waitFor(callbackFor(ask.id))).components as Array<{
    components: Array<{ custom_id: string }>;
  }>;
  const ids = rows
    .flatMap((r) => r.components.map((c) => c.custom_id))
    .filter((id) => id.startsWith('statbot:fb:'));
  expect(ids).toHaveLength(2);
  return { up: ids[0] ?? '', down: ids[1] ?? '' };
}

describe('Discord feedback and the gaps report', () => {
  it('thanks a 👍 privately', async () => {
    const { up } = await answerWithTurn();
    const click = makeButtonClick(up);
    standIn.dispatch('INTERACTION_CREATE', click);
    const data = dataOf(await standIn.waitFor(callbackFor(click.id)));
    expect(data).toMatchObject({ flags: 64, content: expect.stringContaining('Thanks for the feedback') });
  });

  it('records a 👎, shows a form for the reason, and saves it when submitted', async () => {
    const { down } = await answerWithTurn();
    const click = makeButtonClick(down);
    standIn.dispatch('INTERACTION_CREATE', click);
    const modal = await standIn.waitFor(callbackFor(click.id));
    expect(modal.body.type).toBe(9);
    const customId = String(dataOf(modal).custom_id);
    expect(customId).toMatch(/^statbot:fbr:\d+$/);
    const submit = {
      ...makeStatsCommand('ask', []),
      type: 5,
      data: {
        custom_id: customId,
        components: [
          { type: 1, components: [{ type: 4, custom_id: 'reason', value: 'Wanted the whole picture' }] },
        ],
      },
      message: undefined,
    };
    standIn.dispatch('INTERACTION_CREATE', submit);
    expect(dataOf(await standIn.waitFor(callbackFor(submit.id)))).toMatchObject({ flags: 64 });
    await new Promise((r) => setTimeout(r, 50));
    expect(store.rows().find((r) => r.status === 'downvoted')).toMatchObject({
      platform: 'discord',
      topFactId: 'snapchat-20-percent',
      feedback: 'Wanted the whole picture',
    });
  });

  it('shows /stats gaps to admins, privately', async () => {
    const gaps = makeStatsCommand('gaps');
    standIn.dispatch('INTERACTION_CREATE', gaps);
    const data = dataOf(await standIn.waitFor(callbackFor(gaps.id)));
    expect(data.flags).toBe(64);
    expect(JSON.stringify(data)).toContain('how often was snapchat used?');
    expect(APP_ID).toBeTruthy();
  });

  it('answers a user who asks too fast with a private slow-down', async () => {
    const fast = makeMember('900000000000000055');
    let last: ReturnType<typeof makeStatsCommand> | undefined;
    for (let i = 0; i < 6; i++) {
      last = makeStatsCommand('ask', [{ name: 'question', type: 3, value: 'snapchat?' }], { member: fast });
      standIn.dispatch('INTERACTION_CREATE', last);
      await standIn.waitFor(callbackFor(last.id));
    }
    const data = dataOf(await standIn.waitFor(callbackFor(last?.id ?? '')));
    expect(data.flags).toBe(64);
    expect(JSON.stringify(data)).toContain('asking faster than I can keep up with');
  });

  it('refuses /stats gaps politely to everyone else', async () => {
    const gaps = makeStatsCommand('gaps', [], {
      member: makeMember('900000000000000042'),
    });
    standIn.dispatch('INTERACTION_CREATE', gaps);
    const data = dataOf(await standIn.waitFor(callbackFor(gaps.id)));
    expect(JSON.stringify(data)).toContain('only for statbot admins');
  });
});
