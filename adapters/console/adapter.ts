// Console adapter: an interactive (or piped) terminal chat that answers with citations.
import { createInterface } from 'node:readline';
import type { Adapter, AdapterDeps } from '../../src/app/adapter.js';
import { buildAsk } from '../../src/app/ask.js';
import { reportFailure } from '../../src/app/report-failure.js';
import { renderClaimsPlainText } from '../../src/render/claims-plain-text.js';
import { renderPlainText } from '../../src/render/plain-text.js';

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

const BANNER =
  'statbot: ask a question about the statistics I know, or type "check: <text>" to check the figures in a message ("help" for ideas, Ctrl+D to quit).';
/** `check: <text>` checks the claims in the text instead of answering it. */
const CHECK = /^\s*check\s*:\s*([\s\S]*)$/iu;

/** Creates the console adapter; `start()` resolves when the input ends. */
export function createAdapter(deps: AdapterDeps, options: ConsoleOptions = {}): Adapter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  let lines: ReturnType<typeof createInterface> | undefined;
  return {
    name: 'console',
    async start() {
      lines = createInterface({
        input,
        crlfDelay: Number.POSITIVE_INFINITY,
        terminal: interactive,
        ...(interactive ? { output } : {}),
      });
      if (interactive) {
        output.write(`${BANNER}\n`);
        lines.setPrompt('you> ');
        lines.prompt();
      }
      for await (const line of lines) {
        if (line.trim() === '' && interactive) {
          lines.prompt();
          continue;
        }
        try {
          const check = CHECK.exec(line);
          const ask = buildAsk({
            platform: 'console',
            userId: 'console',
            place: 'console',
            text: check?.[1] ?? line,
          });
          const text = check
            ? renderClaimsPlainText(await deps.service.check(ask.text, ask))
            : renderPlainText(await deps.service.ask(ask.text, ask));
          output.write(`${text}\n\n`);
        } catch (error) {
          output.write(`${reportFailure(deps.logger, 'console: failed to answer', error).apology}\n\n`);
        }
        if (interactive) lines.prompt();
      }
    },
    async stop() {
      lines?.close();
    },
  };
}
