// How well a question fits each loaded pack beyond its facts' words: the share of its words a pack knows, and the
// kind of document it names ("this article", "the release").
import type { Pack } from '../../pack/schema.js';
import { foldText, splitWords } from '../../text/normalise.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { Analysis } from '../understand/analyse.js';

/** Share (0–1) of the question's words and figures a pack knows: its words, its entities and the stated figures named. */
export function knownShare(part: FactIndex, analysis: Analysis, matched: readonly number[]): number {
  const { terms, numbers } = analysis;
  const all = terms.length + numbers.length;
  if (all === 0) return 0;
  const known = terms.filter((t) => t.startsWith('@') || part.idf.has(t)).length + matched.length;
  return known / all;
}

/**
 * Words that name a kind of document, after "the", "this", "your"…: a question naming one is about the packs whose
 * source is one. (People call any source a "report" or "study", so those words say nothing.)
 */
const DOCUMENT_KIND =
  /\b(?:the|this|that|your|its|their|which|what)\s+(?:(?:news|press|statistical|stats|latest|new|same|original|full|whole|annual|official)\s+)?(article|story|release|bulletin)s?\b(?!\s+(?:the|a|an|its|their|his|her|figures?|data|numbers?|statistics|stats|details?)\b)/gu;

/** The document kinds a text names. */
function documentKinds(folded: string): string[] {
  return [...folded.matchAll(DOCUMENT_KIND)].map((m) => m[1] ?? '');
}

/** Whether a pack's own description (short name, title, description) names one of these document kinds. */
function describesAs(pack: Pack, kinds: readonly string[]): boolean {
  const own = new Set(
    splitWords(foldText(`${pack.pack.shortName ?? ''} ${pack.pack.title} ${pack.pack.description}`)),
  );
  return kinds.some((k) => own.has(k));
}

/**
 * The packs a question's named document kind points to ("when was this article published?" is about the pack
 * whose source is an article): all of them when it names none, or when no pack is described so.
 */
export function packsNamedByKind(parts: readonly FactIndex[], folded: string): Set<FactIndex> {
  const kinds = documentKinds(folded);
  const fit = kinds.length === 0 ? [] : parts.filter((p) => p.packs.some((pack) => describesAs(pack, kinds)));
  return new Set(fit.length === 0 ? parts : fit);
}
