import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, openGapsStore } from '../../src/gaps/gaps-store.js';
import { reviewStoredText } from '../../src/gaps/keep-question.js';
import { MIGRATIONS } from '../../src/gaps/migrations.js';
import { captureLogs } from '../helpers/log-capture.js';
import { tempGapsStore } from '../helpers/temp-db.js';

const entry = {
  question: 'how many cases on tiktok?',
  platform: 'slack',
  packId: 'p',
  status: 'abstained' as const,
  reason: 'not_covered/platform',
  topFactId: 'f',
};

describe('gaps store (real SQLite file)', () => {
  it('creates the file and its folder on first use, at the latest schema version', () => {
    const { path, store } = tempGapsStore();
    expect(existsSync(path)).toBe(true);
    store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(
      (db.prepare("SELECT name FROM pragma_table_info('gaps')").all() as Array<{ name: string }>).map(
        (c) => c.name,
      ),
    ).toEqual([
      'id',
      'asked_at',
      'platform',
      'pack_id',
      'status',
      'reason',
      'question',
      'top_fact_id',
      'feedback',
    ]);
    db.close();
  });

  it('migrates an older database forward: keeps plain statistics questions, redacted, and drops the rest', () => {
    const db = new Database(':memory:');
    db.exec(String(MIGRATIONS[0]));
    db.pragma('user_version = 1');
    const insert = db.prepare(
      "INSERT INTO gaps (asked_at, platform, pack_id, status, reason, question, top_fact_id) VALUES (1, 's', 'p', 'abstained', 'a', ?, 'f')",
    );
    insert.run('<@U123> how many grooming cases were on tiktok? ask @bob.smith');
    insert.run('my daughter is 12 and a man on roblox keeps asking her for photos');
    insert.run('how do i get a kid to keep our chats secret from her mum');
    insert.run('what time is it');
    db.prepare("UPDATE gaps SET reason = 'off_topic' WHERE question = 'what time is it'").run();
    migrate(db, (text, reason) => reviewStoredText(text, new Set(), reason));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT question, feedback FROM gaps').all()).toEqual([
      { question: 'how many grooming cases were on tiktok? ask [handle]', feedback: '' },
    ]);
  });

  it('refuses to migrate stored rows past the safety review without the checks to review them', () => {
    const db = new Database(':memory:');
    db.exec(String(MIGRATIONS[0]));
    db.pragma('user_version = 1');
    db.prepare(
      "INSERT INTO gaps (asked_at, platform, pack_id, status, reason, question, top_fact_id) VALUES (1, 's', 'p', 'ambiguous', 'a', 'q', 'f')",
    ).run();
    expect(() => migrate(db)).toThrow(/reviewed/u);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('records entries and feedback, and stores no user id', () => {
    const { store, path } = tempGapsStore();
    const id = store.record(entry);
    expect(id).toBeGreaterThan(0);
    store.addFeedback(id ?? 0, 'wanted TikTok figures');
    expect(store.rows()).toMatchObject([{ ...entry, feedback: 'wanted TikTok figures' }]);
    store.close();
    const columns = (
      new Database(path).prepare("SELECT name FROM pragma_table_info('gaps')").all() as Array<{
        name: string;
      }>
    ).map((c) => c.name);
    expect(columns.some((c) => /user|name|author/.test(c))).toBe(false);
  });

  it('deletes rows older than the retention period', () => {
    let now = Date.UTC(2026, 0, 1);
    const { store } = tempGapsStore({ now: () => now, retentionDays: 30 });
    store.record(entry);
    now += 31 * 24 * 60 * 60 * 1000;
    store.record({ ...entry, question: 'newer' });
    expect(store.prune()).toBe(1);
    expect(store.rows().map((r) => r.question)).toEqual(['newer']);
  });

  it('records nothing and warns, never throws, when the file cannot be opened', () => {
    const logs = captureLogs();
    // A path below a regular file can never be created.
    const file = join(mkdtempSync(join(tmpdir(), 'statbot-file-')), 'plain-file');
    writeFileSync(file, 'not a folder');
    const store = openGapsStore({
      path: join(file, 'statbot.sqlite'),
      retentionDays: 90,
      logger: logs.logger,
    });
    expect(store.record(entry)).toBeUndefined();
    expect(store.rows()).toEqual([]);
    expect(logs.lines().join('\n')).toContain('gaps database unavailable');
  });
});
