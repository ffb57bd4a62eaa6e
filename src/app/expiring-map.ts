// A bounded map whose entries expire: the oldest go first when full, stale ones are never returned.

export interface ExpiringMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly size: number;
}

/** At most `max` entries, each forgotten `ttlMs` after it was last set. */
export function createExpiringMap<V>(options: {
  max: number;
  ttlMs: number;
  now?: () => number;
}): ExpiringMap<V> {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: V; at: number }>();
  const evict = (t: number) => {
    for (const [key, entry] of entries) {
      if (t - entry.at < options.ttlMs && entries.size <= options.max) break;
      entries.delete(key);
    }
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (now() - entry.at >= options.ttlMs) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value) {
      const t = now();
      entries.delete(key);
      entries.set(key, { value, at: t });
      evict(t);
    },
    delete(key) {
      entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
}
