// `npm run gaps`: the most frequent unanswered, ambiguous and down-voted questions, grouped, with the nearest fact.
// `npm run gaps -- --purge-unsafe`: deletes stored rows that today's safety checks would not keep.
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { buildIndex } from '../core/retrieve/build-index.js';
import { StatbotError } from '../errors.js';
import { buildGapsReport, formatGapsReport } from '../gaps/gaps-report.js';
import { publicNamesOf, reviewStoredText } from '../gaps/keep-question.js';
import { openConfiguredGapsStore } from '../gaps/open-gaps-store.js';
import { createLogger } from '../logger.js';
import { loadPacks } from '../pack/load-pack.js';
import { reasonOf } from '../state/dependency-health.js';

/** Rows the report reads at most; the output says so when there are more. */
const REPORT_ROWS = 10_000;

const program = new Command('gaps')
  .description('Print the questions statbot could not answer well, most frequent first.')
  .argument('[top]', 'how many groups to print', '20')
  .option(
    '--purge-unsafe',
    'delete stored rows that would not be kept today (safeguarding, harmful, not a statistics question) and redact the rest',
  )
  .showHelpAfterError();
program.parse();
const options = program.opts<{ purgeUnsafe?: boolean }>();

try {
  const config = loadConfig(process.env);
  const packs = loadPacks(config.knowledgeDir);
  const publicNames = publicNamesOf(packs);
  const { store, where } = openConfiguredGapsStore(config, {
    logger: createLogger('warn'),
    review: (text, reason) => reviewStoredText(text, publicNames, reason),
    strict: true,
  });
  if (options.purgeUnsafe) {
    const { deleted, rewritten } = await Promise.resolve(store.purgeUnsafe()).finally(() => store.close());
    console.log(`${where}: deleted ${deleted} row(s) that would not be kept today; redacted ${rewritten}.`);
  } else {
    const read = Promise.all([store.count(), store.rows(REPORT_ROWS)]);
    const [total, rows] = await read.finally(() => store.close());
    const groups = buildGapsReport(rows, buildIndex(packs), Number(program.args[0] ?? 20));
    console.log(
      `Unanswered questions in ${where} (last ${config.gapsRetentionDays} days), most frequent first:\n`,
    );
    if (total > REPORT_ROWS)
      console.log(`(Read the newest ${REPORT_ROWS} of ${total} questions; older ones are not counted.)\n`);
    console.log(formatGapsReport(groups).join('\n'));
  }
} catch (error) {
  const message =
    error instanceof StatbotError
      ? error.message
      : `The gaps database could not be read (${reasonOf(error)}). Check DATABASE_URL (PostgreSQL) or STATBOT_DB_PATH (SQLite: move the file aside to start a new one).`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
