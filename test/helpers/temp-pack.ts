// Writes small packs to a temporary folder so tests can break them on purpose.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { PACK_DIR } from './real-pack.js';

type Json = Record<string, unknown>;

/** Copies the real pack to a temp folder after `edit` changes its parsed facts file; returns the folder. */
export function makeEditedPack(edit: (facts: Json) => void, source?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'statbot-pack-'));
  const facts = parse(readFileSync(join(PACK_DIR, 'facts.yml'), 'utf8')) as Json;
  edit(facts);
  writeFileSync(join(dir, 'facts.yml'), stringify(facts));
  writeFileSync(join(dir, 'source.txt'), source ?? readFileSync(join(PACK_DIR, 'source.txt'), 'utf8'));
  return dir;
}

/** The facts list of a parsed facts file, for editing. */
export function factsOf(file: Json): Json[] {
  return file.facts as Json[];
}
