// A fact's place as a pack writes it: the place, and a note in brackets when the source does not state it for this
// figure ("England and Wales (inferred, as the article gives police data for England and Wales but …)").
import type { Fact } from './schema.js';

/** The place without its bracketed note, and the note. */
export function placeOf(fact: Pick<Fact, 'place'>): { name?: string; note?: string } {
  const m = /^([^(]*?)\s*(?:\((.*)\))?\s*$/su.exec(fact.place ?? '');
  const name = m?.[1]?.trim();
  const note = m?.[2]?.trim();
  return { ...(name ? { name } : {}), ...(note ? { note } : {}) };
}

/** Whether the pack marks the place as its own inference rather than the source's statement. */
export function placeIsInferred(fact: Pick<Fact, 'place'>): boolean {
  return /^inferred\b/iu.test(placeOf(fact).note ?? '');
}
