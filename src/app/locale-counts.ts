// How many messages came in each language the platforms named, so an operator can see which translations
// would matter. Counts only: never any text, never who asked.
import type { Logger } from '../logger.js';

/** Messages per locale ("en-GB", …); `none` where the platform gave no locale. */
export type LocaleCounts = Record<string, number>;

const LOG_EVERY_MS = 15 * 60 * 1000;
/** Distinct locales kept: any more are counted as `other`, so odd tags cannot grow the map without bound. */
const MAX_LOCALES = 100;

/** Keeps the counts and logs them every 15 minutes (when any came in) and on `log()`. */
export function createLocaleCounts(logger?: Logger) {
  const counts = new Map<string, number>();
  let total = 0;
  let lastLogged = 0;
  const log = () => {
    if (!logger || total === lastLogged) return;
    lastLogged = total;
    logger.info({ locales: Object.fromEntries(counts) }, 'messages by locale since start-up (counts only)');
  };
  if (logger) setInterval(log, LOG_EVERY_MS).unref();
  return {
    record(locale: string | undefined) {
      total++;
      const key = locale ?? 'none';
      const counted = counts.has(key) || counts.size < MAX_LOCALES ? key : 'other';
      counts.set(counted, (counts.get(counted) ?? 0) + 1);
    },
    snapshot: (): Readonly<LocaleCounts> => Object.fromEntries(counts),
    log,
  };
}
