// A figure set against another time the source gives no figure for ("Was the 51% Facebook-apps share higher or lower
// than in the same quarter of 2019?", "was the 51 percent higher or lower than before lockdown?"): read as a claim,
// the figure itself was answered, as though it settled the comparison. A fact that compares with no other time
// cannot say whether its figure was higher or lower than then.
import type { DeclineReason, Reply } from '../reply.js';
import { coveredList, decline } from '../respond/decline.js';
import { type FactIndex, factKey, type IndexedFact } from '../retrieve/build-index.js';

/** The figure set against another time: "higher or lower than in 2019", "more than the same months last year". */
const AGAINST_OTHER_TIME =
  /\b(?:higher|lower|more|less|bigger|smaller|greater|fewer|up|down|worse|better)(?: or (?:higher|lower|more|less|bigger|smaller|greater|fewer|the same|up|down|worse|better))? (?:than|compared (?:with|to)|vs\.?|versus) (?:it was |they were |that of |those of )?(?:(?:in|during|for|over) )?((?:the )?(?:same (?:quarter|period|months?|time|three months|season|spring)(?: (?:of|in|a year|last|the year)\b[^?.,;!]*)?|(?:previous|prior|preceding|last|earlier) (?:year|quarter|period|months?|spring)|a year (?:earlier|before|ago)|before (?:the )?(?:lockdown|pandemic|covid|coronavirus)|pre[- ]?(?:lockdown|pandemic|covid)|(?:19|20)\d\d\b[^?.,;!]*))/u;

/** A fact whose own words set its figure against another time: a change, or "from", "than", "compared with". */
const COMPARES_IN_ITSELF =
  /\b(?:rise|rises|rose|risen|increase\w*|fell|fall|falls|fallen|decrease\w*|drop\w*|up|down|grew|grow\w*|doubl\w*|halv\w*|than|compared|from \w+ (?:19|20)\d\d|each year|every year|year[- ]on[- ]year|change|higher|lower)\b/iu;

/** The decline for a figure set against a time the fact gives no figure for, if the question does that. */
export function otherTimeCompared(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const asked = AGAINST_OTHER_TIME.exec(folded)?.[1]?.trim();
  if (!asked) return undefined;
  const own = `${fact.fact.quote} ${fact.fact.measure ?? ''} ${fact.fact.figures.map((f) => f.label).join(' ')}`;
  if (COMPARES_IN_ITSELF.test(own)) return undefined;
  return { code: 'not_covered', kind: 'year', value: asked, covered: coveredList(index, 'year') };
}

/**
 * The decline of a reply answering one fact for a question (`folded`) that sets its figure against a time the fact
 * gives no figure for ("was the 51% higher or lower than in the same quarter of 2019?"): the figure cannot say.
 * Undefined for any other reply.
 */
export function declineOtherTime(
  index: FactIndex,
  question: string,
  folded: string,
  reply: Reply,
): Reply | undefined {
  if (reply.status !== 'answered' || reply.kind !== 'fact') return undefined;
  const [first] = reply.facts;
  const fact = first && index.byKey.get(factKey(first.packId, first.factId));
  const otherTime = fact && otherTimeCompared(index, fact, folded);
  return otherTime && decline(index, question, otherTime, reply.confidence, [fact]);
}
