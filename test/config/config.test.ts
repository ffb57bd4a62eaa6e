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

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ STATBOT_ADMINS: 'U123' }, /STATBOT_ADMINS: list platform user ids/],
    [{ STATBOT_GAPS_RETENTION_DAYS: '0' }, /STATBOT_GAPS_RETENTION_DAYS/],
  ])('stops start-up naming the variable and the fix: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(message);
  });
});
