// Discord as the composition root sees it: configured by DISCORD_* settings, discord.js loaded only when it is;
// in this process, or one process per shard.
import type { Platform } from '../../src/app/platform.js';
import { discordSettingsFrom } from './settings.js';

/** The shard process's entry point (without extension: `.ts` from source, `.js` when built). */
const SHARD_ENTRY = new URL('../../src/discord-shard', import.meta.url);

export const discordPlatform: Platform = {
  name: 'discord',
  configure(env) {
    const settings = discordSettingsFrom(env);
    if (!settings) return undefined;
    return async (deps) => {
      if (settings.shards === 1) return (await import('./adapter.js')).createAdapter(deps, settings);
      return (await import('./sharding.js')).createShardedAdapter(deps, settings, SHARD_ENTRY);
    };
  },
};
