// Structured logging with pino, to stderr so stdout stays for answers; secrets are redacted.
import { type Logger, pino } from 'pino';

export type { Logger };

/** Keys whose values never reach a log line. */
export const REDACTED_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'password',
  'authorization',
  'secret',
  'tokens',
  '*.token',
  '*.tokens',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  '*.secret',
  '*.password',
  'headers.authorization',
  'req.headers.authorization',
  'config.token',
  'config.slack.botToken',
  'config.slack.appToken',
  'config.slack.signingSecret',
  'config.discord.token',
];

const TOKEN_PATTERN = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|[MNO][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38})\b/gu;

/** Removes anything that looks like a Slack or Discord token from a message. */
export function scrubSecrets(text: string): string {
  return text.replace(TOKEN_PATTERN, '[redacted]');
}

/** A JSON logger writing to `destination` (stderr by default). */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { app: 'statbot' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as typeof args;
          method.apply(this, scrubbed);
        },
      },
    },
    destination as pino.DestinationStream,
  );
}
