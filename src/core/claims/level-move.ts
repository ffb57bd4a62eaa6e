// A count a claim says something moved to ("serious injuries fell to 238", "deaths went up to 19"): the move's
// direction must be the source's for that count.
import type { IndexedFact } from '../retrieve/build-index.js';
import { type FactFigure, factFigures } from './source-figures.js';

const QUALIFIER = '(?:just |only |about |around |roughly |nearly |almost |over |under |some )?';
/** A word of movement, then "to", right before the figure. (Not a bare "up to", which is a ceiling: "up to 20%".) */
const MOVED_TO = new RegExp(
  String.raw`\b(?:(fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases|went down|gone down|came down|come down|down|plunged|plummeted|slumped|sank|slipped|reduced|dipped)|(rose|risen|rises|increased|increases|climbed|climbs|jumped|jumps|grew|grown|went up|gone up|shot up|soared|surged|crept up|edged up|rocketed))\s+to\s+${QUALIFIER}[£$€]?$`,
  'u',
);

/** Which way the claim says a count moved to the figure that starts at `start`, if it says so. */
export function movedTo(lower: string, start: number): 'rise' | 'fall' | undefined {
  const m = MOVED_TO.exec(lower.slice(0, start));
  if (!m) return undefined;
  return m[1] ? 'fall' : 'rise';
}

const AVERAGE = /\b(?:average|baseline)\b/iu;

/**
 * Which way the source says a fact's count moved: its changes' direction, those against an average only when the
 * claim names one; undefined when they disagree or there are none.
 */
export function countMoved(fact: IndexedFact, lower: string): FactFigure['direction'] {
  const average = AVERAGE.test(lower);
  const ways = new Set(
    factFigures(fact)
      .filter((f) => f.kind === 'change' && f.direction && AVERAGE.test(f.figure.label) === average)
      .map((f) => f.direction),
  );
  return ways.size === 1 ? [...ways][0] : undefined;
}
