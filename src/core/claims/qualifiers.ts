// The words that qualify a claimed figure ("about", "more than", "nearly"…), read into one of a few kinds.

/** How a claim bounds its figure. */
export type Qualifier = 'bare' | 'about' | 'nearly' | 'over' | 'under' | 'at_least' | 'at_most' | 'exactly';

/** Qualifier phrases, longest first so "just over" wins over "over". */
const PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['in excess of', 'over'],
  ['upwards of', 'over'],
  ['a little over', 'over'],
  ['slightly more than', 'over'],
  ['slightly over', 'over'],
  ['a bit more than', 'over'],
  ['just over', 'over'],
  ['well over', 'over'],
  ['more than', 'over'],
  ['greater than', 'over'],
  ['higher than', 'over'],
  ['over', 'over'],
  // Chat spellings of the bounds ("ovr half", "undr half", "abt 13k").
  ['ovr', 'over'],
  ['more then', 'over'],
  ['above', 'over'],
  ['exceeding', 'over'],
  ['north of', 'over'],
  ['at least', 'at_least'],
  ['a minimum of', 'at_least'],
  ['no fewer than', 'at_least'],
  ['no less than', 'at_least'],
  ['not less than', 'at_least'],
  ['just under', 'nearly'],
  ['just below', 'nearly'],
  ['just shy of', 'nearly'],
  ['close to', 'nearly'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['approaching', 'nearly'],
  ['getting on for', 'nearly'],
  ['less than', 'under'],
  ['fewer than', 'under'],
  ['lower than', 'under'],
  ['under', 'under'],
  ['undr', 'under'],
  ['less then', 'under'],
  ['below', 'under'],
  ['at most', 'at_most'],
  ['up to', 'at_most'],
  ['no more than', 'at_most'],
  ['not more than', 'at_most'],
  ['a maximum of', 'at_most'],
  ['exactly', 'exactly'],
  ['precisely', 'exactly'],
  ['a precise', 'exactly'],
  ['an exact', 'exactly'],
  ['about', 'about'],
  ['abt', 'about'],
  ['arnd', 'about'],
  ['nrly', 'nearly'],
  ['almst', 'nearly'],
  ['around', 'about'],
  ['round about', 'about'],
  ['approximately', 'about'],
  ['approx', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['circa', 'about'],
  ['ca', 'about'],
  ['c', 'about'],
  ['~', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['an approximate', 'about'],
  ['in the region of', 'about'],
  ['something like', 'about'],
  ['give or take', 'about'],
  ['ish', 'about'],
];

const escapePattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${PHRASES.map(([p]) => escapePattern(p)).join('|')})\.?\s*(?:the |a |an )?$`,
  'u',
);

/** One-word qualifiers ("ovr", "abt", "circa"): what bounds a figure, never what it counts. */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  PHRASES.map(([p]) => p).filter((p) => /^\p{L}+$/u.test(p)),
);

/** The qualifier written just before a figure (`before` is the text up to the figure), or `bare`. */
export function qualifierBefore(before: string): { qualifier: Qualifier; phrase: string } {
  const m = BEFORE.exec(before.slice(-30));
  const phrase = m?.[1] ?? '';
  // "went up to 23" is where a count moved to, not "at most 23".
  if (
    phrase === 'up to' &&
    /\b(?:went|gone|go|goes|going|shot|jumped|rose|risen|climbed|crept|edged|moved|came|creeping)\s+up to\s*$/u.test(
      before,
    )
  )
    return { qualifier: 'bare', phrase: '' };
  const found = PHRASES.find(([p]) => p === phrase);
  // "some 13,000" is "about"; "some of the cases" never reaches here (no figure follows).
  return found ? { qualifier: found[1], phrase } : { qualifier: 'bare', phrase: '' };
}

/** "13,000-odd", "13,000 or so", "13k-ish": a qualifier written after the figure. */
export function qualifierAfter(after: string): Qualifier | undefined {
  if (/^(?:-?odd|\s*or so|-?ish|\s*or thereabouts|\s*give or take)\b/u.test(after)) return 'about';
  if (/^\s*-?\s*(?:or more|plus|\+)(?![\p{L}\p{N}])/u.test(after)) return 'at_least';
  if (/^\s*or (?:less|fewer)\b/u.test(after)) return 'at_most';
  return undefined;
}
