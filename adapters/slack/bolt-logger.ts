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
  // Bolt logs several debug lines per request; format them only when someone will read them.
  const at =
    (pinoLevel: 'debug' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      if (child.isLevelEnabled(pinoLevel)) child[pinoLevel](line(parts));
    };
  return {
    debug: at('debug'),
    info: at('debug'),
    warn: at('warn'),
    error: at('error'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level as LogLevel,
    setName: () => undefined,
  };
}
