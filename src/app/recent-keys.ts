// A bounded, expiring set of keys: remembers what was already handled (e.g. Slack event ids).
import { createExpiringMap } from './expiring-map.js';

export interface RecentKeys {
  /** True if `key` was seen within the time-to-live; records it otherwise. */
  checkAndAdd(key: string): boolean;
  readonly size: number;
}

/** At most `max` keys, each forgotten after `ttlMs`. */
export function createRecentKeys(options: { max: number; ttlMs: number; now?: () => number }): RecentKeys {
  const seen = createExpiringMap<true>(options);
  return {
    checkAndAdd(key) {
      if (seen.get(key)) return true;
      seen.set(key, true);
      return false;
    },
    get size() {
      return seen.size;
    },
  };
}
