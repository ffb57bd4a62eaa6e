// The month words a claim may write, built from the one list of month names.
import { MONTH_NAMES } from '../../text/months.js';

/** The months' three-letter stems, in calendar order ("jan" … "dec"). */
export const MONTH_STEMS = MONTH_NAMES.map((m) => m.slice(0, 3));

/** Any month stem as a regular-expression alternative ("jan|feb|…"). */
export const MONTH_STEM_PATTERN = MONTH_STEMS.join('|');

/**
 * The endings that complete a stem, including "t" for "Sept". Any ending may follow any stem, as before: the
 * match is loose on purpose.
 */
const MONTH_ENDINGS = [...new Set([...MONTH_NAMES.map((m) => m.slice(3)).filter(Boolean), 't'])];

/** A month written out or shortened ("April", "apr", "sept"), as a regular-expression group; no word starting like one. */
export const MONTH_WORD_PATTERN = String.raw`(?:${MONTH_STEM_PATTERN})(?:${MONTH_ENDINGS.join('|')})?\b`;

/** A month written out or shortened ("April", "apr"), capturing its stem, not a word that starts like one ("Mark"). */
export const MONTH_IN_TEXT = new RegExp(
  String.raw`\b(${MONTH_STEM_PATTERN})(?:${MONTH_ENDINGS.join('|')})?\b`,
  'u',
);

/** The month's number, two digits ("04"), for a stem from `MONTH_STEMS`; "00" for anything else. */
export function monthNumber(stem: string): string {
  return String(MONTH_STEMS.indexOf(stem) + 1).padStart(2, '0');
}
