// The behaviour contract's driver for the console: the real adapter on piped streams, one line per question.
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { createAdapter } from '../../../adapters/console/adapter.js';
import type { ContractTarget, Delivery } from '../behaviour-contract.js';

export const consoleTarget: ContractTarget = {
  name: 'console',
  publicReplies: false,
  privateReplies: true,
  clicks: false,
  // One operator at a terminal: no other users, and no rate limit.
  users: false,
  locale: { ask: 'en-GB' },
  async start(deps) {
    const input = new PassThrough();
    const output = new PassThrough();
    // As the terminal's LANG would give it.
    const adapter = createAdapter(deps, { input, output, locale: 'en_GB.UTF-8' });
    const done = adapter.start();
    return {
      async ask(question): Promise<Delivery> {
        // Each answer is written in one piece, ending with a blank line.
        const next = once(output, 'data');
        input.write(`${question}\n`);
        const [chunk] = (await next) as [Buffer];
        return { text: chunk.toString(), private: true, canPing: false, feedback: false, suggestions: 0 };
      },
      userKey: () => 'console:console',
      async stop() {
        input.end();
        await done;
      },
    };
  },
};
