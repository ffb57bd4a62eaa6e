import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-node.js';
import { factsOf, makeEditedPack } from '../helpers/temp-pack.js';

describe('npm run kb:check', () => {
  it('passes on the shipped knowledge', async () => {
    const { code, stdout } = await runScript('src/cli/kb-check.ts', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok {3}nspcc-online-grooming \(19 facts/m);
  });

  it('lists uncovered numbers as a warning: the run passes, and fails only with --strict', async () => {
    const dir = makeEditedPack((file) => {
      const fact = factsOf(file).find((f) => f.id === 'offences-2017-2020');
      if (fact) fact.figures = [];
    });
    const plain = await runScript('src/cli/kb-check.ts', [dir]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('numbers in the source that no fact covers: 12,925');
    const strict = await runScript('src/cli/kb-check.ts', ['--strict', dir]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^FAIL nspcc-online-grooming/m);
    const ignored = await runScript('src/cli/kb-check.ts', ['--strict', dir, '--ignore-numbers', '12,925']);
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toContain('every source number covered (ignoring 12,925)');
  });

  it('passes the eastmoor pack strictly once its date and licence numbers are marked as not statistics', async () => {
    const pack = 'test/fixtures/packs/eastmoor-roads-2023';
    const plain = await runScript('src/cli/kb-check.ts', ['--strict', pack]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('no fact covers: 20, 2024, 1.0 (give each a figure, or pass those');
    const ignored = await runScript('src/cli/kb-check.ts', [
      '--strict',
      pack,
      '--ignore-numbers',
      '20,2024 1.0',
    ]);
    expect(ignored.code).toBe(0);
  });

  it('shows where a quote that is not word for word differs from the closest source text', async () => {
    const dir = makeEditedPack((file) => {
      const fact = factsOf(file).find((f) => f.id === 'grooming-cases-april-june');
      if (fact)
        fact.quote =
          'An estimated 1,220 criminal cases of online grooming were logged between April and June';
    });
    const { code, stdout } = await runScript('src/cli/kb-check.ts', [dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('facts.5(grooming-cases-april-june).quote');
    expect(stdout).toContain('»recorded«');
    expect(stdout).toContain('word 10 of the quote is "logged" where the source has "recorded"');
  });

  it('names a fact by its id in format errors and hints that YAML read an unquoted year as a number', async () => {
    const dir = makeEditedPack((file) => {
      const fact = factsOf(file).find((f) => f.id === 'offences-2017-2020');
      if (fact) fact.keywords = [2017];
    });
    const { code, stderr } = await runScript('src/cli/kb-check.ts', [dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/facts\.\d+\(offences-2017-2020\)\.keywords\.0: .*put it in quotes/);
  });

  it('answers --help with usage instead of reading it as a folder', async () => {
    const { code, stdout } = await runScript('src/cli/kb-check.ts', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: kb:check [options] [dir]');
    expect(stdout).toContain('--strict');
  });

  it('passes the second pack (a statistical release with no safeguarding section)', async () => {
    const { code, stdout } = await runScript('src/cli/kb-check.ts', [
      'test/fixtures/packs/riverton-libraries-2023',
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok {3}riverton-libraries-2023/m);
    expect(stdout).not.toContain('safeguarding');
  });
});
