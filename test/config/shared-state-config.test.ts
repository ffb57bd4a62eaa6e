import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';

describe('settings for several replicas', () => {
  it('reads REDIS_URL and DATABASE_URL, which turn on the shared state', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://cache:6379',
      DATABASE_URL: 'postgres://statbot:pw@db:5432/statbot',
    });
    expect(config.redisUrl).toBe('redis://cache:6379');
    expect(config.rateLimit.redisUrl).toBe('redis://cache:6379');
    expect(config.databaseUrl).toBe('postgres://statbot:pw@db:5432/statbot');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/statbot' }).databaseUrl).toBe(
      'postgresql://db/statbot',
    );
  });

  it('leaves both unset when blank (SQLite and memory, as before)', () => {
    const config = loadConfig({ REDIS_URL: '', DATABASE_URL: ' ' });
    expect(config.redisUrl).toBeUndefined();
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names DATABASE_URL and the fix for a URL that is not PostgreSQL, without echoing it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/statbot' })).toThrow(
      /^DATABASE_URL: must be a PostgreSQL URL such as postgres:\/\/user:password@host:5432\/statbot/u,
    );
    try {
      loadConfig({ DATABASE_URL: 'mysql://root:hunter2@db/statbot' });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2');
    }
  });
});
