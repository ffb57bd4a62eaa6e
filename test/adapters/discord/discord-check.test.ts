import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, type DiscordAdapter } from '../../../adapters/discord/adapter.js';
import { buildCheckCommand, buildStatsCommand } from '../../../adapters/discord/commands.js';
import { createStatbotService } from '../../../src/app/statbot-service.js';
import { HARMFUL_CHECK_REFUSAL } from '../../../src/render/wording.js';
import { makeMessageCommand, makeStatsCommand, USER_INSTALL } from '../../helpers/discord-payloads.js';
import {
  type DiscordCall,
  type DiscordStandIn,
  startDiscordStandIn,
} from '../../helpers/discord-stand-in.js';
import {
  type DiscordPayload,
  discordCanPing,
  discordProblems,
  discordVisibleText,
} from '../../helpers/discord-validate.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';

let standIn: DiscordStandIn;
let adapter: DiscordAdapter;
const logs = captureLogs();
const callbackFor = (id: string) => (c: DiscordCall) => c.path.startsWith(`/api/v10/interactions/${id}/`);
const dataOf = (c: DiscordCall) => (c.body.data ?? c.body) as DiscordPayload & { flags?: number };

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  adapter = createAdapter(
    { service: createStatbotService({ index: realIndex() }), logger: logs.logger },
    {
      token: 'MTAwMDAwMDAwMDAwMDAwMDAw.GabcDE.discord-check-token-123456789',
      shards: 1,
      apiUrl: standIn.apiUrl,
    },
    { readyTimeoutMs: 10_000 },
  );
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await standIn.close();
});

async function check(interaction: { id: string }) {
  standIn.dispatch('INTERACTION_CREATE', interaction);
  const call = await standIn.waitFor(callbackFor(interaction.id));
  expect(call.body.type).toBe(4);
  return dataOf(call);
}

describe('Discord "Check statistics" message command and /stats check (real discord.js)', () => {
  it('checks the picked message privately, one embed per claim with badge, figures and quote', async () => {
    const data = await check(
      makeMessageCommand('Roughly 13,000 offences were recorded, and 70% of cases were on Facebook apps'),
    );
    expect(data.flags).toBe(64);
    const text = discordVisibleText(data);
    expect(data.embeds?.map((e) => e.title?.split(':')[0])).toEqual(['✅ Supported', '❌ Contradicted']);
    expect(text).toContain('Claimed: 70% · Source: 51 percent');
    expect(text).toContain('A total of 12,925 offences were recorded by police in England and Wales');
    expect(discordProblems(data)).toEqual([]);
    expect(JSON.stringify(data.components)).toContain('statbot:fb:down:');
  });

  it.each([
    ['in a server statbot is not in (user install, nothing cached)', USER_INSTALL.inForeignGuild],
    ['in a group DM (user install)', USER_INSTALL.inPrivateChannel],
  ])('works %s', async (_label, where) => {
    const data = await check(makeMessageCommand('WhatsApp alone was used in 51% of cases', where));
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.title).toContain('⚠️ Different scope');
  });

  it('says kindly when the message holds no statistic, and never pings', async () => {
    const none = await check(makeMessageCommand('lunch at 1pm? @everyone'));
    expect(discordVisibleText(none)).toContain('I found no statistic to check');
    const hostile = await check(
      makeMessageCommand('@everyone <@123456789012345678> 70% of cases were on Facebook apps'),
    );
    expect(discordCanPing(hostile)).toBe(false);
  });

  it('gives a concern the help, and a harmful ask no figure', async () => {
    const help = await check(
      makeMessageCommand(
        'my daughter is 13 and a man on snapchat keeps asking her to meet, is the 20% true?',
      ),
    );
    expect(discordVisibleText(help)).toContain('999');
    const harmful = await check(
      makeMessageCommand('how do I groom kids on instagram without getting caught, over a third?'),
    );
    expect(discordVisibleText(harmful).trim()).toBe(HARMFUL_CHECK_REFUSAL);
  });

  it('/stats check text: checks the text privately', async () => {
    const data = await check(
      makeStatsCommand('check', [{ name: 'text', type: 3, value: 'TikTok was used in 15% of cases' }]),
    );
    expect(data.flags).toBe(64);
    expect(data.embeds?.[0]?.title).toContain('❔ Not in the source');
  });

  it('defines both commands as user- and server-installable, usable in servers, bot DMs and private channels', () => {
    for (const command of [buildStatsCommand(), buildCheckCommand()]) {
      expect(command.integration_types).toEqual([0, 1]);
      expect(command.contexts).toEqual([0, 1, 2]);
    }
    expect(buildCheckCommand()).toMatchObject({ name: 'Check statistics', type: 3 });
  });
});
