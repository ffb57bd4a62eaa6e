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
