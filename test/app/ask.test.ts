import { describe, expect, it } from 'vitest';
import { type AskSource, buildAsk } from '../../src/app/ask.js';

const base: AskSource = { platform: 'slack', userId: 'U1', place: 'T1:C1', text: 'snapchat?' };

describe('buildAsk: one conversation-key rule for every platform', () => {
  it('names the user by platform, and keeps the text and privacy', () => {
    expect(buildAsk(base)).toEqual({
      platform: 'slack',
      userKey: 'slack:U1',
      conversationKey: 'T1:C1:main:U1',
      text: 'snapchat?',
      private: false,
    });
  });

  it.each<[string, Partial<AskSource>, Partial<AskSource>, boolean]>([
    ['the same user, place and thread', {}, {}, true],
    ['a thread and the main flow', { thread: '111.1' }, {}, false],
    ['two threads', { thread: '111.1' }, { thread: '222.2' }, false],
    ['another user', {}, { userId: 'U2' }, false],
    ['another place', {}, { place: 'T1:C2' }, false],
    ['a private reply and a public one', { private: true }, {}, false],
    [
      'two private replies in one place (thread ignored)',
      { private: true, thread: 'a' },
      { private: true },
      true,
    ],
  ])('%s: share a conversation = %s', (_label, a, b, same) => {
    const keyA = buildAsk({ ...base, ...a }).conversationKey;
    const keyB = buildAsk({ ...base, ...b }).conversationKey;
    expect(keyA === keyB).toBe(same);
  });

  it("carries the platform's locale as a BCP 47 tag, and none where the platform gave none or no language", () => {
    expect(buildAsk({ ...base, locale: 'en_GB.UTF-8' }).locale).toBe('en-GB');
    expect(buildAsk({ ...base, locale: 'pt-br' }).locale).toBe('pt-BR');
    expect(buildAsk({ ...base, locale: 'C' })).not.toHaveProperty('locale');
    expect(buildAsk({ ...base, locale: null })).not.toHaveProperty('locale');
    expect(buildAsk(base)).not.toHaveProperty('locale');
  });

  it('keeps platforms apart through the user key (the service prefixes the platform to the conversation)', () => {
    expect(buildAsk({ ...base, platform: 'discord' }).userKey).toBe('discord:U1');
  });

  it('has no conversation without a place: a one-off question', () => {
    expect(buildAsk({ platform: 'http', userId: 't1', text: 'x' })).toEqual({
      platform: 'http',
      userKey: 'http:t1',
      text: 'x',
      private: false,
    });
  });
});
