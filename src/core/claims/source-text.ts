// Whether the packs' source texts use some words, with each source lowercased once per pack.
import type { Pack } from '../../pack/schema.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { FactIndex } from '../retrieve/build-index.js';

const lowered = new WeakMap<Pack, string>();

function lowerSource(pack: Pack): string {
  let text = lowered.get(pack);
  if (text === undefined) {
    text = pack.sourceText.toLowerCase();
    lowered.set(pack, text);
  }
  return text;
}

/** Whether any pack's source text contains `words`, ignoring case ("Online Harms Bill"). */
export function sourceUses(index: FactIndex, words: string): boolean {
  const wanted = words.toLowerCase();
  return index.packs.some((p) => lowerSource(p).includes(wanted));
}

/** Whether any pack's source text uses `word` as a whole word ("ONS" is no word of "organisations"). */
export function sourceUsesWord(index: FactIndex, word: string): boolean {
  const wanted = new RegExp(
    String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word.toLowerCase())}(?![\p{L}\p{N}])`,
    'u',
  );
  return index.packs.some((p) => wanted.test(lowerSource(p)));
}
