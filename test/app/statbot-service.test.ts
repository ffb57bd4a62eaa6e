import { describe, expect, it } from 'vitest';
import { createExpiringMap } from '../../src/app/expiring-map.js';
import { createStatbotService } from '../../src/app/statbot-service.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { captureLogs } from '../helpers/log-capture.js';
import { realIndex } from '../helpers/real-pack.js';

const context = (conversationKey: string, userKey = 'u1') => ({
  platform: 'slack' as const,
  userKey,
  conversationKey,
});

describe('conversation context', () => {
  it('reads a follow-up with the previous turn of the same conversation', async () => {
    const service = createStatbotService({ index: realIndex() });
    await service.ask('how often was instagram used?', context('T1:C1:100.1:U1'));
    const reply = await service.ask('what about snapchat?', context('T1:C1:100.1:U1'));
    expect(describeReply(reply)).toBe('snapchat-20-percent');
    expect(reply.readAs).toBe('how often was instagram used? what about snapchat?');
  });

  it('never shares context across conversations or users', async () => {
    const service = createStatbotService({ index: realIndex() });
    await service.ask('how often was instagram used?', context('T1:C1:100.1:U1'));
    const otherUser = await service.ask('what about snapchat?', context('T1:C1:100.1:U2'));
    const otherThread = await service.ask('who said that?', context('T1:C1:200.2:U1'));
    expect(otherUser.readAs).toBeUndefined();
    expect(otherThread.status).not.toBe('answered');
  });

  it('forgets a conversation after the time-to-live', async () => {
    let now = 0;
    const service = createStatbotService({ index: realIndex() }, { contextTtlMs: 1000, now: () => now });
    await service.ask('how often was instagram used?', context('k'));
    now = 1001;
    expect((await service.ask('who said that?', context('k'))).status).not.toBe('answered');
  });

  it('keeps at most maxConversations, forgetting the oldest', async () => {
    const service = createStatbotService({ index: realIndex() }, { maxConversations: 2 });
    await service.ask('how often was instagram used?', context('a'));
    await service.ask('how often was snapchat used?', context('b'));
    await service.ask('what does 12,925 refer to?', context('c'));
    expect((await service.ask('source?', context('a'))).status).not.toBe('answered');
    expect(describeReply(await service.ask('source?', context('c')))).toBe('offences-2017-2020');
  });
});

describe('createExpiringMap', () => {
  it('is bounded and expires entries', () => {
    let now = 0;
    const map = createExpiringMap<number>({ max: 3, ttlMs: 100, now: () => now });
    for (let i = 0; i < 10; i++) map.set(`k${i}`, i);
    expect(map.size).toBe(3);
    expect(map.get('k0')).toBeUndefined();
    expect(map.get('k9')).toBe(9);
    now = 150;
    expect(map.get('k9')).toBeUndefined();
  });
});

describe('locale counts', () => {
  it('counts questions and checks per asker locale, never their text, and logs the counts at close', async () => {
    const logs = captureLogs();
    const service = createStatbotService({ index: realIndex(), logger: logs.logger });
    await service.ask('how often was snapchat used?', { ...context('a'), locale: 'en-GB' });
    await service.ask('what about instagram?', { ...context('a'), locale: 'en-GB' });
    await service.check('13k offences were recorded', { ...context('b'), locale: 'cy' });
    await service.ask('tiktok?', context('c'));
    expect(service.localeCounts()).toEqual({ 'en-GB': 2, cy: 1, none: 1 });
    await service.close();
    const line = logs.lines().find((l) => l.includes('messages by locale'));
    expect(line).toContain('"en-GB":2');
    expect(line).not.toMatch(/snapchat|instagram|13k|tiktok/u);
  });
});
