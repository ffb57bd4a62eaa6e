// Discord as the composition root sees it: configured by DISCORD_* settings, discord.js loaded only when it is;
// in this process, or one process per shard.
import { definePlatform } from '../../src/app/platform.js';
import { discordSettingsFrom } from './settings.js';

/** The shard process's entry point (without extension: `.ts` from source, `.js` when built). */
const SHARD_ENTRY = new URL('../../src/discord-shard', import.meta.url);

export const discordPlatform = definePlatform('discord', discordSettingsFrom, async (deps, settings) =>
  settings.shards === 1
    ? (await import('./adapter.js')).createAdapter(deps, settings)
    : (await import('./sharding.js')).createShardedAdapter(deps, settings, SHARD_ENTRY),
);
