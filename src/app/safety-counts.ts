// Counts of safety decisions, so an operator can see how often each fires. Counts only: never any text.
import type { Logger } from '../logger.js';
import type { Screening } from '../safety/screen.js';

export interface SafetyCounts {
  messages: number;
  safeguarding: number;
  safeguardingYoung: number;
  safeguardingWithStatistic: number;
  harmful: number;
}

const LOG_EVERY_MS = 15 * 60 * 1000;

/** Keeps the counts and logs them every 15 minutes (when anything fired) and on `log()`. */
export function createSafetyCounts(logger?: Logger) {
  const counts: SafetyCounts = {
    messages: 0,
    safeguarding: 0,
    safeguardingYoung: 0,
    safeguardingWithStatistic: 0,
    harmful: 0,
  };
  let lastLogged = -1;
  const log = () => {
    if (!logger || counts.messages === lastLogged) return;
    lastLogged = counts.messages;
    logger.info({ safety: { ...counts } }, 'safety decisions since start-up (counts only)');
  };
  if (logger) setInterval(log, LOG_EVERY_MS).unref();
  return {
    record(s: Screening) {
      counts.messages++;
      if (s.safeguarding) {
        counts.safeguarding++;
        if (s.audience === 'young') counts.safeguardingYoung++;
        if (s.asksStatistic) counts.safeguardingWithStatistic++;
      }
      if (s.harmful) counts.harmful++;
    },
    snapshot: (): Readonly<SafetyCounts> => ({ ...counts }),
    log,
  };
}
