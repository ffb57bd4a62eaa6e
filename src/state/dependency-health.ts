// What /readyz reports about each configured dependency: up, or down with a reason safe to show.

/** One dependency's state; `reason` never holds a URL, a password or a user's text. */
export interface DependencyHealth {
  name: 'redis' | 'postgres';
  up: boolean;
  reason?: string;
}

/** Each configured dependency's state, on demand (a probe may take up to about a second). */
export type DependencyProbe = () => Promise<DependencyHealth[]>;

/** A short reason for an error: its code and message, with anything URL-like (credentials) removed. */
export function reasonOf(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const safe = message.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/giu, '[url]').slice(0, 200);
  return typeof code === 'string' && !safe.includes(code) ? `${code}: ${safe}` : safe;
}
