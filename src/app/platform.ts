// The shape of a platform as the composition root sees it: its own settings, and an adapter built on demand.
import type { Env } from '../config/env-schema.js';
import type { Adapter, AdapterDeps } from './adapter.js';

/** Builds the platform's adapter; its library (Bolt, discord.js…) loads only now. */
export type StartPlatform = (deps: Required<AdapterDeps>) => Promise<Adapter>;

/** One platform: `adapters/<platform>/platform.ts` exports one, and `src/platforms.ts` lists it. */
export interface Platform {
  readonly name: string;
  /**
   * Reads the platform's own settings from `env`: how to start it, or undefined when it is not configured.
   * Throws a ConfigError naming the variable and the fix, before anything is loaded.
   */
  configure(env: Env): StartPlatform | undefined;
}

/**
 * A platform from its settings reader and its adapter factory; `create` should import the platform's library
 * dynamically, so an unconfigured platform costs nothing at start-up.
 */
export function definePlatform<S>(
  name: string,
  settingsFrom: (env: Env) => S | undefined,
  create: (deps: Required<AdapterDeps>, settings: S) => Promise<Adapter>,
): Platform {
  return {
    name,
    configure(env) {
      const settings = settingsFrom(env);
      return settings === undefined ? undefined : (deps) => create(deps, settings);
    },
  };
}
