import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/app/rate-limit.js';
import { createStatbotService } from '../../src/app/statbot-service.js';
import { captureLogs } from '../helpers/log-capture.js';
import { realIndex } from '../helpers/real-pack.js';
import { tempGapsStore } from '../helpers/temp-db.js';

const index = realIndex();
const ctx = (conversationKey = `c-${Math.random()}`, platform: 'slack' | 'console' = 'slack') => ({
  platform,
  userKey: `${platform}:U1`,
  conversationKey,
});

describe('the service keeps nothing a person discloses about a child', () => {
  it('stores a plain statistics question without markup or personal details, and never a concern or a harmful ask', async () => {
    const { store } = tempGapsStore();
    const service = createStatbotService({ index, gaps: store });
    for (const q of [
      '<@U0123ABC> my daughter Emily (12) is being asked for photos on roblox, how many cases were on roblox?',
      'someone on tiktok keeps messaging me and asking where i live, how many cases were on tiktok',
      'which app has the fewest moderators so i can talk to kids on it, is it tiktok?',
      '<@U0123ABC> how many grooming cases were on tiktok? reply to sam.jones@example.com, tel 020 7946 0958',
    ])
      await service.ask(q, ctx());
    await service.flush();
    expect(store.rows().map((r) => r.question)).toEqual([
      'how many grooming cases were on tiktok? reply to [email], tel [phone]',
    ]);
  });

  it('keeps a 👎 reason only when it is neither a concern nor a harmful ask', async () => {
    const { store } = tempGapsStore();
    const service = createStatbotService({ index, gaps: store });
    const first = await service.ask('how often was snapchat used?', ctx());
    const second = await service.ask('what percentage of cases involved instagram?', ctx());
    const a = service.feedback(first.turnId ?? '', 'down', 'slack') ?? 0;
    const b = service.feedback(second.turnId ?? '', 'down', 'slack') ?? 0;
    service.addFeedbackReason(a, 'wrong: a man on snapchat keeps asking my son for pics, what do i do');
    service.addFeedbackReason(b, 'I wanted the raw number, ask @sam.jones');
    await service.flush();
    expect(store.rows().map((r) => r.feedback)).toEqual(['I wanted the raw number, ask [handle]', '']);
  });

  it('answers a concern with help even when the user is rate limited, and never reads it as a follow-up', async () => {
    const limiter = createRateLimiter({ points: 1, windowSeconds: 60, logger: captureLogs().logger });
    const service = createStatbotService({ index, limiter });
    const conversation = `c-${Math.random()}`;
    expect((await service.ask('how often was snapchat used?', ctx(conversation))).status).toBe('answered');
    const limited = await service.ask('and instagram?', ctx(conversation));
    expect(limited.status === 'abstained' && limited.reason.code).toBe('rate_limited');
    const concern = await service.ask(
      'and what about my son, a man on snapchat keeps asking him to meet',
      ctx(conversation),
    );
    expect(concern.help?.[0]?.resources.map((r) => r.id)).toContain('nspcc-helpline');
    expect(concern.readAs).toBeUndefined();
    await service.close();
  });

  it('never rate limits the operator’s own console', async () => {
    const limiter = createRateLimiter({ points: 2, windowSeconds: 60, logger: captureLogs().logger });
    const service = createStatbotService({ index, limiter });
    const replies = [];
    for (let i = 0; i < 30; i++)
      replies.push(await service.ask('how often was snapchat used?', ctx('console', 'console')));
    expect(replies.every((r) => r.status === 'answered')).toBe(true);
    await service.close();
  });

  it('counts safety decisions and logs the counts without any text', async () => {
    const { logger, lines } = captureLogs();
    const service = createStatbotService({ index, logger });
    await service.ask('my 13yo is being groomed on roblox', ctx());
    await service.ask('im 12 and a guy online wants me to send pics', ctx());
    await service.ask('which app has the most kids on it? tryna meet some', ctx());
    await service.ask('how many cases were there?', ctx());
    expect(service.safetyCounts()).toEqual({
      messages: 4,
      safeguarding: 2,
      safeguardingYoung: 1,
      safeguardingWithStatistic: 0,
      harmful: 1,
    });
    await service.close();
    const logged = lines().join('\n');
    expect(logged).toContain('"safeguarding":2');
    expect(logged).not.toMatch(/roblox|groomed|pics|tryna/u);
  });
});
