// `npm run discord:register`: registers /stats and "Check statistics" globally, or in one server when DISCORD_GUILD_ID is set.
import { REST, Routes } from 'discord.js';
import { buildCommands } from '../../adapters/discord/commands.js';
import { discordSettingsFrom } from '../../adapters/discord/settings.js';
import { loadEnvFile } from '../config/env-file.js';
import { ConfigError, StatbotError } from '../errors.js';
import { scrubSecrets } from '../logger.js';

async function main(): Promise<void> {
  // README: set DISCORD_TOKEN (in .env or the environment), then register.
  loadEnvFile();
  const discord = discordSettingsFrom(process.env);
  if (!discord)
    throw new ConfigError(
      'Set DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token) to register /stats.',
    );
  if (!discord.applicationId)
    throw new ConfigError(
      'Set DISCORD_APPLICATION_ID (Developer Portal → General Information → Application ID) to register /stats.',
    );
  const rest = new REST({ version: '10', ...(discord.apiUrl ? { api: discord.apiUrl } : {}) }).setToken(
    discord.token,
  );
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  try {
    await rest.put(route, { body: buildCommands() });
  } catch (error) {
    const status = (error as { status?: number }).status;
    throw new StatbotError(
      'DISCORD_REGISTER_FAILED',
      `Discord refused the command registration${status ? ` (HTTP ${status})` : ''}: ${error instanceof Error ? error.message : String(error)}. Check DISCORD_TOKEN and DISCORD_APPLICATION_ID.`,
      { cause: error },
    );
  }
  console.log(
    discord.guildId
      ? `Registered /stats and Check statistics in server ${discord.guildId}.`
      : 'Registered /stats and Check statistics globally (servers and users that install statbot).',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${scrubSecrets(error instanceof StatbotError ? error.message : `Could not register /stats: ${String(error)}`)}\n`,
  );
  process.exitCode = 1;
});
