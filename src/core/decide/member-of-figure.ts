// Whether a name belongs to a figure the question names ("is snapchat part of the 51%?", "does whatsapp count in the
// 51%?", "Does the 12,925 include Wales?"): the fact that gives that figure answers it, showing what it counts
// together, rather than a decline for the name alone.
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';

/** A yes/no question. */
const YES_NO =
  /^\W*(?:(?:so|and|also|ok|quick q(?:uestion)?|btw)\W+)*(?:does|do|did|is|are|was|were|would|will|has|have)\b/u;
/** Asking whether something is among what a figure counts. */
const MEMBER_ASKED =
  /\b(?:count(?:s|ed)? (?:in|towards?|as part of|within)|counted|part of|includ(?:e|es|ed|ing)|in(?:side)? (?:the|that|this) (?:\d[\d,.]*\s*(?:%|percent|per cent)?|figure|number|stat|total|group)|among|covered by|cover(?:s|ed)?)\b/u;

/**
 * The fact that alone gives the one figure a yes/no question names, when the question asks whether a name it also
 * names is among what that figure counts.
 */
export function memberOfNamedFigure(
  index: FactIndex,
  folded: string,
  numberValues: readonly number[],
  entities: readonly string[],
): IndexedFact | undefined {
  if (numberValues.length !== 1 || entities.length === 0) return undefined;
  if (!YES_NO.test(folded) || !MEMBER_ASKED.test(folded)) return undefined;
  const owners = index.figureOwners.get(numberValues[0] as number) ?? [];
  return owners.length === 1 ? owners[0] : undefined;
}
