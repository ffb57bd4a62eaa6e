// A bounded queue of database writes, run one at a time in order, each retried a few times, then dropped.
import type { Logger } from '../logger.js';

/** A write; `false` means "not yet possible" (e.g. the row is not there yet) and is retried like an error. */
export type Write = () => Promise<boolean | undefined>;

export interface WriteQueue {
  /** Queues a write; returns false (and warns) when the queue is full and the write is dropped. */
  push(write: Write): boolean;
  /** Resolves when every queued write has run or been dropped. */
  idle(): Promise<void>;
  readonly length: number;
}

export interface WriteQueueOptions {
  logger: Logger;
  /** Writes waiting at most; more are dropped (the database is down and replies must go on). */
  max?: number;
  /** Attempts per write. */
  attempts?: number;
  /** Delay before retry n (1-based). */
  retryDelayMs?: (attempt: number) => number;
}

/** Runs writes serially, so a row is written before the feedback that names it. */
export function createWriteQueue(options: WriteQueueOptions): WriteQueue {
  const max = options.max ?? 1000;
  const attempts = options.attempts ?? 3;
  const delay = options.retryDelayMs ?? ((n: number) => 200 * 2 ** (n - 1));
  const queue: Write[] = [];
  let running: Promise<void> | undefined;
  let dropped = 0;
  const warnDropped = (why: string, error?: unknown) => {
    dropped++;
    // One line per outage-sized burst, not one per question.
    if (dropped === 1 || dropped % 100 === 0)
      options.logger.warn({ err: error, dropped }, `gaps: a write was dropped (${why})`);
  };
  const attempt = async (write: Write) => {
    for (let n = 1; n <= attempts; n++) {
      try {
        if ((await write()) !== false) {
          dropped = 0;
          return;
        }
        if (n === attempts) warnDropped('its row never appeared');
      } catch (error) {
        if (n === attempts) warnDropped(`failed ${attempts} times`, error);
      }
      if (n < attempts) await new Promise((r) => setTimeout(r, delay(n)));
    }
  };
  const drain = async () => {
    for (let write = queue.shift(); write; write = queue.shift()) await attempt(write);
    running = undefined;
  };
  return {
    push(write) {
      if (queue.length >= max) {
        warnDropped('the queue is full');
        return false;
      }
      queue.push(write);
      running ??= drain();
      return true;
    },
    idle: () => running ?? Promise.resolve(),
    get length() {
      return queue.length;
    },
  };
}
