// `npm run ask -- [--json] "question"`: answers one question, or one per stdin line, from the packs.
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { answerQuestion } from '../core/answer-question.js';
import { buildIndex } from '../core/build-index.js';
import { StatbotError } from '../errors.js';
import { loadPacks } from '../pack/load-pack.js';
import { renderPlainText } from '../render/plain-text.js';
import { toReplyJson } from './reply-json.js';

const program = new Command()
  .name('ask')
  .description(
    'Answer questions from the knowledge packs. With no question, reads one question per line from stdin.',
  )
  .argument('[question...]', 'the question (quote it)')
  .option('--json', 'print one JSON object per question')
  .option('-k, --knowledge <dir>', 'knowledge folder (default: STATBOT_KNOWLEDGE_DIR or ./knowledge)')
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ json?: boolean; knowledge?: string }>();
  const config = loadConfig(process.env);
  const index = buildIndex(loadPacks(opts.knowledge ?? config.knowledgeDir));
  const print = (question: string) => {
    const reply = answerQuestion(question, index);
    process.stdout.write(
      opts.json ? `${JSON.stringify(toReplyJson(reply))}\n` : `${renderPlainText(reply)}\n\n`,
    );
  };
  const words = program.args;
  if (words.length > 0) {
    print(words.join(' '));
    return;
  }
  if (process.stdin.isTTY) {
    program.help({ error: true });
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) print(line);
}

main().catch((error: unknown) => {
  const message =
    error instanceof StatbotError
      ? error.message
      : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
});
