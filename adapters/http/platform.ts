// The HTTP API as the composition root sees it: configured by STATBOT_API_TOKENS, node:http only.
import { definePlatform } from '../../src/app/platform.js';
import { httpSettingsFrom } from './settings.js';

export const httpPlatform = definePlatform('http', httpSettingsFrom, async (deps, settings) =>
  (await import('./adapter.js')).createAdapter(deps, settings),
);
