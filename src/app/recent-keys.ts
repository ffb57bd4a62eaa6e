// A bounded, expiring set of keys: remembers what was already handled (e.g. Slack event ids).

export interface RecentKeys {
  /** True if `key` was seen within the time-to-live; records it otherwise. */
  checkAndAdd(key: string): boolean;
  readonly size: number;
}

/** At most `max` keys, each forgotten after `ttlMs`. */
export function createRecentKeys(options: { max: number; ttlMs: number; now?: () => number }): RecentKeys {
  const now = options.now ?? Date.now;
  const seenAt = new Map<string, number>();
  const evict = (t: number) => {
    for (const [key, at] of seenAt) {
      if (t - at < options.ttlMs && seenAt.size <= options.max) break;
      seenAt.delete(key);
    }
  };
  return {
    checkAndAdd(key) {
      const t = now();
      evict(t);
      const at = seenAt.get(key);
      if (at !== undefined && t - at < options.ttlMs) return true;
      seenAt.delete(key);
      seenAt.set(key, t);
      evict(t);
      return false;
    },
    get size() {
      return seenAt.size;
    },
  };
}
