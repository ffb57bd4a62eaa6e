import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-node.js';
import { factsOf, makeEditedPack } from '../helpers/temp-pack.js';

describe('npm run kb:check', () => {
  it('passes on the shipped knowledge', async () => {
    const { code, stdout } = await runScript('src/cli/kb-check.ts', []);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok {3}nspcc-online-grooming \(19 facts/m);
  });

  it('fails and lists uncovered numbers when a fact is removed', async () => {
    const dir = makeEditedPack((file) => {
      (file as { facts: unknown[] }).facts = factsOf(file).filter((f) => f.id !== 'offences-2017-2020');
    });
    const { code, stdout } = await runScript('src/cli/kb-check.ts', [dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('numbers in the source that no fact covers: 12,925');
  });
});
