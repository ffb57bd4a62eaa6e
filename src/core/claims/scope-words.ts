// Whether some words say what a claim is about: a place, period, measure or topic the packs know or lack.
import { foldText } from '../../text/normalise.js';
import type { FactIndex } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { readAskedPeriods } from '../understand/period.js';

/** Times named by an event or a part of the year: what a label such as "Lockdown recap:" may be about. */
const EVENT_OR_TIME =
  /\b(?:lockdown|pandemic|covid|coronavirus|pre-\w+|post-\w+|q[1-4]|quarter|spring|summer|autumn|winter|annual|yearly|monthly)\b/u;

/** Entity kinds that say who speaks or reports, not what a figure is about. */
const SPEAKER_KINDS: ReadonlySet<string> = new Set(['organisation', 'person']);

/**
 * A place, period, measure or topic the packs know or lack, a figure, or a name: what a label may say a claim is
 * about. A lead before a claim (`lead`) says so only by a place, period or measure, or by something counted (not by
 * who speaks, nor by a word such as "research" that some fact's measure is named by).
 */
export function namesScopeOf(index: FactIndex, words: string, lead = false): boolean {
  const a = analyseText(words, index.vocab, false);
  const entities = lead
    ? a.entities.filter((id) => !SPEAKER_KINDS.has(index.entityKinds.get(id) ?? ''))
    : a.entities;
  return (
    entities.length + a.uncovered.length + a.measures.length + a.numbers.length > 0 ||
    (!lead && a.terms.some((t) => index.facts.some((f) => f.heads.has(t)))) ||
    readAskedPeriods(foldText(words)).length > 0 ||
    EVENT_OR_TIME.test(foldText(words))
  );
}
