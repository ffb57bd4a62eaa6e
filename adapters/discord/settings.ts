// Discord's own settings: the token that starts it, the application and server ids, and sharding.
import { z } from 'zod';
import {
  blankToUndefined,
  type Env,
  optionalString,
  optionalUrl,
  parseEnv,
  switchedOn,
} from '../../src/config/env-schema.js';
import { ConfigError } from '../../src/errors.js';

const discordEnvSchema = z.object({
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalUrl,
  STATBOT_DISCORD_SHARDS: z.preprocess(
    blankToUndefined,
    z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], {
        message: 'must be "auto" or a whole number of shards',
      })
      .default(1),
  ),
});

export interface DiscordConfig {
  token: string;
  /** Shard processes: 1 runs in this process; more (or "auto", asked of Discord) use discord.js's ShardingManager. */
  shards: number | 'auto';
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
}

/** Discord's settings, or undefined when DISCORD_TOKEN is unset (Discord is off). Throws ConfigError naming the fix. */
export function discordSettingsFrom(source: Env): DiscordConfig | undefined {
  const env = parseEnv(discordEnvSchema, source);
  const token = switchedOn(
    env,
    'DISCORD_TOKEN',
    ['DISCORD_GUILD_ID'],
    'Set DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token).',
  );
  if (!token) return undefined;
  const { DISCORD_APPLICATION_ID: applicationId, DISCORD_GUILD_ID: guildId, DISCORD_API_URL: apiUrl } = env;
  if (applicationId && !/^\d{5,25}$/u.test(applicationId))
    throw new ConfigError(
      'DISCORD_APPLICATION_ID must be the numeric Application ID (Developer Portal → General Information).',
    );
  if (guildId && !/^\d{5,25}$/u.test(guildId))
    throw new ConfigError(
      'DISCORD_GUILD_ID must be a numeric server id (enable Developer Mode, right-click the server → Copy Server ID).',
    );
  return {
    token,
    shards: env.STATBOT_DISCORD_SHARDS,
    ...(applicationId ? { applicationId } : {}),
    ...(guildId ? { guildId } : {}),
    ...(apiUrl ? { apiUrl } : {}),
  };
}
