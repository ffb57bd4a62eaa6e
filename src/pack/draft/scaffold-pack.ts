// Writes a new pack folder from a source text: the source, copied, and a drafted facts file beside it.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { PackError } from '../../errors.js';
import { FACTS_FILE } from '../load-pack.js';
import { draftFactsFile } from './draft-facts-file.js';

/** The name the source gets inside the new pack. */
export const SOURCE_FILE = 'source.txt';

export interface Scaffolded {
  factsPath: string;
  sourcePath: string;
  packId: string;
  factCount: number;
}

/** A pack id from a folder name: "Road Casualties_2024" → "road-casualties-2024". */
export function packIdFor(folder: string): string {
  return basename(resolve(folder))
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

/** Creates `folder` with the source and a draft facts file; refuses an existing folder or an unusable source. */
export function scaffoldPack(folder: string, source: string): Scaffolded {
  if (!existsSync(source) || !statSync(source).isFile())
    throw new PackError(`The source "${source}" was not found: give the path of a plain-text file.`);
  if (existsSync(folder))
    throw new PackError(
      `"${folder}" already exists: pack:new never overwrites a folder. Give a new folder name, or remove it first.`,
    );
  const packId = packIdFor(folder);
  if (!packId) throw new PackError(`"${folder}" gives no pack id: name the folder with letters or digits.`);
  const text = draftFactsFile({ packId, sourceFile: SOURCE_FILE, sourceText: readFileSync(source, 'utf8') });
  const factCount = ((parse(text) as { facts: unknown[] }).facts ?? []).length;
  if (factCount === 0)
    throw new PackError(
      `No sentence in "${source}" holds a number, so there is nothing to draft a fact from.`,
    );
  mkdirSync(folder, { recursive: true });
  const sourcePath = join(folder, SOURCE_FILE);
  const factsPath = join(folder, FACTS_FILE);
  copyFileSync(source, sourcePath);
  writeFileSync(factsPath, text);
  return { factsPath, sourcePath, packId, factCount };
}
