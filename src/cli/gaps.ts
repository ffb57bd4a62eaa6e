// `npm run gaps`: the most frequent unanswered, ambiguous and down-voted questions, grouped, with the nearest fact.
// `npm run gaps -- --purge-unsafe`: deletes stored rows that today's safety checks would not keep.
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { buildIndex } from '../core/retrieve/build-index.js';
import { StatbotError } from '../errors.js';
import { buildGapsReport, formatGapsExamples, formatGapsReport } from '../gaps/gaps-report.js';
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
  .option(
    '--examples <pack>',
    "print the questions as draft lines for that pack's examples.jsonl, each labelled with its nearest fact (check every label before adding them)",
  )
  .showHelpAfterError();
program.parse();
const options = program.opts<{ purgeUnsafe?: boolean; examples?: string }>();
const top = Number(program.args[0] ?? 20);
if (!Number.isInteger(top) || top < 1)
  program.error(`"${program.args[0]}" is not a number of groups (1 or more).`);
if (options.examples !== undefined && options.purgeUnsafe)
  program.error('Choose one: --examples prints drafts, --purge-unsafe deletes rows.');

try {
  const config = loadConfig(process.env);
  const packs = loadPacks(config.knowledgeDir);
  // (Before the database is opened: an unknown pack needs no rows read.)
  if (options.examples !== undefined && !packs.some((p) => p.pack.id === options.examples))
    throw new StatbotError(
      'unknown_pack',
      `No loaded pack has the id "${options.examples}" (loaded: ${packs.map((p) => p.pack.id).join(', ')}).`,
    );
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
    // Draft examples for one pack come only from the questions recorded under it.
    const asked = options.examples === undefined ? rows : rows.filter((r) => r.packId === options.examples);
    const groups = buildGapsReport(asked, buildIndex(packs), top);
    if (options.examples !== undefined) {
      process.stderr.write(
        'Draft example lines, each labelled with the fact that came nearest (or a decline when none did). Check every label: change the fact, or write "decline": true, before adding a line to the pack\'s examples.jsonl.\n',
      );
      const lines = formatGapsExamples(groups, options.examples);
      if (lines.length > 0) console.log(lines.join('\n'));
    } else {
      console.log(
        `Unanswered questions in ${where} (last ${config.gapsRetentionDays} days), most frequent first:\n`,
      );
      if (total > REPORT_ROWS)
        console.log(`(Read the newest ${REPORT_ROWS} of ${total} questions; older ones are not counted.)\n`);
      console.log(formatGapsReport(groups).join('\n'));
    }
  }
} catch (error) {
  const message =
    error instanceof StatbotError
      ? error.message
      : `The gaps database could not be read (${reasonOf(error)}). Check DATABASE_URL (PostgreSQL) or STATBOT_DB_PATH (SQLite: move the file aside to start a new one).`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
