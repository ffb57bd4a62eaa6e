// The month names, in order: one list for the core's period reading and for pack drafting.

export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Any month name as a regular-expression alternative ("january|february|…"). */
export const MONTH_PATTERN = MONTH_NAMES.join('|');

/** A month, written in full or shortened ("6 Feb", "March 2019", "apr-jun"), as a regular-expression group. */
export const MONTH_WORD = `(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*`;
