// One police force, council or service a question names ("Kent Police", "the Met Police", "Thames Valley
// Constabulary") asked of a figure the source gives for all of them in its place together: the source has no figure
// for that force alone, however close the words.
import { placeOf } from '../../pack/place.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { isEnglishWord } from '../understand/english-words.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** Up to two words right before "police", "constabulary" or "police force" ("kent police", "thames valley police"). */
const FORCE = /(?<![\p{L}&-])([a-z]{2,}(?: [a-z]{2,})?) (?:police(?: force| service)?|constabulary)\b(?!-)/gu;

/** Words before "police" that say which police loosely, not which force. */
const NO_FORCE: ReadonlySet<string> = new Set(
  `local regional individual specific particular different other all some every each various several many which what
those these the their our my your any british national uk by did do does were was said says say according to from
for of in and or how much recorded reporting reported data figures stats statistics official`.split(/\s+/u),
);

/**
 * The words name one force as a name does: capitalised as typed ("Kent Police", "the Met"), or, in a question typed
 * all in lower case, no English word ("kent police"; not "cumulative police figure").
 */
function namesOne(name: readonly string[], question: string): boolean {
  if (!/\p{Lu}/u.test(question)) return name.every((w) => !isEnglishWord(w));
  return name.every((w) =>
    [...question.matchAll(new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'giu'))].some((m) => /^\p{Lu}/u.test(m[0])),
  );
}

/**
 * The decline when the question names a force the packs do not know, of a fact whose figure is police data: words
 * the packs never use before "police" name one force ("the Met", "Kent"), not police in general.
 */
export function namedForceAsked(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  question: string,
): ScopeDecline | undefined {
  if (!/\bpolice\b/iu.test(`${fact.fact.quote} ${fact.fact.attribution.source}`)) return undefined;
  if (fact.fact.figures.length === 0) return undefined;
  for (const m of folded.matchAll(FORCE)) {
    const words = (m[1] ?? '').split(' ');
    // The words that name the force: from the last one the packs know or that says nothing of which force.
    let i = words.length;
    while (i > 0 && !NO_FORCE.has(words[i - 1] ?? '') && !index.vocab.knownWords.has(words[i - 1] ?? '')) i--;
    const name = words.slice(i);
    if (name.length === 0 || !namesOne(name, question)) continue;
    const force = `${name.map((w) => `${w[0]?.toUpperCase()}${w.slice(1)}`).join(' ')} ${m[0].slice((m[1] ?? '').length + 1)}`;
    const place = placeOf(fact.fact).name;
    const figure = fact.fact.figures[0];
    return {
      code: 'not_covered',
      kind: 'scope',
      value: `${force} alone`,
      covered: [`one figure for all police${place ? ` in ${place}` : ''} together (${figure?.display})`],
    };
  }
  return undefined;
}
