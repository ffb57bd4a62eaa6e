// Whether a pack figure is a change (a rise or fall in per cent) rather than a share: read from its label, the
// way the claim checker, the scope checks and the period checks all need it.
import type { Figure } from './schema.js';

const CHANGE = /\b(?:rise|increase|change|growth|fall|drop|decrease)\b/iu;

/** True for a percentage that measures a change ("rise in children targeted online"), not a share of something. */
export function isChangeFigure(figure: Pick<Figure, 'unit' | 'label'>): boolean {
  return figure.unit === 'percent' && CHANGE.test(figure.label);
}
