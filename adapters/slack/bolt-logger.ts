// Lets Bolt and the Slack Web API client log through statbot's pino logger (secrets scrubbed).
import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { type Logger, scrubSecrets } from '../../src/logger.js';

function line(parts: unknown[]): string {
  return scrubSecrets(
    parts
      .map((p) => (typeof p === 'string' ? p : p instanceof Error ? p.message : JSON.stringify(p)))
      .join(' '),
  );
}

/** A Bolt logger writing to `logger` under `component: slack`. Bolt's own chatter is kept at debug. */
export function toBoltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  let level = 'info';
  return {
    debug: (...parts: unknown[]) => child.debug(line(parts)),
    info: (...parts: unknown[]) => child.debug(line(parts)),
    warn: (...parts: unknown[]) => child.warn(line(parts)),
    error: (...parts: unknown[]) => child.error(line(parts)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level as LogLevel,
    setName: () => undefined,
  };
}
