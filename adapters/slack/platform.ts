// Slack as the composition root sees it: configured by SLACK_* settings, Bolt loaded only when it is.
import { definePlatform } from '../../src/app/platform.js';
import { slackSettingsFrom } from './settings.js';

export const slackPlatform = definePlatform('slack', slackSettingsFrom, async (deps, settings) =>
  (await import('./adapter.js')).createAdapter(deps, settings),
);
