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

/** Polls `calls` until one matches, or fails after `timeoutMs` listing what was seen. */
export async function pollFor<C>(
  calls: readonly C[],
  match: (c: C) => boolean,
  timeoutMs: number,
  describe: (c: C) => string,
): Promise<C> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = calls.find(match);
    if (hit) return hit;
    if (Date.now() > deadline)
      throw new Error(`no matching call within ${timeoutMs} ms; saw ${calls.map(describe).join(', ')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
