import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter, type DiscordAdapter } from '../../../adapters/discord/adapter.js';
import { createStatbotService, type StatbotService } from '../../../src/app/statbot-service.js';
import {
  makeAutocomplete,
  makeButtonClick,
  makeDirectMessage,
  makeGuildMessage,
  makeStatsCommand,
} from '../../helpers/discord-payloads.js';
import {
  BOT_ID,
  CHANNEL_ID,
  type DiscordCall,
  type DiscordStandIn,
  DM_CHANNEL_ID,
  startDiscordStandIn,
} from '../../helpers/discord-stand-in.js';
import {
  type DiscordPayload,
  discordCanPing,
  discordProblems,
  discordVisibleText,
} from '../../helpers/discord-validate.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GabcDE.discord-test-token-value-123456789';
let standIn: DiscordStandIn;
let adapter: DiscordAdapter;
const logs = captureLogs();

const callbackFor = (interactionId: string) => (c: DiscordCall) =>
  c.path.startsWith(`/api/v10/interactions/${interactionId}/`);
const settle = () => new Promise((r) => setTimeout(r, 150));
const dataOf = (c: DiscordCall) =>
  (c.body.data ?? c.body) as DiscordPayload & {
    flags?: number;
    choices?: Array<{ name: string; value: string }>;
  };

// The real service, except that a test can make the next answer fail (as a broken dependency would).
const realService = createStatbotService({ index: realIndex() });
let failNext = false;
const asked: string[] = [];
const service: StatbotService = {
  ...realService,
  ask: (question, context) => {
    asked.push(question);
    if (!failNext) return realService.ask(question, context);
    failNext = false;
    return Promise.reject(new Error('a dependency broke'));
  },
};

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  adapter = createAdapter(
    { service, logger: logs.logger },
    { token: TOKEN, shards: 1, apiUrl: standIn.apiUrl },
    { readyTimeoutMs: 10_000 },
  );
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await standIn.close();
});

