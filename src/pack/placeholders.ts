// The "TODO: …" placeholders npm run pack:new writes for the author, and the kb:check errors that list them.
import type { Pack } from './schema.js';

/** Every placeholder pack:new writes starts with this; kb:check refuses a pack that still holds one. */
export const PLACEHOLDER = 'TODO:';

/** A problem that is a placeholder left to fill (kb:check counts them apart from real mistakes). */
export interface PlaceholderProblem {
  level: 'error';
  path: string;
  message: string;
  placeholder: true;
}

/** Paths (relative to `value`) of the strings in it that are still placeholders. */
function placeholderPaths(value: unknown, at = ''): string[] {
  const join = (key: string | number) => (at ? `${at}.${key}` : String(key));
  if (typeof value === 'string') return value.trimStart().startsWith(PLACEHOLDER) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, join(i)));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, join(k)));
  return [];
}

function problem(path: string, paths: string[]): PlaceholderProblem {
  // "questions.0", "questions.1" → "questions": the author finds each one by its "TODO:" in the file.
  const fields = [...new Set(paths.map((p) => p.replace(/\.\d+(?=\.|$)/gu, '[]')))];
  return {
    level: 'error',
    path,
    message: `fill in the pack:new placeholder${paths.length > 1 ? 's' : ''} ("${PLACEHOLDER} …"): ${fields.join(', ')}`,
    placeholder: true,
  };
}

/** One error per fact (named by id) and per other section that still holds placeholders. */
export function findPlaceholders(pack: Pack): PlaceholderProblem[] {
  const { dir: _dir, sourceText: _source, facts, ...rest } = pack;
  const sections = Object.entries(rest).flatMap(([key, value]) => {
    const paths = placeholderPaths(value);
    return paths.length > 0 ? [problem(key, paths)] : [];
  });
  const perFact = facts.flatMap((fact, i) => {
    const paths = placeholderPaths(fact);
    return paths.length > 0 ? [problem(`facts.${i}(${fact.id})`, paths)] : [];
  });
  return [...sections, ...perFact];
}
