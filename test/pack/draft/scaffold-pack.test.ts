import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { findPackProblems } from '../../../src/pack/check-pack.js';
import { scaffoldPack } from '../../../src/pack/draft/scaffold-pack.js';
import { loadPack, readPack } from '../../../src/pack/load-pack.js';
import { PLACEHOLDER } from '../../../src/pack/placeholders.js';
import { runScript } from '../../helpers/run-node.js';

const SAMPLE = `Reported road casualties, Great Britain: 2014 (a sample written for this test)

In 2014, 1,775 people were killed in reported road traffic accidents in Great Britain, a rise of 4 percent on 2013.
Pedestrian deaths rose to 446, the third lowest on record.
Between April and June 2014 there were
22,807 casualties of all severities.
The cost of all reported road accidents was estimated at £15.3 billion.
Road safety remains a priority for the department.
`;

/** A temp folder holding the sample source; returns it and where a new pack in it would go. */
function sampleSource(): { source: string; folder: string } {
  const root = mkdtempSync(join(tmpdir(), 'statbot-pack-new-'));
  const source = join(root, 'release.txt');
  writeFileSync(source, SAMPLE);
  return { source, folder: join(root, 'road-casualties') };
}

/** Replaces every placeholder the way an author would: with words of their own (no new numbers). */
function fillIn(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith(PLACEHOLDER) ? 'Written by the author' : value;
  if (Array.isArray(value)) return value.map(fillIn);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillIn(v)]));
  return value;
}

