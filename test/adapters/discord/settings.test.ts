import { describe, expect, it } from 'vitest';
import { discordSettingsFrom } from '../../../adapters/discord/settings.js';
import { ConfigError } from '../../../src/errors.js';

describe('discordSettingsFrom', () => {
  it('is off without DISCORD_TOKEN, and runs in this process by default', () => {
    expect(discordSettingsFrom({ DISCORD_TOKEN: '' })).toBeUndefined();
    expect(discordSettingsFrom({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456' })).toEqual({
      token: 't',
      shards: 1,
      applicationId: '123456',
    });
    expect(discordSettingsFrom({ DISCORD_TOKEN: 't', STATBOT_DISCORD_SHARDS: 'auto' })?.shards).toBe('auto');
  });

  it.each([
    [{ DISCORD_GUILD_ID: '123456' }, /DISCORD_TOKEN is not/],
    [{ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'abc' }, /numeric Application ID/],
    [{ DISCORD_TOKEN: 't', STATBOT_DISCORD_SHARDS: 'many' }, /STATBOT_DISCORD_SHARDS: must be "auto"/],
  ])('stops start-up naming the variable and the fix: %j', (env, message) => {
    expect(() => discordSettingsFrom(env)).toThrowError(ConfigError);
    expect(() => discordSettingsFrom(env)).toThrowError(message);
  });
});
