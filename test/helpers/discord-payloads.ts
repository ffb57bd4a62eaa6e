// Builders for Discord gateway payloads with overrides.
import {
  APP_ID,
  botUser,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  GUILD_ID,
  humanUser,
  messageObject,
} from './discord-stand-in.js';

let counter = 0;
const snowflake = () => String(800000000000000000n + BigInt(++counter));

/** A guild member as interactions carry it; `userId` picks someone other than the default user. */
export function makeMember(userId = humanUser.id) {
  return {
    user: { ...humanUser, id: userId },
    roles: [],
    permissions: '2248473465835073',
    joined_at: '2020-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
  };
}

const member = makeMember();

function interactionBase(type: number, data: Record<string, unknown>, overrides: Record<string, unknown>) {
  const id = snowflake();
  return {
    id,
    application_id: APP_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general' },
    member,
    token: `token-${id}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-GB',
    guild_locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    ...overrides,
  };
}

/** A `/stats <sub>` chat-input interaction. */
export function makeStatsCommand(
  sub: string,
  options: Array<{ name: string; type: number; value: unknown; focused?: boolean }> = [],
  overrides: Record<string, unknown> = {},
) {
  return interactionBase(
    2,
    { id: '700000000000000001', name: 'stats', type: 1, options: [{ type: 1, name: sub, options }] },
    overrides,
  );
}

/** An autocomplete interaction while typing `/stats <sub> <option>`. */
export function makeAutocomplete(sub: string, option: string, typed: string) {
  return interactionBase(
    4,
    {
      id: '700000000000000001',
      name: 'stats',
      type: 1,
      options: [{ type: 1, name: sub, options: [{ type: 3, name: option, value: typed, focused: true }] }],
    },
    {},
  );
}

/** A click on a button under one of statbot's messages. */
export function makeButtonClick(customId: string, messageOverrides: Record<string, unknown> = {}) {
  return interactionBase(
    3,
    { custom_id: customId, component_type: 2 },
    { message: messageObject({ author: botUser, ...messageOverrides }) },
  );
}

/** A message in the test server channel (mentioning statbot unless overridden). */
export function makeGuildMessage(overrides: Record<string, unknown> = {}) {
  return messageObject({
    guild_id: GUILD_ID,
    member: { ...member, user: undefined },
    content: `<@${botUser.id}> how often was snapchat used?`,
    mentions: [botUser],
    ...overrides,
  });
}

/** A direct message to statbot. */
export function makeDirectMessage(overrides: Record<string, unknown> = {}) {
  return messageObject({
    channel_id: DM_CHANNEL_ID,
    channel_type: 1,
    content: 'how many cases were recorded?',
    ...overrides,
  });
}

/**
 * Apps → Check statistics on a message: an application command (type 2) of type 3 (message), the target in
 * `data.target_id` and `data.resolved.messages`. `overrides` set the place and install (guild, DM, user install).
 */
export function makeMessageCommand(content: string, overrides: Record<string, unknown> = {}) {
  const target = messageObject({
    content,
    author: { ...humanUser, id: '900000000000000099', username: 'bob' },
  });
  return interactionBase(
    2,
    {
      id: '700000000000000002',
      name: 'Check statistics',
      type: 3,
      target_id: target.id,
      resolved: { messages: { [String(target.id)]: target } },
    },
    overrides,
  );
}

/** Where a user-installed statbot is used: a server it is not in (nothing cached), a DM, a group DM. */
export const USER_INSTALL = {
  inForeignGuild: {
    guild_id: '900000000000000777',
    channel_id: '900000000000000778',
    channel: { id: '900000000000000778', type: 0, guild_id: '900000000000000777', name: 'elsewhere' },
    authorizing_integration_owners: { '1': humanUser.id },
    context: 0,
    app_permissions: '0',
  },
  inPrivateChannel: {
    guild_id: undefined,
    member: undefined,
    user: humanUser,
    channel_id: '900000000000000779',
    channel: { id: '900000000000000779', type: 3, recipients: [humanUser] },
    authorizing_integration_owners: { '1': humanUser.id },
    context: 2,
  },
} as const;
