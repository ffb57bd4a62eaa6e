// What each fact's figures are, read the way claims are: a share, a change, a count, a span of years or a date.
import { isChangeFigure } from '../../pack/change.js';
import type { Figure } from '../../pack/schema.js';
import type { IndexedFact } from '../retrieve/build-index.js';
import type { FigureKind } from './read-figure.js';
import type { SourceFigure } from './tolerance.js';

/** A fact's figure with the kind a claim must share to be checked against it. */
export interface FactFigure extends SourceFigure {
  kind: FigureKind | 'date';
  figure: Figure;
  direction?: 'rise' | 'fall';
}

const FALL = /\b(?:fall|drop|decrease|decline)\b/iu;

function kindOf(figure: Figure): FactFigure['kind'] {
  switch (figure.unit) {
    case 'percent':
      return isChangeFigure(figure) ? 'change' : 'share';
    case 'count':
      return 'count';
    case 'years':
      return 'duration';
    case 'year':
      return 'date';
    case 'ratio':
      return 'share';
    case 'currency':
      return 'money';
    // A rank or a rate is checked as a plain number ("second", "226 per 1,000").
    case 'rank':
    case 'rate':
      return 'count';
  }
}

const figuresOfFacts = new WeakMap<IndexedFact, readonly FactFigure[]>();

/** The figures of a fact, each with its kind and whether the source gives only a lower bound; read once per fact. */
export function factFigures(fact: IndexedFact): readonly FactFigure[] {
  let figures = figuresOfFacts.get(fact);
  if (!figures) {
    figures = readFactFigures(fact);
    figuresOfFacts.set(fact, figures);
  }
  return figures;
}

function readFactFigures(fact: IndexedFact): FactFigure[] {
  return fact.fact.figures.map((figure) => {
    const kind = kindOf(figure);
    const bound = `${figure.qualifier ?? ''} ${figure.display}`.toLowerCase();
    return {
      figure,
      kind,
      value: figure.value,
      percent: figure.unit === 'percent',
      lowerBound: /\b(?:over|more than|above|at least)\b/u.test(bound),
      ...(kind === 'change'
        ? { direction: FALL.test(figure.label) ? ('fall' as const) : ('rise' as const) }
        : {}),
    };
  });
}

/** Which way a fact says something moved, from its figures or its words ("increased annually"). */
export function factDirection(fact: IndexedFact): 'rise' | 'fall' | undefined {
  const change = factFigures(fact).find((f) => f.direction);
  if (change) return change.direction;
  const text = `${fact.fact.statement} ${fact.fact.measure}`.toLowerCase();
  if (/\b(?:fell|fall|decreased|declined|dropped)\b/u.test(text)) return 'fall';
  if (/\b(?:rose|rise|increased|increase|surge|up)\b/u.test(text)) return 'rise';
  return undefined;
}
