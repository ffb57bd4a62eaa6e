// Console adapter: an interactive (or piped) terminal chat that answers with citations.
import { createInterface } from 'node:readline';
import type { Adapter, AdapterDeps } from '../../src/app/adapter.js';
import { buildAsk } from '../../src/app/ask.js';
import { reportFailure } from '../../src/app/report-failure.js';
import type { StatbotService } from '../../src/app/statbot-service.js';
import { renderFactPlainText, renderSourcesPlainText } from '../../src/render/catalogue-plain-text.js';
import { renderClaimsPlainText } from '../../src/render/claims-plain-text.js';
import { renderPlainText } from '../../src/render/plain-text.js';

export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** The terminal's language (STATBOT_LOCALE, else LC_ALL, LC_MESSAGES or LANG), passed on with each message. */
  locale?: string;
}

const BANNER =
  'statbot: ask a question about the statistics I know, or type "check: <text>" to check the figures in a message, "sources" for where they come from, "fact <id>" for one fact, or the number of a suggested question to ask it ("help" for ideas, "quit" or Ctrl+D to leave).';
/** `check: <text>` checks the claims in the text instead of answering it. */
const CHECK = /^\s*check\s*:\s*([\s\S]*)$/iu;
/** `sources`, `fact` and `fact <id>`, as on Slack and Discord ("source?" stays a follow-up question). */
const CATALOGUE = /^\s*(?:(sources)|fact(?:\s+(\S+))?)\s*$/iu;

/** Leaving the chat, as people type it in a terminal: "quit", "exit", "/quit", ":q", "bye", "bye then", "exit please". */
const LEAVE =
  /^\s*(?:\/|:)?(?:q|quit|exit|bye|goodbye)(?:\s+(?:then|now|please|pls|for now))?\s*[.!?]*\s*$/iu;

/** A line that is only the number of a question the last reply suggested ("2"). */
const PICK = /^\s*(\d{1,2})\s*\.?\s*$/u;

/** The questions the last reply suggested, in the order shown: a number typed next asks that one. */
interface Picks {
  questions: string[];
}

/** The reply to one line: a catalogue command, a claims check, a suggestion picked by its number, or a question. */
async function reply(service: StatbotService, line: string, picks: Picks, locale?: string): Promise<string> {
  const picked = PICK.exec(line);
  const chosen = picked ? picks.questions[Number(picked[1]) - 1] : undefined;
  if (chosen !== undefined) return reply(service, chosen, picks, locale);
  const catalogue = CATALOGUE.exec(line);
  if (catalogue?.[1]) return renderSourcesPlainText(service.sources());
  if (catalogue) {
    const id = catalogue[2] ?? '';
    return renderFactPlainText(id ? service.fact(id) : undefined, id, service.topics());
  }
  const check = CHECK.exec(line);
  const ask = buildAsk({
    platform: 'console',
    userId: 'console',
    place: 'console',
    text: check?.[1] ?? line,
    locale,
  });
  if (check) {
    picks.questions = [];
    return renderClaimsPlainText(await service.check(ask.text, ask));
  }
  const answer = await service.ask(ask.text, ask);
  picks.questions = answer.suggestions.map((s) => s.question);
  return renderPlainText(answer);
}

/** Creates the console adapter; `start()` resolves when the input ends. */
export function createAdapter(deps: AdapterDeps, options: ConsoleOptions = {}): Adapter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = Boolean((input as NodeJS.ReadStream).isTTY);
  let lines: ReturnType<typeof createInterface> | undefined;
  const picks: Picks = { questions: [] };
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
        if (LEAVE.test(line)) {
          lines.close();
          break;
        }
        try {
          output.write(`${await reply(deps.service, line, picks, options.locale)}\n\n`);
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
