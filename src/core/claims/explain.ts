// One sentence per verdict, built from the pack's own words: the figure as the source writes it, and what it is for.
import type { IndexedFact } from '../retrieve/build-index.js';
import type { ScopeShift } from './claim-scope.js';
import type { ClaimedFigure } from './read-figure.js';
import type { FactFigure } from './source-figures.js';
import type { Speaker } from './speaker.js';

const trimDot = (s: string) => s.replace(/[.\s]+$/u, '');

/** "12,925 (online grooming offences recorded by police)". */
function sourceFigure(figure: FactFigure): string {
  return `${figure.figure.display} (${figure.figure.label})`;
}

/** How far a claimed figure is from the source's: points for shares, a relative difference for counts. */
export function offBy(claim: ClaimedFigure, source: FactFigure): string {
  const diff = claim.value - source.value;
  // "Doubled" says how much by itself; a percentage of a percentage would only confuse.
  if (diff === 0 || !/\d/u.test(claim.raw)) return '';
  const way = diff > 0 ? 'higher' : 'lower';
  if (source.percent && claim.kind !== 'change') {
    const points = Math.abs(diff);
    return ` (${Number.isInteger(points) ? points : points.toFixed(1)} percentage points ${way})`;
  }
  const relative = Math.round((Math.abs(diff) / source.value) * 100);
  return relative === 0 ? '' : ` (${relative}% ${way})`;
}

/**
 * `explain.wrongDate`'s sentence, for readers that must tell a contradicted date from another contradiction: "The
 * source gives March 2019 for this (…), not 2020: …". Kept beside the wording it reads.
 */
export const WRONG_DATE =
  /^The source gives [^(]*\b(?:19|20)\d\d for this\b[^:]*, not [^:]*\b(?:19|20)\d\d\b/u;

export const explain = {
  supported(figure: FactFigure | undefined, fact: IndexedFact, claimed: string | null): string {
    if (!figure || !claimed) return `The source says this: ${trimDot(fact.fact.statement)}.`;
    return `The source gives ${sourceFigure(figure)}; "${claimed}" agrees with it.`;
  },
  wrongFigure(claim: ClaimedFigure, figure: FactFigure, unsure: boolean): string {
    if (unsure)
      return `The source gives only ${sourceFigure(figure)}, which does not support "${claim.raw}".`;
    return `The source gives ${sourceFigure(figure)}, not "${claim.raw}"${offBy(claim, figure)}.`;
  },
  wrongDirection(fact: IndexedFact, claimed: 'rise' | 'fall', figure: FactFigure | undefined): string {
    const says = claimed === 'fall' ? 'rose' : 'fell';
    const detail = figure
      ? `: ${figure.figure.display} (${figure.figure.label})`
      : `: ${trimDot(fact.fact.statement)}`;
    return `The source says it ${says}, not ${claimed === 'fall' ? 'fell' : 'rose'}${detail}.`;
  },
  wrongDate(fact: IndexedFact, figure: FactFigure, claimed: string): string {
    return `The source gives ${figure.figure.display} for this (${figure.figure.label}), not ${claimed}: ${trimDot(fact.fact.statement)}.`;
  },
  opposite(word: string, fact: IndexedFact): string {
    return `The source says "${word}", not the opposite: ${trimDot(fact.fact.statement)}.`;
  },
  wrongSpeaker(fact: IndexedFact, speaker: Speaker): string {
    if (speaker.agent && speaker.deed)
      return `The source does not say it was ${speaker.deed} by ${speaker.name}: ${trimDot(fact.fact.statement)}.`;
    const { source, reportedBy } = fact.fact.attribution;
    const by = /^the article$/iu.test(reportedBy) ? source : `${source}, reported by ${reportedBy}`;
    return `The source attributes this to ${by}, not to ${speaker.name}.`;
  },
  scope(shift: ScopeShift, figure: FactFigure | undefined, fact: IndexedFact): string {
    const what = figure ? figure.figure.display : trimDot(fact.fact.title);
    return `The source gives ${what} for ${shift.sourceSays}, not for ${shift.claimSays} (the ${shift.dimension} differs).`;
  },
  /** A role or title the source does not give someone: "The source does not call Peter Wanless NSPCC chair: …". */
  notCalled(person: string, as: string, fact: IndexedFact): string {
    return `The source does not call ${person} ${as}: ${fact.fact.attribution.source}.`;
  },
  notInSource(what: string, covers: string): string {
    return `The source has no figure for ${what}; ${covers}`;
  },
};
