// The behaviour contract's driver for Discord: real discord.js against the local REST and gateway stand-in;
// every user asks by mentioning statbot in the server channel.
import { createAdapter } from '../../../adapters/discord/adapter.js';
import { makeButtonClick, makeGuildMessage, makeMember } from '../../helpers/discord-payloads.js';
import {
  BOT_ID,
  CHANNEL_ID,
  type DiscordCall,
  humanUser,
  startDiscordStandIn,
} from '../../helpers/discord-stand-in.js';
import { type DiscordPayload, discordCanPing, discordVisibleText } from '../../helpers/discord-validate.js';
import { pollFor } from '../../helpers/stand-in-kit.js';
import { type ContractTarget, type ContractUser, type Delivery, USERS } from '../behaviour-contract.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GabcDE.discord-contract-token-123456789';
const userId = (user: ContractUser) => `9000000000000001${String(USERS.indexOf(user)).padStart(2, '0')}`;

function deliveryOf(payload: DiscordPayload & { flags?: number }): Delivery {
  const json = JSON.stringify(payload.components ?? []);
  return {
    text: discordVisibleText(payload),
    private: ((payload.flags ?? 0) & 64) === 64,
    canPing: discordCanPing(payload),
    feedback: json.includes('statbot:fb:'),
    suggestions: (json.match(/"statbot:fact:/gu) ?? []).length,
  };
}

export const discordTarget: ContractTarget = {
  name: 'discord',
  publicReplies: true,
  // A reply to a message is seen by the channel; only interactions can answer one person.
  privateReplies: false,
  clicks: true,
  users: true,
  // A message carries the server's language; an interaction the asker's own.
  locale: { ask: 'en-GB', click: 'cy' },
  async start(deps) {
    const standIn = await startDiscordStandIn();
    const adapter = createAdapter(
      deps,
      { token: TOKEN, shards: 1, apiUrl: standIn.apiUrl },
      { readyTimeoutMs: 10_000 },
    );
    await adapter.start();
    const last = new Map<ContractUser, DiscordPayload>();
    const wait = (match: (c: DiscordCall) => boolean) => pollFor(standIn.calls, match, 15_000, (c) => c.path);
    return {
      async ask(question, user) {
        const message = makeGuildMessage({
          content: `<@${BOT_ID}> ${question}`,
          author: { ...humanUser, id: userId(user), username: user },
        });
        standIn.dispatch('MESSAGE_CREATE', message);
        const call = await wait(
          (c) =>
            c.method === 'POST' &&
            c.path === `/api/v10/channels/${CHANNEL_ID}/messages` &&
            (c.body.message_reference as { message_id?: string } | undefined)?.message_id === message.id,
        );
        last.set(user, call.body as DiscordPayload);
        return deliveryOf(call.body as DiscordPayload);
      },
      async clickSuggestion(user) {
        const json = JSON.stringify(last.get(user)?.components ?? []);
        const customId = /"(statbot:fact:[^"]+)"/u.exec(json)?.[1] ?? '';
        const click = { ...makeButtonClick(customId), member: makeMember(userId(user)), locale: 'cy' };
        standIn.dispatch('INTERACTION_CREATE', click);
        const call = await wait((c) => c.path.startsWith(`/api/v10/interactions/${click.id}/`));
        return deliveryOf((call.body.data ?? call.body) as DiscordPayload & { flags?: number });
      },
      userKey: (user) => `discord:${userId(user)}`,
      async stop() {
        await adapter.stop();
        await standIn.close();
      },
    };
  },
};
