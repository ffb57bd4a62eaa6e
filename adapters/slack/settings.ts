// Slack's own settings: which variables start it, Socket Mode or HTTP mode, and the fix when they contradict.
import { z } from 'zod';
import {
  type Env,
  optionalString,
  optionalUrl,
  parseEnv,
  portNumber,
  switchedOn,
} from '../../src/config/env-schema.js';
import { ConfigError } from '../../src/errors.js';

const slackEnvSchema = z.object({
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalUrl,
  /** HTTP mode's port, shared with statbot's own settings (the health checks use it). */
  PORT: portNumber(3000),
});

/** Slack settings: Socket Mode when an app token is given, else HTTP mode with a signing secret. */
export type SlackConfig =
  | { mode: 'socket'; botToken: string; appToken: string; signingSecret?: string; apiUrl?: string }
  | { mode: 'http'; botToken: string; signingSecret: string; port: number; apiUrl?: string };

/** Slack's settings, or undefined when SLACK_BOT_TOKEN is unset (Slack is off). Throws ConfigError naming the fix. */
export function slackSettingsFrom(source: Env): SlackConfig | undefined {
  const env = parseEnv(slackEnvSchema, source);
  const botToken = switchedOn(
    env,
    'SLACK_BOT_TOKEN',
    ['SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'],
    'Set SLACK_BOT_TOKEN (xoxb-…) from your Slack app\'s "OAuth & Permissions" page, or unset the others.',
  );
  if (!botToken) return undefined;
  const { SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_API_URL: apiUrl } = env;
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
