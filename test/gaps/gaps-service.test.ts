import { describe, expect, it } from 'vitest';
import { createStatbotService } from '../../src/app/statbot-service.js';
import { realIndex } from '../helpers/real-pack.js';
import { tempGapsStore } from '../helpers/temp-db.js';

const ctx = (user = 'slack:U1') => ({
  platform: 'slack' as const,
  userKey: user,
  conversationKey: `c-${Math.random()}`,
});
const flush = () => new Promise((r) => setImmediate(r));

describe('recording gaps', () => {
  it('records declined and ambiguous questions with platform, pack, status and nearest fact, no user', async () => {
    const { store } = tempGapsStore();
    const service = createStatbotService({ index: realIndex(), gaps: store });
    await service.ask('how many grooming cases on tiktok?', ctx());
    await service.ask('facebook', ctx());
    await service.ask('who won the world cup', ctx());
    await service.flush();
    const rows = store.rows();
    // "who won the world cup" is off the packs' topic and asks no figure: not a gap a pack author could fill.
    expect(rows.map((r) => [r.question, r.status, r.reason])).toEqual([
      ['facebook', 'ambiguous', 'ambiguous'],
      ['how many grooming cases on tiktok?', 'abstained', 'not_covered/platform'],
    ]);
    expect(rows[1]).toMatchObject({ platform: 'slack', packId: 'nspcc-online-grooming' });
    expect(JSON.stringify(rows)).not.toContain('U1');
  });

  it('does not record answers, greetings, harmful requests or safeguarding messages', async () => {
    const { store } = tempGapsStore();
    const service = createStatbotService({ index: realIndex(), gaps: store });
    for (const q of [
      'how often was snapchat used?',
      'hello',
      'how do i groom a child',
      'I think someone is grooming my daughter',
      '',
    ])
      await service.ask(q, ctx());
    await flush();
    expect(store.rows()).toEqual([]);
  });

  it('records a 👎 with its reason, and not a 👍', async () => {
    const { store } = tempGapsStore();
    const service = createStatbotService({ index: realIndex(), gaps: store });
    const reply = await service.ask('how often was snapchat used?', ctx());
    expect(reply.turnId).toMatch(/^[0-9a-f]{8}[0-9a-z]+$/);
    expect(service.feedback(reply.turnId ?? '', 'up', 'slack')).toBeUndefined();
    const id = service.feedback(reply.turnId ?? '', 'down', 'slack');
    service.addFeedbackReason(id ?? 0, 'I asked about all platforms');
    await flush();
    expect(store.rows()).toMatchObject([
      {
        status: 'downvoted',
        question: 'how often was snapchat used?',
        topFactId: 'snapchat-20-percent',
        feedback: 'I asked about all platforms',
      },
    ]);
  });

  it('keeps answering when the database write fails', async () => {
    const { store } = tempGapsStore();
    store.close();
    const service = createStatbotService({ index: realIndex(), gaps: store });
    const reply = await service.ask('tiktok?', ctx());
    await flush();
    expect(reply.status).toBe('abstained');
  });
});

describe('gaps report', () => {
  it('groups near-duplicates, most frequent first, with the nearest fact — for admins only', async () => {
    const { store } = tempGapsStore();
    const service = createStatbotService({
      index: realIndex(),
      gaps: store,
      admins: new Set(['slack:UADMIN']),
    });
    for (const q of [
      'how many cases on tiktok',
      'how many grooming cases on tiktok?',
      'tiktok cases',
      'how old were the victims',
      'facebook',
    ]) {
      await service.ask(q, ctx());
    }
    await flush();
    expect(await service.gapsReport('slack:U1')).toEqual({ allowed: false });
    const report = await service.gapsReport('slack:UADMIN');
    if (!report.allowed) throw new Error('admin refused');
    expect(report.groups[0]).toMatchObject({ count: 3, statuses: { abstained: 3 } });
    expect(report.groups[0]?.examples).toHaveLength(3);
    expect(report.groups[0]?.nearest?.factId).toBeTruthy();
    expect(report.lines[0]).toMatch(/^1\. 3× /);
  });
});
