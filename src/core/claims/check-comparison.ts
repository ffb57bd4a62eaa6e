// Checks a claim that sets two named things against each other with no figure: "Snapchat was used in more cases than
// Instagram", "Snapchat overtakes Instagram": the source's figures for the two say which is larger.

import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { countedThings } from '../retrieve/counted-things.js';
import { analyseText } from '../understand/analyse.js';
import { explain } from './explain.js';
import type { Reading } from './reading.js';
import { coverageOf, NEGATED, verdict } from './reading.js';
import { type FactFigure, factFigures } from './source-figures.js';
import type { ClaimCheck } from './types.js';

/** "A … more … than B": one of `words`, or `adverb` before how often, then "than" (or its misspelling "then"). */
function comparative(words: string, adverb: string): RegExp {
  return new RegExp(
    String.raw`\b(?:(?:${words})|${adverb} (?:often|frequently|popular|common|widely|likely))\b(?:\s+[\w'-]+){0,3}?\s+th[ae]n\b`,
    'u',
  );
}
/** "A … more … than B" (A larger) or "A … fewer … than B" (A smaller); "A overtakes B". */
const MORE_THAN = comparative('more|higher|bigger|greater|larger|likelier|commoner', 'more');
const LESS_THAN = comparative('less|fewer|lower|smaller|rarer', 'less');
const OVERTAKES =
  /\b(?:overtak(?:es|en|ing)|overtook|outstrip(?:s|ped)?|outnumber(?:s|ed)?|surpass(?:es|ed)?|beats?|beat out)\b/u;

const RATIO = /\b(?:twice|double|triple|treble|\d+ times|half as|three times|four times)\b/u;

/** A figure and its fact, for one named thing. */
interface Side {
  id: string;
  fact: IndexedFact;
  figure: FactFigure;
}

/**
 * The verdict on a comparison of two named things; `null` when the clause sets two named things against each other
 * but the source cannot settle it (no other check may then call it supported: "WhatsApp was used in more cases than
 * Instagram" is not the 51% of the three apps together); undefined when the clause makes no such comparison.
 */
export function checkComparison(index: FactIndex, reading: Reading): ClaimCheck | null | undefined {
  const lower = reading.lower;
  const match = LESS_THAN.exec(lower) ?? MORE_THAN.exec(lower) ?? OVERTAKES.exec(lower);
  if (!match) return reading.figures.length > 0 ? undefined : checkSuperlative(index, reading);
  if (reading.figures.length > 0) return undefined;
  // A year or a place the claim moves the comparison to is the figure checks' to judge; "not more than" turns it.
  if (reading.analysis.years.length > 0 || reading.analysis.uncovered.length > 0) return undefined;
  // (Only a negation up to the comparison turns it: "snapchat beat insta, insta wasnt even close" is no "did not beat".)
  const claimsLarger =
    !LESS_THAN.test(match[0]) !== NEGATED.test(lower.slice(0, match.index + match[0].length));
  const counted = (text: string) => countedThings(index, analyseText(text, index.vocab, true).entities);
  // "A … more than B", "more A than B": what comes before "than" (or the verb) against what comes after it.
  const split = match.index + match[0].length - (/th[ae]n$/u.test(match[0]) ? 4 : 0);
  const before = counted(lower.slice(0, split));
  const after = counted(lower.slice(split));
  if (before.length !== 1 || after.length !== 1 || before[0] === after[0]) return undefined;
  // "more than twice as often": a ratio the two shares cannot settle.
  if (RATIO.test(lower)) return null;
  const first = sideOf(index, before[0] as string);
  const second = sideOf(index, after[0] as string);
  // Only figures the pack sets side by side (one comparison group): Facebook's removed content is no platform share.
  if (
    !first ||
    !second ||
    first.figure.kind !== second.figure.kind ||
    !first.fact.fact.compareGroup ||
    first.fact.fact.compareGroup !== second.fact.fact.compareGroup ||
    first.fact.pack !== second.fact.pack
  )
    return null;
  const a = first.figure.figure;
  const b = second.figure.figure;
  // Only a clear gap settles it: "over a third" against 20 percent, not 51 against "over half".
  if (!clearGap(a.value, b.value)) return null;
  const aLarger = a.value > b.value;
  const name = (id: string) => index.entityNames.get(id) ?? id;
  const bases =
    first.fact.fact.base && second.fact.fact.base && first.fact.fact.base !== second.fact.fact.base
      ? ` Their bases differ: ${name(first.id)}'s is ${first.fact.fact.base}; ${name(second.id)}'s is ${second.fact.fact.base}.`
      : '';
  const explanation = `${bothGiven(index, first, second)}, so ${name(first.id)} is the ${aLarger ? 'larger' : 'smaller'}.${bases}`;
  return verdict(
    reading,
    aLarger === claimsLarger ? 'supported' : 'contradicted',
    explanation,
    first.fact,
    first.figure,
  );
}

