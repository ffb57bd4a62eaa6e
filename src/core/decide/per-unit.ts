// A value for one of what a figure counts ("the value of preventing one fatal casualty", "average cost per serious
// casualty") asked of a fact that gives only a total, or only how a total was worked out: the source has no such
// figure, however close the words.
import type { DeclineReason } from '../reply.js';
import type { IndexedFact } from '../retrieve/build-index.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** What a figure might be given per: the things the packs count. */
const THING =
  '(?:(?:fatal|serious|slight|seriously injured|killed|reported|recorded|road|child|grooming) )?(casualty|casualties|death|deaths|fatality|fatalities|injury|injuries|crash|crashes|collision|collisions|person|victim|victims|case|cases|offence|offences|crime|crimes|child|children)';

/** "per fatal casualty", "for each death", "of one serious casualty", "a single road death". */
const PER_ONE = new RegExp(
  String.raw`\b(?:per|each|for each|for every|every single|of one|for one|preventing one|a single|one single|an individual|per individual)\s+${THING}\b`,
  'u',
);

/** Asking for an amount of money or a value ("each death … how many deaths?" asks a count the fact gives). */
const WANTS_AMOUNT = /\b(?:value|values|cost|costs|worth|how much|amount|price|£|\$)(?=\W|$)/u;

/**
 * The decline when the question asks a value for one of the things counted and the fact gives none: no figure that is
 * a rate, and no number beside "per …" in its quote.
 */
export function perUnitAsked(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const asked = PER_ONE.exec(folded);
  // Only a question that wants an amount: "which councillor said each death is a family devastated?" wants a name.
  if (!asked || !WANTS_AMOUNT.test(folded)) return undefined;
  const { figures, quote } = fact.fact;
  // A fact with no figure says how a value was worked out ("national average values per casualty"): it answers.
  if (figures.length === 0) return undefined;
  if (figures.some((f) => f.unit === 'rate' || /\bper\b/u.test(`${f.display} ${f.label}`))) return undefined;
  if (/\d[^.]{0,40}\bper\b/u.test(quote)) return undefined;
  const total = figures[0];
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a value ${asked[0].replace(/^(?:of|for|preventing) /u, 'for ')}`,
    covered: [`the total only: ${total?.display} (${total?.label})`],
  };
}
