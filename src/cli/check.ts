// `npm run check -- [--json] "text"`: checks the statistical claims in one message, or one per stdin line.
import { once } from 'node:events';
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { checkMessage } from '../core/claims/index.js';
import { buildIndex } from '../core/retrieve/build-index.js';
import { loadPacks } from '../pack/load-pack.js';
import { toClaimsJson } from '../render/claims-json.js';
import { renderClaimsPlainText } from '../render/claims-plain-text.js';
import { readLines } from './read-lines.js';
import { runLineTool } from './run-line-tool.js';

const program = new Command()
  .name('check')
  .description(
    'Check the statistics in a message against the knowledge packs. With no text, reads one message per line from stdin.',
  )
  .argument('[text...]', 'the message to check (quote it)')
  .option('--json', 'print one JSON object per message')
  .option('-k, --knowledge <dir>', 'knowledge folder (default: STATBOT_KNOWLEDGE_DIR or ./knowledge)')
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ json?: boolean; knowledge?: string }>();
  const config = loadConfig(process.env);
  const index = buildIndex(loadPacks(opts.knowledge ?? config.knowledgeDir));
  const print = async (text: string) => {
    const reply = checkMessage(text, index);
    const out = opts.json
      ? `${JSON.stringify(toClaimsJson(reply))}\n`
      : `${renderClaimsPlainText(reply)}\n\n`;
    // Wait for a slow reader instead of holding every result in memory.
    if (!process.stdout.write(out)) await once(process.stdout, 'drain');
  };
  const words = program.args;
  if (words.length > 0) {
    await print(words.join(' '));
    return;
  }
  if (process.stdin.isTTY) program.help({ error: true });
  for await (const line of readLines(process.stdin)) await print(line);
}

runLineTool(main, 'results');