/** A gap between two figures large enough to settle which is larger (a tenth of the larger). */
function clearGap(a: number, b: number): boolean {
  return Math.abs(a - b) >= Math.max(a, b) * 0.1;
}

/**
 * "The source gives 20 percent for Snapchat (…), and for Instagram: "…"": every number said is in a quote, the cited
 * one for the first side, the other's own sentence quoted for the second.
 */
function bothGiven(index: FactIndex, first: Side, second: Side): string {
  const name = (id: string) => index.entityNames.get(id) ?? id;
  const other = second.fact.fact.quote.replace(/\s+/gu, ' ').trim();
  return `The source gives ${first.figure.figure.display} for ${name(first.id)} (${first.figure.figure.label}), and for ${name(second.id)}: "${other}"`;
}

/** The one share or count a pack gives for a named thing, labelled by it; undefined when none or several. */
function sideOf(index: FactIndex, id: string): Side | undefined {
  const found: Side[] = [];
  for (const fact of index.facts) {
    if (!fact.entities.has(id)) continue;
    for (const figure of factFigures(fact)) {
      if (figure.kind !== 'share' && figure.kind !== 'count') continue;
      const named = countedThings(index, analyseText(figure.figure.label, index.vocab, false).entities);
      if (named.length === 1 && named[0] === id) found.push({ id, fact, figure });
    }
  }
  const values = new Set(found.map((s) => `${s.figure.kind}:${s.figure.figure.value}`));
  return values.size === 1 ? found[0] : undefined;
}

/** How often or widely something was used, after "most" or "least". */
const HOW_USED = '(?:used|common|popular|frequent|frequently used|widely used|prevalent|likely|involved)';
/** "X was the most used app", "the most common platform was X", "X was the top app": X the largest. */
const MOST = new RegExp(
  String.raw`\b(?:most[- ]${HOW_USED}|(?:the|was|were|is|are) (?:biggest|largest|top|main|leading|commonest|number one|no\.? ?1) (?:app|platform|site|service|network)s?\b)`,
  'u',
);
/** "X was the least used app": X the smallest. */
const LEAST = new RegExp(
  String.raw`\b(?:least[- ]${HOW_USED}|(?:the|was|were|is|are) (?:smallest|rarest)\b)`,
  'u',
);

/**
 * A superlative said of one named thing among those the pack sets side by side ("snapchat was the most used app"):
 * contradicted when the source gives another of them a clearly larger (or smaller) figure; else not in the source,
 * since its figures cover only some of the things there are ("instagram was the most common app": Facebook and
 * WhatsApp have no figure of their own; "facebook was the least used app" is no word of the 51% for the three).
 */
function checkSuperlative(index: FactIndex, reading: Reading): ClaimCheck | undefined {
  const lower = reading.lower;
  const least = LEAST.test(lower);
  if (!least && !MOST.test(lower)) return undefined;
  if (reading.analysis.years.length > 0 || reading.analysis.uncovered.length > 0) return undefined;
  const named = countedThings(index, analyseText(lower, index.vocab, true).entities);
  if (named.length !== 1) return undefined;
  const own = sideOf(index, named[0] as string);
  const group = own?.fact.fact.compareGroup;
  const name = (id: string) => index.entityNames.get(id) ?? id;
  const unranked = verdict(
    reading,
    'not_in_source',
    explain.notInSource(
      `a ranking with ${name(named[0] as string)} the ${least ? 'least' : 'most'} used`,
      coverageOf(index),
    ),
  );
  // (A group the pack gives no like-for-like figures for, "car occupants were the most common casualties", is left to
  // the other checks rather than called a ranking the source lacks.)
  if (!own || !group) return index.entityKinds.get(named[0] as string) === 'platform' ? unranked : undefined;
  const value = own.figure.figure.value;
  const rival = index.facts
    .filter((f) => f.fact.compareGroup === group && f.pack === own.fact.pack && f !== own.fact)
    .flatMap((f) => countedThings(index, [...f.entities]))
    .filter((id, i, all) => id !== own.id && all.indexOf(id) === i)
    .map((id) => sideOf(index, id))
    .filter((side): side is Side => side?.figure.kind === own.figure.kind)
    .filter((side) => {
      const gap = side.figure.figure.value - value;
      return (least ? gap < 0 : gap > 0) && clearGap(side.figure.figure.value, value);
    })
    .sort((a, b) =>
      least ? a.figure.figure.value - b.figure.figure.value : b.figure.figure.value - a.figure.figure.value,
    )[0];
  if (!rival) return unranked;
  const explanation = `${bothGiven(index, own, rival)}, so ${name(own.id)} is not the ${least ? 'least' : 'most'} used.`;
  // ("Snapchat wasn't the most used app" says what the source's figures show.)
  return verdict(
    reading,
    NEGATED.test(lower) ? 'supported' : 'contradicted',
    explanation,
    own.fact,
    own.figure,
  );
}
