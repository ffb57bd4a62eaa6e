// `npm run examples:build`: writes the example questions of the NSPCC pack (knowledge/nspcc-online-grooming) and the
// roads fixture (test/fixtures/packs/eastmoor-roads-2023) from their blind question sets, leaving out the sets kept
// as measures (src/eval/question-examples.ts). Run it after adding a set; `npm test` checks the files are current.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../core/retrieve/build-index.js';
import { examplesFrom, nspccExampleSets, packExampleSets } from '../eval/question-examples.js';
import { EXAMPLES_FILE, readPack } from '../pack/load-pack.js';

const roads = join('test', 'fixtures', 'packs', 'eastmoor-roads-2023');
const targets = [
  { dir: join('knowledge', 'nspcc-online-grooming'), sets: nspccExampleSets() },
  { dir: roads, sets: packExampleSets(roads) },
];
for (const { dir, sets } of targets) {
  // The pack without its examples: the sets' excerpts are matched to its facts.
  const { examples: _old, ...pack } = readPack(dir);
  const examples = examplesFrom(sets, buildIndex([pack]));
  writeFileSync(join(dir, EXAMPLES_FILE), examples.map((e) => `${JSON.stringify(e)}\n`).join(''));
  const declines = examples.filter((e) => 'decline' in e).length;
  console.log(
    `${join(dir, EXAMPLES_FILE)}: ${examples.length} examples (${declines} declines) from ${sets.length} sets`,
  );
}
