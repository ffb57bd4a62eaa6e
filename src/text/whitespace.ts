// Whitespace-insensitive comparison used to check that quotes are verbatim.

/** Collapses every run of whitespace to one space and trims; also Unicode-normalises (NFC). */
export function collapseWhitespace(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** How many words a text has, split at whitespace. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

/** True when `needle` occurs in `haystack` word for word, ignoring only differences in whitespace. */
export function containsVerbatim(haystack: string, needle: string): boolean {
  return collapseWhitespace(haystack).includes(collapseWhitespace(needle));
}
