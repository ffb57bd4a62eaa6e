// Slack as the composition root sees it: configured by SLACK_* settings, Bolt loaded only when it is.
import type { Platform } from '../../src/app/platform.js';
import { slackSettingsFrom } from './settings.js';

export const slackPlatform: Platform = {
  name: 'slack',
  configure(env) {
    const settings = slackSettingsFrom(env);
    if (!settings) return undefined;
    return async (deps) => (await import('./adapter.js')).createAdapter(deps, settings);
  },
};
