// `npm run kb:check [dir] [--strict] [--ignore-numbers …]`: validates every pack (schema, ids, verbatim quotes, figures, number coverage).
import { Command } from 'commander';
import { loadConfig } from '../config/config.js';
import { StatbotError } from '../errors.js';
import { findPackProblems } from '../pack/check-pack.js';
import { findPackDirs, readPack } from '../pack/load-pack.js';

/** "20, 2024 1.0" → 20, 2024, 1.0; a thousands comma ("1,214") stays inside its number. */
function collectNumbers(value: string, previous: string[]): string[] {
  return [...previous, ...value.split(/\s+|,(?!\d{3}(?!\d))/u).filter((n) => n !== '')];
}

const program = new Command()
  .name('kb:check')
  .description(
    'Checks knowledge packs: the format, unique ids, related ids, that every quote is word for word in the source text, that every figure and every number we write is in its quote, and which source numbers no fact covers.',
  )
  .argument('[dir]', 'a pack folder, or a folder of pack folders (default: the configured knowledge folder)')
  .option('--strict', 'fail on warnings too (for CI)')
  .option(
    '--ignore-numbers <numbers>',
    'source numbers that are not statistics (a release date, a licence version), so no fact need cover them: "20 2024 1.0" or 20,2024 (repeatable)',
    collectNumbers,
    [] as string[],
  )
  .addHelpText(
    'after',
    '\nErrors make the run fail (statbot refuses such a pack); warnings only with --strict.\nAn ignored number is ignored wherever the source writes it.',
  )
  .parse();

function main(): number {
  const dir = program.args[0] ?? loadConfig(process.env).knowledgeDir;
  const opts = program.opts<{ strict?: boolean; ignoreNumbers: string[] }>();
  const strict = opts.strict === true;
  const ignoreNumbers = opts.ignoreNumbers;
  const ignoring = ignoreNumbers.length > 0 ? ` (ignoring ${ignoreNumbers.join(', ')})` : '';
  const packs = findPackDirs(dir).map(readPack);
  let failed = false;
  for (const pack of packs) {
    const problems = findPackProblems(pack, { ignoreNumbers });
    const label = `${pack.pack.id} (${pack.facts.length} facts, ${pack.entities.length} entities)`;
    const fails = problems.some((p) => p.level === 'error' || strict);
    if (problems.length === 0) {
      console.log(
        `ok   ${label}: schema, ids, related ids, verbatim quotes, figures in quotes, every source number covered${ignoring}`,
      );
      continue;
    }
    failed ||= fails;
    const warnings = problems.filter((p) => p.level === 'warning').length;
    console.log(
      fails ? `FAIL ${label}` : `ok   ${label}, with ${warnings} warning(s) (--strict fails on warnings)`,
    );
    const placeholders = problems.filter((p) => p.placeholder).length;
    if (placeholders > 0) {
      const others = problems.filter((p) => p.level === 'error' && !p.placeholder).length;
      console.log(
        `  ${placeholders} error(s) are placeholders left by pack:new for you to fill in; ${others === 0 ? 'there are no other errors' : `${others} other error(s) to fix`}.`,
      );
    }
    for (const p of problems) console.log(`  ${p.level}: ${p.path}: ${p.message}`);
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`${error instanceof StatbotError ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
