// With several packs loaded, a message is checked against the pack it is about: a claim about one source is never
// judged from another's facts ("1,220 road casualties" is not the grooming cases' 1,220).

import { knownShare } from '../decide/pack-fit.js';
import type { FactIndex } from '../retrieve/build-index.js';
import { namedNumbers } from '../retrieve/candidates.js';
import { analyseText } from '../understand/analyse.js';
import { splitSentences } from './split-claims.js';

/** How much more of a sentence's words one pack must know than every other to be the one it is about. */
const PACK_MARGIN = 0.1;

/**
 * The pack a message is about: the one each of its sentences fits clearly best (the share of its words a pack
 * knows), or every pack together when a sentence fits two about equally or sentences fit different packs.
 */
export function claimPack(index: FactIndex, text: string): FactIndex {
  const parts = index.parts;
  if (!parts) return index;
  let chosen: FactIndex | undefined;
  for (const sentence of splitSentences(text)) {
    const shares = parts
      .map((part) => ({ part, share: share(part, sentence) }))
      .sort((a, b) => b.share - a.share);
    const [best, next] = shares;
    // (A sentence no pack knows a word of, "lol", points nowhere.)
    if (!best || best.share === 0) continue;
    if (next && best.share - next.share < PACK_MARGIN) return index;
    if (chosen && chosen !== best.part) return index;
    chosen = best.part;
  }
  return chosen ?? index;
}

function share(part: FactIndex, sentence: string): number {
  const analysis = analyseText(sentence, part.vocab, true);
  return knownShare(part, analysis, namedNumbers(part, analysis).matched);
}
