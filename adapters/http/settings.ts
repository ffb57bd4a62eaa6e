// The HTTP API's own settings, parsed once from the environment the composition root hands in.
import { z } from 'zod';
import { blankToUndefined, type Env, parseEnv, portNumber } from '../../src/config/env-schema.js';

const DEFAULTS = { port: 8787, host: '0.0.0.0' } satisfies Record<string, string | number>;

/** The variables this adapter reads; nothing else of the environment. */
export const httpSettingsSchema = z.object({
  STATBOT_API_TOKENS: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
      )
      .pipe(
        z
          .array(
            z.string().min(16, 'each token must be at least 16 characters (e.g. `openssl rand -hex 32`)'),
          )
          .min(1),
      )
      .optional(),
  ),
  STATBOT_API_PORT: portNumber(DEFAULTS.port),
  STATBOT_API_HOST: z.preprocess(blankToUndefined, z.string().trim().default(DEFAULTS.host)),
});

export interface HttpSettings {
  /** Bearer tokens accepted (several, so one can be rotated out while another is in use). */
  tokens: string[];
  port: number;
  host: string;
}

/** The API's settings, or undefined when `STATBOT_API_TOKENS` is unset (the API is off). */
export function httpSettingsFrom(env: Env): HttpSettings | undefined {
  const {
    STATBOT_API_TOKENS: tokens,
    STATBOT_API_PORT: port,
    STATBOT_API_HOST: host,
  } = parseEnv(httpSettingsSchema, env);
  return tokens ? { tokens, port, host } : undefined;
}
