import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { ConfigError } from '../../src/errors.js';

const DEFAULTS = {
  knowledgeDir: 'knowledge',
  port: 3000,
  dbPath: 'data/statbot.sqlite',
  gapsRetentionDays: 90,
  admins: [],
  rateLimit: { points: 20, windowSeconds: 60 },
};

describe('loadConfig', () => {
  it('reads the admins list and the gaps settings', () => {
    expect(
      loadConfig({
        STATBOT_ADMINS: 'slack:U01, discord:123',
        STATBOT_GAPS_RETENTION_DAYS: '30',
        STATBOT_DB_PATH: '/tmp/x.sqlite',
      }),
    ).toMatchObject({
      admins: ['slack:U01', 'discord:123'],
      gapsRetentionDays: 30,
      dbPath: '/tmp/x.sqlite',
    });
  });

  it('runs the console with defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual(DEFAULTS);
  });

  it('treats blank values as unset (a copied .env.example starts the console)', () => {
    expect(
      loadConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: ' ', LOG_LEVEL: '', STATBOT_ADMINS: '' }),
    ).toEqual(DEFAULTS);
  });

  it('picks Socket Mode when an app token is set', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
    });
  });

  it('picks HTTP mode on PORT with a signing secret', () => {
    expect(
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        PORT: '8080',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
      }).slack,
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
    [{ PORT: 'eighty' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ STATBOT_ADMINS: 'U123' }, /STATBOT_ADMINS: list platform user ids/],
    [{ STATBOT_GAPS_RETENTION_DAYS: '0' }, /STATBOT_GAPS_RETENTION_DAYS/],
    [{ DISCORD_GUILD_ID: '123456' }, /DISCORD_TOKEN is not/],
    [{ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'abc' }, /numeric Application ID/],
  ])('stops start-up naming the variable and the fix: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(message);
  });

  it('never puts a token in an error message', () => {
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxp-very-secret-token', SLACK_APP_TOKEN: 'xapp-1' });
    } catch (error) {
      expect(String(error)).not.toContain('very-secret');
    }
  });
});
