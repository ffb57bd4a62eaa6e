// One-off, kept for the record: splits the blind sets written by helper sessions into tuning and held-out halves
// by a hash of each text, so nobody chooses which message lands where. Run once, before anyone reads the sets.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const [outDir, ...files] = process.argv.slice(2);
const split = { tuning: [], 'held-out': [] };
for (const file of files) {
  const set = file.replace(/^.*\//u, '').replace(/\.yml$/u, '');
  const doc = parse(readFileSync(file, 'utf8'));
  const items = doc.messages ?? doc.questions;
  for (const item of items) {
    const text = item.text ?? item.q;
    const byte = createHash('sha1').update(text).digest()[0];
    split[byte % 2 === 0 ? 'tuning' : 'held-out'].push({ ...item, set });
  }
}
for (const [name, items] of Object.entries(split)) {
  const header = `# ${name === 'tuning' ? 'Tuning half' : 'Held-out half: never tune rules, models or packs against these'} of sets written blind (from the article alone) by helper sessions; split by a hash of each text.\n`;
  writeFileSync(`${outDir}/${name}.yml`, header + stringify({ messages: items }, { lineWidth: 0 }));
  console.log(name, items.length);
}
