import { describe, expect, it } from 'vitest';
import { slackSettingsFrom } from '../../../adapters/slack/settings.js';
import { ConfigError } from '../../../src/errors.js';

describe('slackSettingsFrom', () => {
  it('is off without SLACK_BOT_TOKEN (a blank one too)', () => {
    expect(slackSettingsFrom({})).toBeUndefined();
    expect(slackSettingsFrom({ SLACK_BOT_TOKEN: ' ' })).toBeUndefined();
  });

  it('picks Socket Mode when an app token is set', () => {
    expect(slackSettingsFrom({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
    });
  });

  it('picks HTTP mode on PORT with a signing secret', () => {
    expect(
      slackSettingsFrom({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        PORT: '8080',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
      }),
    ).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: 's',
      port: 8080,
      apiUrl: 'http://127.0.0.1:9/api/',
    });
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_APP_TOKEN \(Socket Mode, recommended\) or SLACK_SIGNING_SECRET/],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_BOT_TOKEN is not/],
    [
      { SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'xapp-1' },
      /must be a bot token starting with "xoxb-"/,
    ],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, /SLACK_APP_TOKEN must be an app-level token/],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'not a url' },
      /SLACK_API_URL: must be a full URL/,
    ],
  ])('stops start-up naming the variable and the fix: %j', (env, message) => {
    expect(() => slackSettingsFrom(env)).toThrowError(ConfigError);
    expect(() => slackSettingsFrom(env)).toThrowError(message);
  });

  it('never puts a token in an error message', () => {
    expect(() =>
      slackSettingsFrom({ SLACK_BOT_TOKEN: 'xoxp-very-secret-token', SLACK_APP_TOKEN: 'xapp-1' }),
    ).toThrow(/^(?!.*very-secret)/su);
  });
});
