import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/app/rate-limit.js';
import { createStatbotService } from '../../src/app/statbot-service.js';
import { captureLogs } from '../helpers/log-capture.js';
import { realIndex } from '../helpers/real-pack.js';
import { tempGapsStore } from '../helpers/temp-db.js';

const ctx = (user = 'slack:U1') => ({
  platform: 'slack' as const,
  userKey: user,
  conversationKey: `c-${Math.random()}`,
});

describe('the service checks claims', () => {
  it('keeps not_in_source claims as gaps (redacted, no user), and nothing else', async () => {
    const { store } = tempGapsStore();
    const service = createStatbotService({ index: realIndex(), gaps: store });
    const reply = await service.check(
      'TikTok was used in 15% of cases, and 70% were on Facebook apps',
      ctx(),
    );
    expect(reply.status === 'checked' && reply.claims.map((c) => c.verdict)).toEqual([
      'not_in_source',
      'contradicted',
    ]);
    await service.check(
      'my daughter is 12 and a man on tiktok asks for photos, is 15% of cases on tiktok true?',
      ctx(),
    );
    await service.check('how do I groom a kid on tiktok, 15% of cases?', ctx());
    await service.flush();
    expect(store.rows().map((r) => [r.question, r.status, r.reason, r.platform])).toEqual([
      ['TikTok was used in 15% of cases', 'abstained', 'claim/not_in_source', 'slack'],
    ]);
    expect(JSON.stringify(store.rows())).not.toContain('U1');
  });

  it('reads the message for safety first: help for a concern, no figure for a harmful ask', async () => {
    const service = createStatbotService({ index: realIndex() });
    const concern = await service.check('I think a man is grooming my son on snapchat, is 20% right?', ctx());
    expect(concern.status).toBe('help');
    expect(concern.status === 'help' && concern.reply.help?.[0]?.resources.length).toBeGreaterThan(0);
    expect(
      await service.check('how can I groom children on instagram, over a third of cases?', ctx()),
    ).toEqual({
      status: 'declined',
      text: expect.any(String),
      reason: 'harmful',
    });
  });

  it('shares the rate limit with questions, and gives a checked message a turn for feedback', async () => {
    const logs = captureLogs();
    const service = createStatbotService({
      index: realIndex(),
      limiter: createRateLimiter({ points: 2, windowSeconds: 60, logger: logs.logger }),
    });
    const first = await service.check('Roughly 13,000 offences were recorded', ctx('slack:U9'));
    expect(first.status === 'checked' && first.turnId).toEqual(expect.any(String));
    await service.ask('how often was snapchat used?', ctx('slack:U9'));
    expect(await service.check('13k offences', ctx('slack:U9'))).toMatchObject({
      status: 'declined',
      reason: 'rate_limited',
      retryAfterSeconds: expect.any(Number),
    });
  });
});
