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

  it('says so when nothing was recorded', async () => {
    const { path, store } = tempGapsStore();
    store.close();
    const { stdout } = await runScript('src/cli/gaps.ts', [], '', { STATBOT_DB_PATH: path });
    expect(stdout).toContain('No unanswered, ambiguous or down-voted questions recorded');
  });
});
