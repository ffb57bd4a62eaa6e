// Pieces both platform stand-ins use: reading a request body and waiting for a captured call.
import type { IncomingMessage } from 'node:http';

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => {
      data += c.toString();
    });
    req.on('end', () => resolve(data));
  });
}

let wakers: Array<() => void> = [];

/** Tells every waiting `pollFor` that a stand-in recorded a call, so it looks at once. */
export function callsChanged(): void {
  for (const wake of wakers.splice(0)) wake();
}

/** Resolves on the next `callsChanged`, or after `ms` at the latest (for calls changed without a notice). */
function nextChange(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      wakers = wakers.filter((w) => w !== done);
      resolve();
    }
    wakers.push(done);
  });
}

/** How often a waiting `pollFor` looks at every call again, for a call changed in place rather than added. */
const RESCAN_MS = 50;

/**
 * Waits until a call in `calls` matches, or fails after `timeoutMs` listing what was seen. It wakes as soon as a
 * stand-in records a call and looks only at the calls added since; every call is looked at again now and then.
 */
export async function pollFor<C>(
  calls: readonly C[],
  match: (c: C) => boolean,
  timeoutMs: number,
  describe: (c: C) => string,
): Promise<C> {
  const deadline = Date.now() + timeoutMs;
  let scanned = 0;
  let rescannedAt = 0;
  for (;;) {
    const now = Date.now();
    if (now - rescannedAt >= RESCAN_MS) {
      scanned = 0;
      rescannedAt = now;
    }
    for (; scanned < calls.length; scanned++) {
      const call = calls[scanned] as C;
      if (match(call)) return call;
    }
    if (now > deadline)
      throw new Error(`no matching call within ${timeoutMs} ms; saw ${calls.map(describe).join(', ')}`);
    await nextChange(10);
  }
}

/** Runs `work` on every item, at most `limit` at a time, and fails on the first failure. */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
