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
