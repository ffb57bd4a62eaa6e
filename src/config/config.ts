// Reads and validates statbot's settings from the environment, once, at start-up.
import { z } from 'zod';
import { ConfigError } from '../errors.js';

const DEFAULTS = {
  knowledgeDir: 'knowledge',
  dbPath: 'data/statbot.sqlite',
  gapsRetentionDays: 90,
  ratePoints: 20,
  rateWindowSeconds: 60,
  logLevel: 'info',
  port: 3000,
} satisfies Record<string, string | number>;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());
const optionalUrl = z.preprocess(
  blankToUndefined,
  z.url({ message: 'must be a full URL such as https://example.com/api/' }).optional(),
);

const envSchema = z.object({
  STATBOT_KNOWLEDGE_DIR: z.preprocess(blankToUndefined, z.string().default(DEFAULTS.knowledgeDir)),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  ),
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).default(DEFAULTS.port)),
  STATBOT_DB_PATH: z.preprocess(blankToUndefined, z.string().default(DEFAULTS.dbPath)),
  STATBOT_RATE_LIMIT_POINTS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).max(100_000).default(DEFAULTS.ratePoints),
  ),
  STATBOT_RATE_LIMIT_WINDOW_SECONDS: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).max(86_400).default(DEFAULTS.rateWindowSeconds),
  ),
  REDIS_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//u, 'must start with redis:// or rediss://')
      .optional(),
  ),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(
        /^postgres(?:ql)?:\/\/\S+$/u,
        'must be a PostgreSQL URL such as postgres://user:password@host:5432/statbot',
      )
      .optional(),
  ),
  STATBOT_GAPS_RETENTION_DAYS: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: 'must be a whole number of days' })
      .int()
      .min(1)
      .max(3650)
      .default(DEFAULTS.gapsRetentionDays),
  ),
  STATBOT_ADMINS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(
        /^\s*(?:(?:slack|discord):[A-Za-z0-9]+\s*,?\s*)+$/u,
        'list platform user ids such as "slack:U0123ABC, discord:80351110224678912"',
      )
      .optional(),
  ),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalUrl,
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

/** Slack settings: Socket Mode when an app token is given, else HTTP mode with a signing secret. */
export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string; signingSecret?: string; apiUrl?: string }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number; apiUrl?: string };

export interface DiscordConfig {
  token: string;
  /** Shard processes: 1 runs in this process; more (or "auto", asked of Discord) use discord.js's ShardingManager. */
  shards: number | 'auto';
  applicationId?: string;
  guildId?: string;
  apiUrl?: string;
}

export interface Config {
  knowledgeDir: string;
  /** SQLite file for the gaps report (":memory:" keeps nothing); unused when `databaseUrl` is set. */
  dbPath: string;
  /** PostgreSQL for the gaps report, shared by every replica (SQLite at `dbPath` when unset). */
  databaseUrl?: string;
  /** Redis shared by every replica: rate limits, conversation context, Slack de-duplication. */
  redisUrl?: string;
  gapsRetentionDays: number;
  /** `platform:userId` of admins (may see /stats gaps). */
  admins: string[];
  /** Questions each user may ask per window. */
  rateLimit: { points: number; windowSeconds: number; redisUrl?: string };
  /** Unset means "the entry point's own default". */
  logLevel?: string;
  port: number;
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

function slackFrom(env: z.infer<typeof envSchema>): SlackConfig | undefined {
  const {
    SLACK_BOT_TOKEN: botToken,
    SLACK_APP_TOKEN: appToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: apiUrl,
  } = env;
  if (!botToken) {
    if (appToken || signingSecret) {
      throw new ConfigError(
        'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not. Set SLACK_BOT_TOKEN (xoxb-…) from your Slack app\'s "OAuth & Permissions" page, or unset the others.',
      );
    }
    return undefined;
  }
  if (!botToken.startsWith('xoxb-')) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (Slack app → OAuth & Permissions → Bot User OAuth Token).',
    );
  }
  if (appToken) {
    if (!appToken.startsWith('xapp-')) {
      throw new ConfigError(
        'SLACK_APP_TOKEN must be an app-level token starting with "xapp-" with the connections:write scope (Slack app → Basic Information → App-Level Tokens).',
      );
    }
    return {
      mode: 'socket',
      botToken,
      appToken,
      ...(signingSecret ? { signingSecret } : {}),
      ...(apiUrl ? { apiUrl } : {}),
    };
  }
  if (!signingSecret) {
    throw new ConfigError(
      'Slack needs SLACK_APP_TOKEN (Socket Mode, recommended) or SLACK_SIGNING_SECRET (HTTP mode). Set one of them.',
    );
  }
  return { mode: 'http', botToken, signingSecret, port: env.PORT, ...(apiUrl ? { apiUrl } : {}) };
}

function discordFrom(env: z.infer<typeof envSchema>): DiscordConfig | undefined {
  const {
    DISCORD_TOKEN: token,
    DISCORD_APPLICATION_ID: applicationId,
    DISCORD_GUILD_ID: guildId,
    DISCORD_API_URL: apiUrl,
  } = env;
  if (!token) {
    if (guildId)
      throw new ConfigError(
        'DISCORD_GUILD_ID is set but DISCORD_TOKEN is not. Set DISCORD_TOKEN (Developer Portal → your application → Bot → Reset Token).',
      );
    return undefined;
  }
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

/** Parses settings from an environment object; throws ConfigError naming the variable and the fix. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `${String(issue?.path[0] ?? 'setting')}: ${issue?.message ?? 'invalid'}. Fix it in your environment or .env file.`,
      {
        cause: parsed.error,
      },
    );
  }
  const env2 = parsed.data;
  const slack = slackFrom(env2);
  const discord = discordFrom(env2);
  return {
    knowledgeDir: env2.STATBOT_KNOWLEDGE_DIR,
    dbPath: env2.STATBOT_DB_PATH,
    rateLimit: {
      points: env2.STATBOT_RATE_LIMIT_POINTS,
      windowSeconds: env2.STATBOT_RATE_LIMIT_WINDOW_SECONDS,
      ...(env2.REDIS_URL ? { redisUrl: env2.REDIS_URL } : {}),
    },
    ...(env2.DATABASE_URL ? { databaseUrl: env2.DATABASE_URL } : {}),
    ...(env2.REDIS_URL ? { redisUrl: env2.REDIS_URL } : {}),
    gapsRetentionDays: env2.STATBOT_GAPS_RETENTION_DAYS,
    admins: (env2.STATBOT_ADMINS ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    ...(env2.LOG_LEVEL ? { logLevel: env2.LOG_LEVEL } : {}),
    port: env2.PORT,
    ...(slack ? { slack } : {}),
    ...(discord ? { discord } : {}),
  };
}
