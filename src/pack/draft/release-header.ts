// The header lines of a statistical release ("Published by: …", "Release date: …", "Status: …"): who published
// it, when, what it covers and its status. Readers ask for these ("who publishes this?", "are these figures
// final?") as often as for any figure, so pack:new drafts one fact quoting them and fills in the publisher and date.
import { MONTH_NAMES } from '../../text/months.js';

/** A line naming one detail of the release, by its label. */
const HEADER_LINE =
  /^(?:published by|publisher|produced by|author|release date|date of release|date published|published|date|coverage|period covered|geography|status|frequency|next (?:release|update))\s*:\s*\S/iu;
/** How far down the source its header may start. */
const HEADER_WITHIN_LINES = 20;

export interface ReleaseHeader {
  /** The header lines, verbatim, joined by line breaks. */
  quote: string;
  publisher?: string;
  /** The release date as YYYY-MM-DD, when a line gives a full date. */
  published?: string;
}

function labelledValue(lines: readonly string[], label: RegExp): string | undefined {
  // "Published by: X. Release date: 5 March 2024": a value ends where the next label starts.
  for (const line of lines.flatMap((l) => l.split(/[.;]\s+(?=\p{Lu}[\p{L} ]{2,24}:)/u))) {
    const at = line.indexOf(':');
    if (at > 0 && label.test(line.slice(0, at).trim())) return line.slice(at + 1).trim();
  }
  return undefined;
}

/** "20 June 2024" or "2024-06-20" as 2024-06-20. */
export function isoDate(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const written = /\b(\d{1,2}) ([A-Za-z]+) (\d{4})\b/u.exec(text);
  const month = written ? (MONTH_NAMES as readonly string[]).indexOf((written[2] ?? '').toLowerCase()) : -1;
  if (!written || month < 0) return undefined;
  return `${written[3]}-${String(month + 1).padStart(2, '0')}-${(written[1] ?? '').padStart(2, '0')}`;
}

/** The first run of header lines near the top of a source, if it has one. */
export function releaseHeader(text: string): ReleaseHeader | undefined {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n').slice(0, HEADER_WITHIN_LINES);
  const start = lines.findIndex((l) => HEADER_LINE.test(l.trim()));
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < lines.length && HEADER_LINE.test((lines[end + 1] ?? '').trim())) end++;
  const block = lines.slice(start, end + 1).map((l) => l.trim());
  const publisher = labelledValue(block, /^(?:published by|publisher|produced by)$/iu);
  const date = labelledValue(block, /^(?:release date|date of release|date published|published|date)$/iu);
  const published = date ? isoDate(date) : undefined;
  return {
    quote: block.join('\n'),
    ...(publisher ? { publisher } : {}),
    ...(published ? { published } : {}),
  };
}
