// The HTTP API as the composition root sees it: configured by STATBOT_API_TOKENS, node:http only.
import type { Platform } from '../../src/app/platform.js';
import { httpSettingsFrom } from './settings.js';

export const httpPlatform: Platform = {
  name: 'http',
  configure(env) {
    const settings = httpSettingsFrom(env);
    if (!settings) return undefined;
    return async (deps) => (await import('./adapter.js')).createAdapter(deps, settings);
  },
};
