// `npm run kb:check [dir]`: validates every pack (schema, ids, verbatim quotes, figures, number coverage).
import { loadConfig } from '../config/config.js';
import { StatbotError } from '../errors.js';
import { findPackProblems } from '../pack/check-pack.js';
import { findPackDirs, readPack } from '../pack/load-pack.js';

function main(): number {
  const dir = process.argv[2] ?? loadConfig(process.env).knowledgeDir;
  const packs = findPackDirs(dir).map(readPack);
  let failed = false;
  for (const pack of packs) {
    const problems = findPackProblems(pack);
    const label = `${pack.pack.id} (${pack.facts.length} facts, ${pack.entities.length} entities)`;
    if (problems.length === 0) {
      console.log(
        `ok   ${label}: schema, ids, related ids, verbatim quotes, figures in quotes, every source number covered`,
      );
      continue;
    }
    failed = true;
    console.log(`FAIL ${label}`);
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
