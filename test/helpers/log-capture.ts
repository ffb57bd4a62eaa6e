// A pino logger whose lines are kept in memory, so tests can read what was logged.
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.js';

export function captureLogs(level = 'debug'): { logger: Logger; lines: () => string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(level, stream), lines: () => lines };
}