describe('pack:new drafts a pack from a source text', () => {
  it('drafts one fact per sentence holding a number (not the heading), quotes verbatim, figures as written', () => {
    const { source, folder } = sampleSource();
    const made = scaffoldPack(folder, source);
    expect(made).toMatchObject({ packId: 'road-casualties', factCount: 4 });
    expect(readFileSync(join(folder, 'source.txt'), 'utf8')).toBe(SAMPLE);
    const text = readFileSync(made.factsPath, 'utf8');
    expect(text).toContain(
      '# inferred from the quote by pack:new: check it; the quote also names 2013: a figure for another year gets its own period',
    );
    const file = parse(text) as { format: number; facts: Array<Record<string, unknown>> };
    expect(file.format).toBe(2);
    const [killed, pedestrians, quarter, cost] = file.facts;
    expect(killed).toMatchObject({
      id: 'people-killed-reported-road',
      figures: [
        { value: 1775, unit: 'count', display: '1,775' },
        { value: 4, unit: 'percent', display: '4 percent' },
      ],
      period: { label: '2014', from: '2014-01', to: '2014-12' },
      place: 'Great Britain',
      statement: expect.stringMatching(/^TODO: /),
    });
    expect(pedestrians?.figures).toEqual([
      { value: 446, unit: 'count', display: '446', label: expect.stringMatching(/^TODO: /) },
      { value: 3, unit: 'rank', display: 'third lowest', label: expect.stringMatching(/^TODO: /) },
    ]);
    expect(quarter).toMatchObject({
      quote: 'Between April and June 2014 there were 22,807 casualties of all severities.',
      period: { label: 'April and June 2014', from: '2014-04', to: '2014-06' },
    });
    expect(cost?.figures).toEqual([
      {
        value: 15_300_000_000,
        unit: 'currency',
        display: '£15.3 billion',
        qualifier: 'estimated at',
        label: expect.any(String),
      },
    ]);
  });

  it('fails the pack check only on the placeholders, and passes once they are filled in', () => {
    const { source, folder } = sampleSource();
    const made = scaffoldPack(folder, source);
    const errors = findPackProblems(readPack(folder)).filter((p) => p.level === 'error');
    expect(errors.length).toBe(5);
    expect(errors.every((p) => p.placeholder)).toBe(true);
    expect(errors[0]).toMatchObject({ path: 'pack', message: expect.stringContaining('title, description') });
    expect(() => loadPack(folder)).toThrow(/placeholders/);

    writeFileSync(made.factsPath, stringify(fillIn(parse(readFileSync(made.factsPath, 'utf8')))));
    // Only a warning is left: 2013, the year the 2014 figure is compared with, is no figure's period yet.
    expect(findPackProblems(readPack(folder))).toEqual([
      {
        level: 'warning',
        path: 'facts',
        message: expect.stringMatching(
          /^numbers in the source that no fact covers: 2013 \(.*--ignore-numbers\)$/,
        ),
      },
    ]);
    expect(loadPack(folder).facts).toHaveLength(4);
  });

  it('drafts a statistical release as its author needs: no bullets, no headline or licence facts, the release year as period', () => {
    const root = mkdtempSync(join(tmpdir(), 'statbot-pack-new-'));
    const source = join(root, 'release.txt');
    writeFileSync(
      source,
      [
        'Reported road casualties, Eastmoor County: annual report 2023',
        '',
        'Published by: Eastmoor County Council Road Safety Unit',
        'Release date: 20 June 2024',
        'Coverage: Eastmoor County, calendar year 2023',
        '',
        'Headline',
        '',
        'Road deaths fell to 19 in 2023, but casualties rose by 6 per cent to 1,214.',
        '',
        'Main findings',
        '',
        '- There were 1,214 casualties in 2023, up 6 per cent from 1,146 in 2022.',
        '- 19 people were killed, down from 23 in 2022. Fourteen of the deaths, nearly three quarters, were rural.',
        '',
        'Dedicated to the public domain (CC0 1.0).',
        '',
      ].join('\n'),
    );
    const folder = join(root, 'eastmoor');
    scaffoldPack(folder, source);
    const file = parse(readFileSync(join(folder, 'facts.yml'), 'utf8')) as {
      pack: { source: Record<string, string> };
      facts: Array<{ id: string; quote: string; figures: unknown[]; period?: unknown }>;
    };
    const coverage = 'Coverage: Eastmoor County, calendar year 2023';
    // The header lines are one fact of their own (readers ask who published it and when), and fill in the source.
    expect(file.pack.source).toMatchObject({
      publisher: 'Eastmoor County Council Road Safety Unit',
      published: '2024-06-20',
    });
    const [header, ...drafted] = file.facts;
    expect(header).toMatchObject({
      id: 'release-details',
      figures: [],
      quote: [
        'Published by: Eastmoor County Council Road Safety Unit',
        'Release date: 20 June 2024',
        coverage,
      ].join('\n'),
    });
    expect(drafted.map((f) => [f.quote, f.period])).toEqual([
      [
        'There were 1,214 casualties in 2023, up 6 per cent from 1,146 in 2022.',
        { label: '2023', from: '2023-01', to: '2023-12' },
      ],
      [
        '19 people were killed, down from 23 in 2022.',
        { label: '2023', from: '2023-01', to: '2023-12', quote: coverage },
      ],
      [
        'Fourteen of the deaths, nearly three quarters, were rural.',
        { label: '2023', from: '2023-01', to: '2023-12', quote: coverage },
      ],
    ]);
    expect(drafted[2]?.figures).toEqual([
      expect.objectContaining({ value: 14, unit: 'count', display: 'Fourteen' }),
      expect.objectContaining({ value: 75, unit: 'percent', display: 'nearly three quarters' }),
    ]);
    writeFileSync(join(folder, 'facts.yml'), stringify(fillIn(file)));
    // Filled in, it passes with one warning: 2022, the year compared with, is no figure's period yet.
    expect(
      findPackProblems(readPack(folder), { ignoreNumbers: ['1.0', '20', '2024'] }).map((p) => p.message),
    ).toEqual([expect.stringMatching(/^numbers in the source that no fact covers: 2022 \(/)]);
  });

  it('runs from npm: kb:check says which errors are placeholders; an existing folder or a missing source is refused', async () => {
    const { source, folder } = sampleSource();
    const made = await runScript('src/cli/pack-new.ts', [folder, source]);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Drafted 4 fact(s) for pack "road-casualties"');

    const check = await runScript('src/cli/kb-check.ts', [folder]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      '5 error(s) are placeholders left by pack:new for you to fill in; there are no other errors.',
    );
    expect(check.stdout).toMatch(
      /facts\.0\(people-killed-reported-road\): fill in the pack:new placeholders/,
    );

    const factsPath = join(folder, 'facts.yml');
    writeFileSync(factsPath, stringify(fillIn(parse(readFileSync(factsPath, 'utf8')))));
    const filled = await runScript('src/cli/kb-check.ts', [folder]);
    expect(filled.code).toBe(0);
    expect(filled.stdout).toMatch(/^ok {3}road-casualties \(4 facts, 0 entities\), with 1 warning/m);

    const again = await runScript('src/cli/pack-new.ts', [folder, source]);
    expect(again).toMatchObject({ code: 1, stdout: '' });
    expect(again.stderr).toContain('already exists: pack:new never overwrites a folder');

    const missing = await runScript('src/cli/pack-new.ts', [`${folder}-2`, `${source}.missing`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^The source ".*release\.txt\.missing" was not found/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(`${folder}-2`)).toBe(false);
  });
});
