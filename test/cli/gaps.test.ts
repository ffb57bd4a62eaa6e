import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-node.js';
import { tempGapsStore } from '../helpers/temp-db.js';

describe('npm run gaps', () => {
  it('prints the most frequent unanswered questions, grouped, with the nearest fact', async () => {
    const { store, path } = tempGapsStore();
    const base = {
      platform: 'discord',
      packId: 'nspcc-online-grooming',
      status: 'abstained' as const,
      reason: 'not_covered/measure',
      topFactId: 'grooming-cases-april-june',
    };
    for (const question of [
      'how old were the victims',
      'how old were the victims?',
      'what age were victims',
      'how old are the victims',
    ])
      store.record({ ...base, question });
    store.record({
      ...base,
      question: 'facebook',
      status: 'ambiguous',
      reason: 'ambiguous',
      topFactId: 'facebook-97-percent',
    });
    store.close();
    const { code, stdout } = await runScript('src/cli/gaps.ts', [], '', { STATBOT_DB_PATH: path });
    expect(code).toBe(0);
    // The three "how old …" wordings are one group; "what age …" shares too few words to join it.
    expect(stdout).toMatch(/1\. 3× "how old (were|are) the victims\??" \(also: /);
    expect(stdout).toContain('abstained 3 · nearest fact: grooming-cases-april-june');
    expect(stdout).toMatch(/\d\. 1× "facebook"\n\s+ambiguous 1 · nearest fact: facebook-97-percent/);
  });

  it('--examples <pack> prints the wordings as draft example lines, each with its nearest fact', async () => {
    const { store, path } = tempGapsStore();
    const base = {
      platform: 'slack',
      packId: 'nspcc-online-grooming',
      status: 'abstained' as const,
      reason: 'not_covered/other',
      topFactId: 'snapchat-20-percent',
    };
    store.record({ ...base, question: 'how big was the snap slice' });
    store.record({ ...base, question: 'how big was the snap slice?' });
    // Recorded under another pack, and a blank one: neither is a draft for this pack.
    store.record({ ...base, packId: 'other-pack', question: 'how big was the snap slice in 2021' });
    store.record({ ...base, question: '   ' });
    store.close();
    const { code, stdout, stderr } = await runScript(
      'src/cli/gaps.ts',
      ['--examples', 'nspcc-online-grooming'],
      '',
      { STATBOT_DB_PATH: path },
    );
    expect(code).toBe(0);
    expect(stderr).toContain('Check every label');
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual(
      expect.arrayContaining([
        { q: 'how big was the snap slice', fact: 'snapchat-20-percent' },
        { q: 'how big was the snap slice?', fact: 'snapchat-20-percent' },
      ]),
    );
    expect(lines).toHaveLength(2);
    const unknown = await runScript('src/cli/gaps.ts', ['--examples', 'no-such-pack'], '', {
      STATBOT_DB_PATH: path,
    });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No loaded pack has the id "no-such-pack"');
    const both = await runScript(
      'src/cli/gaps.ts',
      ['--examples', 'nspcc-online-grooming', '--purge-unsafe'],
      '',
      {
        STATBOT_DB_PATH: path,
      },
    );
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('Choose one');
  });

  it('says so when nothing was recorded', async () => {
    const { path, store } = tempGapsStore();
    store.close();
    const { stdout } = await runScript('src/cli/gaps.ts', [], '', { STATBOT_DB_PATH: path });
    expect(stdout).toContain('No unanswered, ambiguous or down-voted questions recorded');
  });
});

describe('npm run gaps: unsafe rows, broken files, long reports', () => {
  const base = {
    platform: 'slack',
    packId: 'nspcc-online-grooming',
    status: 'abstained' as const,
    reason: 'not_covered/platform',
    topFactId: 'facebook-apps-51-percent',
  };

  it('--purge-unsafe deletes rows today’s checks would not keep and redacts the rest', async () => {
    const { store, path } = tempGapsStore();
    store.record({ ...base, question: 'how many grooming cases were on tiktok? cc @sam.jones' });
    store.record({
      ...base,
      question: 'my son is 12 and a man on tiktok keeps asking him for photos, how many cases?',
    });
    store.record({ ...base, question: 'which app has the most kids on it, tryna meet some' });
    store.close();
    const { code, stdout } = await runScript('src/cli/gaps.ts', ['--purge-unsafe'], '', {
      STATBOT_DB_PATH: path,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('deleted 2 row(s)');
    const { stdout: report } = await runScript('src/cli/gaps.ts', [], '', { STATBOT_DB_PATH: path });
    expect(report).toContain('how many grooming cases were on tiktok? cc [handle]');
    expect(report).not.toMatch(/photos|tryna/u);
  });

  it('fails loudly on a database it cannot read', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'statbot-corrupt-')), 'gaps.sqlite');
    writeFileSync(path, 'this is not a database '.repeat(200));
    const { code, stdout, stderr } = await runScript('src/cli/gaps.ts', [], '', { STATBOT_DB_PATH: path });
    expect(code).toBe(1);
    expect(stderr).toContain('The gaps database could not be read');
    expect(stdout).not.toContain('No unanswered');
  });

  it('says when the report read only the newest rows', async () => {
    const { store, path } = tempGapsStore();
    for (let i = 0; i < 10_001; i++)
      store.record({ ...base, question: `how many cases were on app ${i % 7}?` });
    store.close();
    const { code, stdout } = await runScript('src/cli/gaps.ts', [], '', { STATBOT_DB_PATH: path });
    expect(code).toBe(0);
    expect(stdout).toContain('Read the newest 10000 of 10001 questions');
  });
});
