// Reads and validates statbot's own settings from the environment, once, at start-up; each platform adapter
// reads its own (adapters/<platform>/settings.ts).
import { z } from 'zod';
import { blankToUndefined, type Env, parseEnv, portNumber } from './env-schema.js';

const DEFAULTS = {
  knowledgeDir: 'knowledge',
  dbPath: 'data/statbot.sqlite',
  gapsRetentionDays: 90,
  ratePoints: 20,
  rateWindowSeconds: 60,
  logLevel: 'info',
  port: 3000,
} satisfies Record<string, string | number>;

const envSchema = z.object({
  STATBOT_KNOWLEDGE_DIR: z.preprocess(blankToUndefined, z.string().default(DEFAULTS.knowledgeDir)),
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  ),
  PORT: portNumber(DEFAULTS.port),
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
        /^\s*(?:[a-z]+:[A-Za-z0-9]+\s*,?\s*)+$/u,
        'list platform user ids such as "slack:U0123ABC, discord:80351110224678912"',
      )
      .optional(),
  ),
});

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
  /** The port of the HTTP server a platform may run (Slack's HTTP mode). */
  port: number;
}

/** Parses settings from an environment object; throws ConfigError naming the variable and the fix. */
export function loadConfig(env: Env): Config {
  const env2 = parseEnv(envSchema, env);
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
  };
}
