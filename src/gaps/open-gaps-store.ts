// Picks the gaps store the settings ask for: PostgreSQL shared by replicas (DATABASE_URL), else the SQLite file.
import type { Logger } from '../logger.js';
import type { DependencyHealth } from '../state/dependency-health.js';
import type { GapsStore } from './gaps-store.js';
import { openGapsStore } from './gaps-store.js';
import { openPgGapsStore } from './pg-gaps-store.js';
import type { ReviewText } from './review-rows.js';

export interface GapsSettings {
  dbPath: string;
  databaseUrl?: string;
  gapsRetentionDays: number;
}

export interface OpenGapsOptions {
  logger: Logger;
  /** Today's keep-rules, for migrations and `purgeUnsafe` (the same for both databases). */
  review: ReviewText;
  strict?: boolean;
}

/** The configured store, and a name for it that holds no credentials. */
export function openConfiguredGapsStore(
  settings: GapsSettings,
  options: OpenGapsOptions,
): { store: GapsStore; where: string; health?: () => Promise<DependencyHealth> } {
  const common = {
    retentionDays: settings.gapsRetentionDays,
    logger: options.logger,
    review: options.review,
    ...(options.strict ? { strict: true } : {}),
  };
  if (settings.databaseUrl) {
    const store = openPgGapsStore({ ...common, url: settings.databaseUrl });
    return { store, where: describeDatabase(settings.databaseUrl), health: () => store.health() };
  }
  return { store: openGapsStore({ ...common, path: settings.dbPath }), where: settings.dbPath };
}

/** `postgres://host:port/db`, without user or password. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `postgres://${u.host}${u.pathname}`;
  } catch {
    return 'the PostgreSQL database in DATABASE_URL';
  }
}
