// A part of a group a claim names before ("40 of them were police forces"), and the writer's own numbers, which are
// no statistic ("i have 2 kids").
import { extractNumbers } from '../../text/numbers.js';
import type { FactIndex } from '../retrieve/build-index.js';
import { explain } from './explain.js';
import { readFigures } from './read-figure.js';
import { coverageOf } from './reading.js';
import type { ClaimCheck } from './types.js';

/** A count of part of a group the claim names before ("40 of them were police forces"). */
export const PART_OF_GROUP = /(?<![\d/.,])\b\d[\d,]*k?\s+of (?:them|these|those)\b/iu;

/**
 * A part of a group the source never breaks down is not in the source, however far its count is from a figure the
 * words happen to match ("…over 100 signatories and 40 of them were police forces" is no claim about 12,925 police
 * records): only a count the source gives for that part could contradict it.
 */
export function partOfGroup(index: FactIndex, check: ClaimCheck, clause: string, before: string): ClaimCheck {
  if (check.verdict !== 'contradicted' || !PART_OF_GROUP.test(clause)) return check;
  // A fact whose figure is smaller than the group may be that part's ("19 killed, 10 of them car occupants" where
  // the source gives 8 car occupants killed): its contradiction stands.
  const group = readFigures(before)
    .filter((f) => f.kind === 'count')
    .at(-1)?.value;
  const source = extractNumbers(check.sourceFigure ?? '')[0]?.value ?? Number.NaN;
  if (group === undefined || !(source >= group)) return check;
  return {
    ...check,
    verdict: 'not_in_source',
    sourceFigure: null,
    quote: null,
    packId: null,
    factId: null,
    attribution: null,
    explanation: explain.notInSource('that part of the group', coverageOf(index)),
  };
}

/** The writer's own life or time, not a statistic ("i have 2 kids", "back at 5pm", "page 2"). */
export const ABOUT_THE_WRITER =
  /^\s*(?:\w+\s+){0,2}?(?:i|i'?m|im|i'?ve|ive|we|we'?re|my|our|me)\b|\b(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)|page \d+|p\. ?\d+|\d+ (?:mins?|minutes|hours?|hrs?) ago)\b/iu;
