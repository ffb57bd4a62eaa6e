// Reads knowledge packs from disk: YAML facts file + verbatim source text, validated once.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { PackError } from '../errors.js';
import { findPackProblems } from './check-pack.js';
import { type Example, exampleSchema, type Pack, packFileSchema, SLUG } from './schema.js';

export const FACTS_FILE = 'facts.yml';
export const EXAMPLES_FILE = 'examples.jsonl';

/** "facts.6.keywords.4" → "facts.6(visits-recovery-2019).keywords.4": a fact or entity is named by its id too. */
function pathWithIds(path: readonly PropertyKey[], raw: unknown): string {
  let node: unknown = raw;
  return path
    .map((key) => {
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      const id =
        typeof key === 'number' && node && typeof node === 'object'
          ? (node as { id?: unknown }).id
          : undefined;
      return typeof id === 'string' ? `${String(key)}(${id})` : String(key);
    })
    .join('.');
}

/** A hint for the YAML pitfalls behind the usual format errors (an unquoted year or number read as a number). */
function yamlHint(message: string): string {
  return /expected string, received (?:number|boolean)/u.test(message)
    ? ' (YAML read an unquoted value such as 2019 or yes as a number or true/false: put it in quotes, "2019")'
    : '';
}

function formatZodIssues(file: string, error: ZodError, raw: unknown): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.length > 0 ? pathWithIds(issue.path, raw) : '(top level)';
    return `  ${file}: ${path}: ${issue.message}${yamlHint(issue.message)}`;
  });
  return [`Knowledge pack ${file} does not match the pack format:`, ...lines].join('\n');
}

/** Reads one pack folder and checks its format (not its content); throws PackError naming the file, path and fix. */
export function readPack(dir: string): Pack {
  const file = relative(process.cwd(), join(dir, FACTS_FILE)) || FACTS_FILE;
  if (!existsSync(join(dir, FACTS_FILE))) {
    throw new PackError(`${file}: not found. A pack folder needs a ${FACTS_FILE} and its source text.`);
  }
  const doc = parseDocument(readFileSync(join(dir, FACTS_FILE), 'utf8'), { prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const colon = /mapping|map keys|Nested/iu.test(first?.message ?? '')
      ? ' Hint: a value that holds ": " (a colon and a space) must be put in quotes.'
      : '';
    throw new PackError(`${file}: is not valid YAML: ${first?.message ?? 'unknown error'}${colon}`, {
      cause: first,
    });
  }
  const raw = doc.toJS();
  const parsed = packFileSchema.safeParse(raw);
  if (!parsed.success) throw new PackError(formatZodIssues(file, parsed.error, raw), { cause: parsed.error });

  const sourcePath = join(dir, parsed.data.pack.source.file);
  if (!existsSync(sourcePath)) {
    throw new PackError(
      `${file}: pack.source.file: "${parsed.data.pack.source.file}" was not found next to ${FACTS_FILE}. Put the source text there or fix the name.`,
    );
  }
  const examples = readExamples(dir);
  return {
    ...parsed.data,
    dir,
    sourceText: readFileSync(sourcePath, 'utf8'),
    ...(examples
      ? { examples: examples.map((e) => e.example), exampleLines: examples.map((e) => e.line) }
      : {}),
  };
}

/**
 * The pack's example questions (`examples.jsonl`: one JSON object per line, blank lines allowed), if it has them;
 * throws PackError naming the file, the line and what is wrong. (JSON lines, not YAML: thousands of examples parse
 * in milliseconds, where YAML took a third of a second at every start.)
 */
function readExamples(dir: string): Array<{ example: Example; line: number }> | undefined {
  const path = join(dir, EXAMPLES_FILE);
  if (!existsSync(path)) return undefined;
  const file = relative(process.cwd(), path) || EXAMPLES_FILE;
  const examples: Array<{ example: Example; line: number }> = [];
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new PackError(`${file}: line ${i + 1} is not one JSON object: ${line.slice(0, 80)}`);
      }
      // Most lines are plain examples: those skip the schema, which took a third of the pack's load time.
      if (isPlainExample(raw)) {
        examples.push({ example: raw, line: i + 1 });
        return;
      }
      const parsed = exampleSchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new PackError(
          `${file}: line ${i + 1}: ${issue?.path.join('.') || 'the example'}: ${issue?.message ?? 'is not an example'}; write {"q": "…", "fact": "<fact id>"} or {"q": "…", "decline": true}`,
          { cause: parsed.error },
        );
      }
      examples.push({ example: parsed.data, line: i + 1 });
    });
  return examples;
}

/** Reads one pack folder and refuses it if any content check fails (quotes, ids, figures). */
export function loadPack(dir: string): Pack {
  const pack = readPack(dir);
  const file = relative(process.cwd(), join(dir, FACTS_FILE)) || FACTS_FILE;
  const errors = findPackProblems(pack).filter((p) => p.level === 'error');
  if (errors.length > 0) {
    throw new PackError(
      [
        `Knowledge pack ${file} has ${errors.length} problem(s):`,
        ...errors.map((p) => `  ${file}: ${p.path}: ${p.message}`),
      ].join('\n'),
    );
  }
  return pack;
}

/** The pack folders under `root`: the folder itself if it holds a facts file, else each sub-folder that does. */
export function findPackDirs(root: string): string[] {
  if (!existsSync(root))
    throw new PackError(`Knowledge folder "${root}" does not exist. Set STATBOT_KNOWLEDGE_DIR or create it.`);
  if (existsSync(join(root, FACTS_FILE))) return [root];
  const dirs = readdirSync(root)
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, FACTS_FILE)))
    .sort();
  if (dirs.length === 0)
    throw new PackError(`No knowledge pack found under "${root}": add a folder with a ${FACTS_FILE}.`);
  return dirs;
}

/** Loads every pack under `root` (see findPackDirs); pack ids must be unique. */
export function loadPacks(root: string): Pack[] {
  const packs = findPackDirs(root).map(loadPack);
  const seen = new Set<string>();
  for (const pack of packs) {
    if (seen.has(pack.pack.id))
      throw new PackError(`Two packs under "${root}" use the id "${pack.pack.id}": ids must be unique.`);
    seen.add(pack.pack.id);
  }
  return packs;
}

/** An object with a non-blank `q` and a slug `fact` or `decline: true`, and nothing else: what the schema accepts. */
function isPlainExample(raw: unknown): raw is Example {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const { q, fact, decline, ...rest } = raw as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || typeof q !== 'string' || q.trim() !== q || q.length === 0) return false;
  return decline === undefined
    ? typeof fact === 'string' && SLUG.test(fact)
    : decline === true && fact === undefined;
}
