// The last line of defence: a fault in a library's request handling must not end the process for everyone.
import type { Logger } from '../logger.js';

/** Logs an unhandled promise rejection and keeps the process running (Node's default is to exit). */
export function keepRunningOnUnhandledRejection(logger: Logger): void {
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection (a bug); still running'),
  );
}
