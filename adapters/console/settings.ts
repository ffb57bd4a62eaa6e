// The console's own settings: the terminal's language, passed on with each message it asks.
import { z } from 'zod';
import { blankToUndefined, type Env, optionalString, parseEnv } from '../../src/config/env-schema.js';
import { LOCALE_TAG, readLocale } from '../../src/text/locale.js';

const consoleEnvSchema = z.object({
  STATBOT_LOCALE: z.preprocess(
    blankToUndefined,
    z.string().trim().regex(LOCALE_TAG, 'must be a language tag such as "en-GB"').optional(),
  ),
  // The terminal's own, read leniently: "C" or "C.UTF-8" names no language and is not an error.
  LC_ALL: optionalString,
  LC_MESSAGES: optionalString,
  LANG: optionalString,
});

export interface ConsoleSettings {
  /** STATBOT_LOCALE, else the terminal's (LC_ALL, else LC_MESSAGES, else LANG; "C" names none). */
  locale?: string;
}

/** The console's settings; a malformed STATBOT_LOCALE stops start-up with a ConfigError naming it. */
export function consoleSettingsFrom(source: Env): ConsoleSettings {
  const env = parseEnv(consoleEnvSchema, source);
  const locale = readLocale(env.STATBOT_LOCALE) ?? readLocale(env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG);
  return locale ? { locale } : {};
}
