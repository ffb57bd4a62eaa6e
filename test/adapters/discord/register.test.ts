import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommands, buildStatsCommand } from '../../../adapters/discord/commands.js';
import {
  APP_ID,
  type DiscordStandIn,
  GUILD_ID,
  startDiscordStandIn,
} from '../../helpers/discord-stand-in.js';
import { runScript } from '../../helpers/run-node.js';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn();
});
afterAll(async () => {
  await standIn.close();
});

describe('npm run discord:register', () => {
  it('PUTs /stats and Check statistics to the guild route when DISCORD_GUILD_ID is set', async () => {
    const { code, stdout } = await runScript('src/cli/discord-register.ts', [], '', {
      DISCORD_TOKEN: 'register-test-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: standIn.apiUrl,
    });
    expect(code).toBe(0);
    expect(stdout).toContain(`Registered /stats and Check statistics in server ${GUILD_ID}.`);
    const call = await standIn.waitFor(
      (c) => c.method === 'PUT' && c.path === `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`,
    );
    expect(call.body).toEqual(buildCommands() as unknown as Record<string, unknown>);
    expect(buildCommands().map((c) => c.name)).toEqual(['stats', 'Check statistics']);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const { code } = await runScript('src/cli/discord-register.ts', [], '', {
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: standIn.apiUrl,
    });
    expect(code).toBe(0);
    await standIn.waitFor((c) => c.method === 'PUT' && c.path === `/api/v10/applications/${APP_ID}/commands`);
  });

  it('says which setting is missing', async () => {
    const { code, stderr } = await runScript('src/cli/discord-register.ts', [], '', { DISCORD_TOKEN: 't' });
    expect(code).toBe(1);
    expect(stderr).toContain('Set DISCORD_APPLICATION_ID');
  });

  it('defines ask (with autocomplete and private), fact, topics, sources, help, gaps and check', () => {
    const command = buildStatsCommand();
    const subs = (command.options ?? []) as Array<{
      name: string;
      options?: Array<{ name: string; autocomplete?: boolean; required?: boolean }>;
    }>;
    expect(subs.map((s) => s.name)).toEqual(['ask', 'fact', 'topics', 'sources', 'help', 'gaps', 'check']);
    expect(subs[0]?.options).toMatchObject([
      { name: 'question', required: true, autocomplete: true },
      { name: 'private' },
    ]);
    expect(subs[1]?.options).toMatchObject([{ name: 'id', required: true, autocomplete: true }]);
  });
});
