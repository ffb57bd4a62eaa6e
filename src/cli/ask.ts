// `npm run ask -- [--json] "question"`: answers one question, or one per stdin line, from the packs.
import { once } from 'node:events';
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { answerQuestion } from '../core/answer-question.js';
import { buildIndex } from '../core/retrieve/build-index.js';
import { loadPacks } from '../pack/load-pack.js';
import { renderPlainText } from '../render/plain-text.js';
import { toReplyJson } from '../render/reply-json.js';
import { readLines } from './read-lines.js';
import { renderExplanation } from './render-explanation.js';
import { runLineTool } from './run-line-tool.js';

const program = new Command()
  .name('ask')
  .description(
    'Answer questions from the knowledge packs. With no question, reads one question per line from stdin.',
  )
  .argument('[question...]', 'the question (quote it)')
  .option('--json', 'print one JSON object per question')
  .option('--explain', 'also say how each question was understood and why it was answered or declined')
  .option('-k, --knowledge <dir>', 'knowledge folder (default: STATBOT_KNOWLEDGE_DIR or ./knowledge)')
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ json?: boolean; explain?: boolean; knowledge?: string }>();
  const config = loadConfig(process.env);
  const index = buildIndex(loadPacks(opts.knowledge ?? config.knowledgeDir));
  const print = async (question: string) => {
    const reply = answerQuestion(question, index, { explain: opts.explain === true });
    const text = opts.json
      ? `${JSON.stringify(toReplyJson(reply))}\n`
      : `${renderPlainText(reply)}\n${reply.explain ? `${renderExplanation(reply.explain)}\n` : ''}\n`;
    // Wait for a slow reader instead of holding every answer in memory.
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  };
  const words = program.args;
  if (words.length > 0) {
    await print(words.join(' '));
    return;
  }
  if (process.stdin.isTTY) {
    program.help({ error: true });
  }
  for await (const line of readLines(process.stdin)) await print(line);
}

runLineTool(main, 'answers');
