// A real SQLite gaps store in a fresh temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGapsStore } from '../../src/gaps/gaps-store.js';
import { captureLogs } from './log-capture.js';

export function tempGapsStore(options: { now?: () => number; retentionDays?: number } = {}) {
  const path = join(mkdtempSync(join(tmpdir(), 'statbot-db-')), 'nested', 'statbot.sqlite');
  const logs = captureLogs();
  const store = openGapsStore({
    path,
    retentionDays: options.retentionDays ?? 90,
    logger: logs.logger,
    ...(options.now ? { now: options.now } : {}),
  });
  return { path, store, logs };
}
