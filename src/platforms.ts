// The platforms `npm start` can run: adding one is a folder under adapters/ and one line here.
import { discordPlatform } from '../adapters/discord/platform.js';
import { httpPlatform } from '../adapters/http/platform.js';
import { slackPlatform } from '../adapters/slack/platform.js';
import type { Platform } from './app/platform.js';

export const PLATFORMS: readonly Platform[] = [slackPlatform, discordPlatform, httpPlatform];
