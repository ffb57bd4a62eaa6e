// Whether a fact can give the kind of answer a question wants: a person or an organisation it names beyond those the
// question names, a date, a place, a count, a share, an amount of money, the size of a change.
import { isChangeFigure } from '../../pack/change.js';
import type { Figure } from '../../pack/schema.js';
import { MONTH_PATTERN } from '../../text/months.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import type { AnswerType } from '../understand/answer-type.js';

const PERSON_KINDS = new Set(['person']);
const ORGANISATION_KINDS = new Set(['organisation', 'platform', 'group']);
const AGENT_KINDS = new Set([...PERSON_KINDS, ...ORGANISATION_KINDS]);

const DATE_IN_QUOTE = new RegExp(`\\b(?:(?:19|20)\\d\\d|${MONTH_PATTERN})\\b`, 'iu');

function namesOneOf(
  index: FactIndex,
  fact: IndexedFact,
  kinds: ReadonlySet<string>,
  named: readonly string[],
): boolean {
  return [...fact.entities].some((id) => kinds.has(index.entityKinds.get(id) ?? '') && !named.includes(id));
}

/** A share in words, where a pack lists only the count beside it ("176 casualties, around a seventh of the total"). */
const FRACTION_OF =
  /\b(?:half|(?:a|one|two) (?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?) of (?:the|all|those|these)\b/iu;

function givesShare(fact: IndexedFact): boolean {
  return hasUnit(fact, ['percent', 'ratio']) || FRACTION_OF.test(fact.fact.quote);
}

/** A share of a whole ("slight injuries as % of total"): a percentage change, "down 4 per cent", is none. */
export function givesShareOfWhole(fact: IndexedFact): boolean {
  return (
    fact.fact.figures.some((f) => (f.unit === 'percent' || f.unit === 'ratio') && !isChangeFigure(f)) ||
    FRACTION_OF.test(fact.fact.quote)
  );
}

/**
 * How much something changed: a rise or fall the fact states ("a ten percent rise"), or two figures of one kind for
 * different times that the change can be read from (902 in 2023 against 957 in 2022). A fact that only says which way
 * something went ("increased every year") gives no amount.
 */
function givesChange(fact: IndexedFact): boolean {
  if (fact.fact.figures.some(isChangeFigure)) return true;
  const timed = fact.fact.figures.filter(
    (f) => f.unit === 'count' || f.unit === 'rate' || f.unit === 'currency',
  );
  return timed.some((a) => timed.some((b) => a !== b && a.unit === b.unit && periodKey(a) !== periodKey(b)));
}

const periodKey = (f: Figure) => `${f.period?.from ?? ''}-${f.period?.to ?? ''}`;

function hasUnit(fact: IndexedFact, units: readonly string[]): boolean {
  return fact.fact.figures.some((f) => units.includes(f.unit));
}

/**
 * True when the fact can answer a question wanting `type`. `named` are the entities the question itself names: a
 * fact answers "who…" only with someone the question did not name already. `countsCases`: the question counts the
 * cases (offences, crimes, incidents) themselves.
 */
export function fitsAnswerType(
  index: FactIndex,
  fact: IndexedFact,
  type: AnswerType,
  named: readonly string[],
  countsCases = false,
): boolean {
  switch (type) {
    case 'person':
      return namesOneOf(index, fact, PERSON_KINDS, named);
    case 'organisation':
      return namesOneOf(index, fact, ORGANISATION_KINDS, named);
    case 'agent':
      return namesOneOf(index, fact, AGENT_KINDS, named);
    case 'date':
      return fact.spans.length > 0 || DATE_IN_QUOTE.test(fact.fact.quote);
    case 'place':
      return fact.places.size > 0 || fact.fact.place !== undefined;
    case 'count':
      // "How many cases were on Snapchat?" is loosely answered by Snapchat's share of the cases.
      return hasUnit(fact, ['count', 'rate']) || (countsCases && hasUnit(fact, ['percent', 'ratio']));
    case 'share':
      return givesShare(fact);
    case 'count-or-share':
      return hasUnit(fact, ['count', 'rate']) || givesShare(fact);
    case 'money':
      return hasUnit(fact, ['currency']);
    case 'change':
      return givesChange(fact);
    case 'any':
      return true;
  }
}