describe('Discord (real discord.js against a stand-in REST API and gateway)', () => {
  it('connects through /gateway/bot and identifies with only the non-privileged intents', () => {
    expect(standIn.calls.some((c) => c.path === '/api/v10/gateway/bot')).toBe(true);
    expect(adapter.client.options.intents.bitfield).toBe(1 + 512 + 4096);
  });

  it('answers /stats ask with an embed carrying the quote, visible in the channel', async () => {
    const interaction = makeStatsCommand('ask', [
      { name: 'question', type: 3, value: 'how often was snapchat used?' },
    ]);
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const call = await standIn.waitFor(callbackFor(interaction.id));
    expect(call.body.type).toBe(4);
    const data = dataOf(call);
    expect(data.flags ?? 0).toBe(0);
    expect(data.embeds?.[0]?.description).toBe(
      'Snapchat was used in **20 percent** of the instances for which data was available.',
    );
    expect(data.embeds?.[0]?.fields?.[0]?.value).toContain(
      '> Snapchat was used in 20 percent of instances for which data was available.',
    );
    expect(data.allowed_mentions?.parse).toEqual([]);
  });

  it('answers privately when private:true is set', async () => {
    const interaction = makeStatsCommand('ask', [
      { name: 'question', type: 3, value: 'what does 12,925 refer to?' },
      { name: 'private', type: 5, value: true },
    ]);
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const data = dataOf(await standIn.waitFor(callbackFor(interaction.id)));
    expect(data.flags).toBe(64);
    expect(discordVisibleText(data)).toContain('A total of 12,925 offences were recorded by police');
  });

  it('autocompletes questions from the pack as the user types, at most 25', async () => {
    const interaction = makeAutocomplete('ask', 'question', 'insta');
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const call = await standIn.waitFor(callbackFor(interaction.id));
    expect(call.body.type).toBe(8);
    const choices = dataOf(call).choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.name.toLowerCase()).toMatch(/insta/);
    const empty = makeAutocomplete('ask', 'question', '');
    standIn.dispatch('INTERACTION_CREATE', empty);
    expect((dataOf(await standIn.waitFor(callbackFor(empty.id))).choices ?? []).length).toBe(19);
  });

  it('autocompletes fact ids by title', async () => {
    const interaction = makeAutocomplete('fact', 'id', 'zuckerberg');
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const choices = dataOf(await standIn.waitFor(callbackFor(interaction.id))).choices ?? [];
    expect(choices[0]).toEqual({
      name: 'Mark Zuckerberg announced encryption plans in March 2019',
      value: 'zuckerberg-encryption-march-2019',
    });
  });

  it.each([
    ['fact', [{ name: 'id', type: 3, value: 'offences-2017-2020' }], 'A total of 12,925 offences'],
    ['topics', [], 'Facebook, WhatsApp, Instagram and Snapchat'],
    ['sources', [], 'not stated in the source'],
    ['help', [], '/stats ask <question>'],
  ])('renders /stats %s', async (sub, options, expected) => {
    const interaction = makeStatsCommand(sub, options);
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const data = dataOf(await standIn.waitFor(callbackFor(interaction.id)));
    expect(discordVisibleText(data)).toContain(expected);
    expect(discordProblems(data)).toEqual([]);
  });

  it('answers a suggestion button with that fact', async () => {
    const interaction = makeButtonClick('statbot:fact:nspcc-online-grooming:instagram-over-a-third');
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const data = dataOf(await standIn.waitFor(callbackFor(interaction.id)));
    expect(discordVisibleText(data)).toContain('Instagram was used in over a third of the cases');
    // Asked through the service like any question (rate limit, gaps log), so the answer has 👍 / 👎 too.
    expect(asked.at(-1)).toBe(
      realService.suggestedQuestion('nspcc-online-grooming', 'instagram-over-a-third'),
    );
    const ids = JSON.stringify(data.components ?? []);
    expect(ids).toContain('statbot:fb:up:');
  });

  it('replies to an @mention in that channel, as a reply to the message', async () => {
    const message = makeGuildMessage({ content: `<@${BOT_ID}> which app was used most?` });
    standIn.dispatch('MESSAGE_CREATE', message);
    const call = await standIn.waitFor(
      (c) =>
        c.method === 'POST' &&
        c.path === `/api/v10/channels/${CHANNEL_ID}/messages` &&
        (c.body.message_reference as { message_id?: string })?.message_id === message.id,
    );
    expect(discordVisibleText(call.body as DiscordPayload)).toContain(
      'Instagram was used in over a third of the cases',
    );
    expect(call.body.allowed_mentions as { parse: unknown[]; replied_user: boolean }).toEqual({
      parse: [],
      replied_user: false,
    });
  });

  it('replies to a direct message in the DM', async () => {
    const message = makeDirectMessage({ content: 'what does 51% mean' });
    standIn.dispatch('MESSAGE_CREATE', message);
    const call = await standIn.waitFor(
      (c) => c.method === 'POST' && c.path === `/api/v10/channels/${DM_CHANNEL_ID}/messages`,
    );
    expect(discordVisibleText(call.body as DiscordPayload)).toContain('in 51 percent of cases');
  });

  it.each([
    [
      '@everyone without a mention of statbot',
      { content: '@everyone how many cases?', mentions: [], mention_everyone: true },
    ],
    [
      'a role mention only',
      {
        content: '<@&900000000000000099> how many cases?',
        mentions: [],
        mention_roles: ['900000000000000099'],
      },
    ],
    [
      'a bot author',
      {
        author: {
          id: '900000000000000077',
          username: 'otherbot',
          discriminator: '0',
          bot: true,
          avatar: null,
        },
      },
    ],
    [
      'a webhook',
      {
        webhook_id: '900000000000000088',
        author: {
          id: '900000000000000088',
          username: 'hook',
          discriminator: '0000',
          bot: true,
          avatar: null,
        },
      },
    ],
    ['a system message', { type: 7 }],
  ])('ignores %s', async (_label, overrides) => {
    const before = standIn.calls.length;
    standIn.dispatch('MESSAGE_CREATE', makeGuildMessage(overrides));
    await settle();
    expect(standIn.calls.slice(before).filter((c) => c.method === 'POST')).toEqual([]);
  });

  it.each([
    ['@everyone', '@everyone how many cases were recorded?'],
    ['a role mention', '<@&900000000000000099> <@900000000000000006> which app was used most?'],
    ['4,000 characters', 'how many cases '.repeat(270)],
    ['empty', ''],
  ])('keeps %s inert, bounded and valid', async (_label, question) => {
    const interaction = makeStatsCommand('ask', [{ name: 'question', type: 3, value: question }]);
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const data = dataOf(await standIn.waitFor(callbackFor(interaction.id)));
    expect(discordProblems(data)).toEqual([]);
    expect(discordCanPing(data)).toBe(false);
  });

  it('sent every payload with mentions disabled', () => {
    const payloads = standIn.calls.filter(
      (c) => c.method === 'POST' && (c.path.includes('/messages') || c.path.endsWith('/callback')),
    );
    expect(payloads.length).toBeGreaterThan(5);
    for (const p of payloads) {
      const data = dataOf(p);
      if ((p.body.type as number) === 8) continue; // autocomplete choices carry no message
      expect(data.allowed_mentions?.parse, p.path).toEqual([]);
    }
  });

  it('apologises privately with a reference when answering fails, and stays up', async () => {
    failNext = true;
    const interaction = makeStatsCommand('ask', [
      { name: 'question', type: 3, value: 'how many cases were recorded?' },
    ]);
    standIn.dispatch('INTERACTION_CREATE', interaction);
    const call = await standIn.waitFor(callbackFor(interaction.id));
    expect(dataOf(call).flags).toBe(64);
    expect(String((dataOf(call) as { content?: string }).content)).toMatch(
      /Sorry, something went wrong on my side.*\(ref [0-9A-F]{8}\)/,
    );
    expect(
      logs
        .lines()
        .some((l) => l.includes('discord: failed to handle a request') && l.includes('a dependency broke')),
    ).toBe(true);
    expect(JSON.stringify(call.body)).not.toContain('a dependency broke');
    const next = makeStatsCommand('ask', [{ name: 'question', type: 3, value: 'snapchat?' }]);
    standIn.dispatch('INTERACTION_CREATE', next);
    expect(discordVisibleText(dataOf(await standIn.waitFor(callbackFor(next.id))))).toContain(
      'Snapchat was used',
    );
  });

  it('never logs the token', () => {
    expect(logs.lines().join('\n')).not.toContain('discord-test-token-value');
  });
});

describe('Discord follow-ups', () => {
  it('reads a reply in the same channel with the previous question of that user', async () => {
    const first = makeGuildMessage({ content: `<@${BOT_ID}> how often was instagram used?` });
    standIn.dispatch('MESSAGE_CREATE', first);
    await standIn.waitFor(
      (c) => (c.body.message_reference as { message_id?: string })?.message_id === first.id,
    );
    const second = makeGuildMessage({ content: `<@${BOT_ID}> and snapchat?` });
    standIn.dispatch('MESSAGE_CREATE', second);
    const call = await standIn.waitFor(
      (c) => (c.body.message_reference as { message_id?: string })?.message_id === second.id,
    );
    expect(discordVisibleText(call.body as DiscordPayload)).toContain(
      'Snapchat was used in 20 percent of instances',
    );
  });
});
