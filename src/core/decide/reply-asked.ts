// Whether someone replied to something ("Did Zuckerberg reply personally to the NSPCC's criticism?"): only a fact that
// reports a reply by them answers it. Their other words (an announcement a year before) are no reply.
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/**
 * Whether a reply came, asked yes or no: "did X (personally) reply/respond/react", "has X ever answered". (Not "how did
 * X react", nor "X's response to…": what someone said on the subject is that.)
 */
const REPLY_ASKED =
  /(?<!\b(?:how|why|when|where|what)\s)\b(?:did|has|have|had|does|do)\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:(?:ever|personally|actually|directly|publicly|himself|herself|themselves|itself)\s+)*(?:reply|replied|respond|responded|react|reacted|answer|answered|hit back|rebut|rebutted)\b/u;
/** A quote that reports a reply. */
const REPORTS_REPLY = /\b(?:respond\w*|repl(?:y|ied|ies)|react\w*|hit back|rebut\w*|in answer to)\b/iu;

/** The decline when a reply by someone is asked and the fact reports none by them. */
export function replyAsked(index: FactIndex, fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const m = REPLY_ASKED.exec(folded);
  const who = m?.[1];
  if (!who) return undefined;
  const named = analyseText(who, index.vocab, true).entities.filter((id) => {
    const kind = index.entityKinds.get(id);
    return kind === 'person' || kind === 'organisation' || kind === 'platform';
  });
  const [id] = named;
  if (named.length !== 1 || id === undefined) return undefined;
  if (REPORTS_REPLY.test(fact.fact.quote) && fact.entities.has(id)) return undefined;
  const name = index.entityNames.get(id) ?? who;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a reply from ${name}`,
    covered: [`only this: ${fact.fact.statement}`],
  };
}
