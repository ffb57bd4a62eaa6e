// How many of a group, person or thing there are in all ("How many cyclists are there in Eastmoor?"): the packs'
// figures count what happened to them, never how many there are.

import { foldText, splitWords } from '../../text/normalise.js';
import type { DeclineReason } from '../reply.js';
import { coveredList } from '../respond/decline.js';
import type { FactIndex } from '../retrieve/build-index.js';
import { COUNTED_KINDS } from '../retrieve/counted-things.js';
import { analyseText, stem } from '../understand/analyse.js';
import type { PhraseTarget } from '../understand/vocabulary.js';

/**
 * "How many N are there / live / exist", "how many N does X have": how many of something there are, asked in the
 * present of a thing being or being had, not of something that happened to it.
 */
const HOW_MANY_THERE_ARE =
  /\bhow many ((?:[\w'-]+ ){0,2}?[\w'-]+) (?:are there|are there in|live|living|exist|are registered|are employed|does (?:[\w'-]+ ){1,4}(?:have|employ|own)|do (?:[\w'-]+ ){1,4}(?:have|employ|own))\b/u;

/**
 * The decline for a question asking how many of a group, person or thing the packs name there are in all (the
 * cyclists, the children, the councillors): the packs' figures count what happened to them, never how many there
 * are. (Not when what is counted is a measure: "how many cyclist casualties are there?".)
 */
export function populationAsked(index: FactIndex, folded: string): DeclineReason | undefined {
  const place = placePopulation(index, folded);
  if (place) return place;
  const counted = HOW_MANY_THERE_ARE.exec(folded)?.[1];
  if (!counted) return undefined;
  const head = counted.split(' ').at(-1) ?? '';
  // The thing counted is a name the packs give (a group, a person's role, a platform), or starts a group's name
  // ("children" of "children under 16"), singular or plural; not a place, nor a word for what the figures measure.
  const names = (phrase: string, target: PhraseTarget): target is { type: 'entity'; id: string } => {
    if (target.type !== 'entity') return false;
    const kind = index.entityKinds.get(target.id) ?? '';
    // (A body's name only as a whole, "councillor"; "road" does not name the road safety unit.)
    const starts = COUNTED_KINDS.has(kind);
    return (
      kind !== 'place' &&
      [head, head.replace(/s$/u, '')].some((w) => phrase === w || (starts && phrase.startsWith(`${w} `)))
    );
  };
  const named = [...index.vocab.phrases].flatMap(([phrase, target]) =>
    names(phrase, target) ? [target.id] : [],
  );
  // (Nor a group a fact counts as itself: "how many library members are there?" of "Active library members".)
  if (named.length === 0 || named.some((id) => countsItself(index, id))) return undefined;
  return {
    code: 'not_covered',
    kind: 'measure',
    value: `how many ${counted} there are in all`,
    covered: coveredList(index, 'measure'),
  };
}

/** Whether some fact's count is of the entity itself: its measure says nothing but the entity's own names. */
function countsItself(index: FactIndex, id: string): boolean {
  const entity = index.packs.flatMap((p) => p.entities).find((e) => e.id === id);
  if (!entity) return false;
  const own = new Set(
    [entity.name, ...entity.aliases].flatMap((a) => splitWords(foldText(a))).map((w) => stem(w)),
  );
  return index.facts.some(
    (f) =>
      f.fact.subjects.includes(id) &&
      f.fact.figures.some((g) => g.unit === 'count') &&
      analyseText(f.fact.measure ?? '', index.vocab, false).terms.every((t) => t === `@${id}` || own.has(t)),
  );
}

/** "what's the population of England and Wales?": the people living in a place the packs name. */
const POPULATION_OF = /\bpopulation (?:of|in) (?:the )?([\w'& -]+?)\s*(?:[?.!,]|$)/u;

/** The decline for the population of a place a pack names: no pack's figure counts the people living there. */
function placePopulation(index: FactIndex, folded: string): DeclineReason | undefined {
  const named = POPULATION_OF.exec(folded)?.[1]?.trim();
  const target = named === undefined ? undefined : index.vocab.phrases.get(named);
  if (target?.type !== 'entity' || index.entityKinds.get(target.id) !== 'place') return undefined;
  return {
    code: 'not_covered',
    kind: 'measure',
    value: `the population of ${named}`,
    covered: coveredList(index, 'measure'),
  };
}
