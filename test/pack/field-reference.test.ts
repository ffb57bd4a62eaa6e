import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { packFileSchema } from '../../src/pack/schema.js';

/** Every field path of a schema: `pack.source.file`, `facts[].figures[].period.from`, … */
function fieldPaths(schema: z.core.$ZodType, at = ''): string[] {
  const def = schema._zod.def as unknown as {
    type: string;
    shape?: Record<string, z.core.$ZodType>;
    innerType?: z.core.$ZodType;
    element?: z.core.$ZodType;
  };
  if (def.type === 'optional' || def.type === 'default')
    return fieldPaths(def.innerType as z.core.$ZodType, at);
  if (def.type === 'array') return fieldPaths(def.element as z.core.$ZodType, `${at}[]`);
  if (def.type !== 'object') return [];
  return Object.entries(def.shape ?? {}).flatMap(([key, child]) => {
    const path = at ? `${at}.${key}` : key;
    return [path, ...fieldPaths(child, path)];
  });
}

/** The README's "Pack field reference" section, up to the next heading of the same or a higher level. */
function referenceSection(): string {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('### Pack field reference');
  expect(start, 'README has a "### Pack field reference" section').toBeGreaterThan(-1);
  const end = readme.slice(start + 1).search(/\n#{2,3} /u);
  return end === -1 ? readme.slice(start) : readme.slice(start, start + 1 + end);
}

describe('README pack field reference', () => {
  const paths = fieldPaths(packFileSchema);

  it('walks the whole schema (nested objects, arrays and optional sections)', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'format',
        'pack.source.published',
        'pack.notCovered.measures[].terms',
        'comparisons[].note',
        'safeguarding.young.resources',
        'facts[].compareGroup',
        'facts[].figures[].period.from',
      ]),
    );
    expect(paths.length).toBeGreaterThan(80);
  });

  it('documents every field of the pack schema by its full path', () => {
    const section = referenceSection();
    const missing = paths.filter((p) => !section.includes(`\`${p}\``));
    expect(missing, 'add these to README "Pack field reference", in backticks').toEqual([]);
  });

  it('documents no field the schema does not have', () => {
    const known = new Set(paths);
    const documented = [...referenceSection().matchAll(/^\s*- `([A-Za-z[\].]+)`/gmu)].map((m) => m[1] ?? '');
    expect(documented.filter((p) => !known.has(p))).toEqual([]);
  });
});
