// "Police chiefs back NSPCC call to hold tech firms criminally responsible": that someone backed a call, and what the
// call was for, each checked against its own fact (the backing, and the call it backed among the facts it relates to).

import type { FactIndex } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { checkStatement } from './check-statement.js';
import { readFigures } from './read-figure.js';
import { type Reading, rankFacts } from './reading.js';
import { readSpeakers } from './speaker.js';
import type { ClaimCheck } from './types.js';

/** Who backed whose call (up to the word "call"), then what the call was for. */
const BACKED_CALL =
  /^(.*?\b(?:backs?|backed|backing|supports?|supported|supporting|endorses?|endorsed|endorsing)\s+(?:the\s+)?(.{0,40}?)\s*\b(?:call|push|demand|plea|bid)s?)\s+(to|for)\s+(\S.*)$/iu;

/** A question, not a claim: "which body backed the call…?" */
const ASKS = /^\W*(?:which|who|whose|what|did|does|do|is|was|were|could|can|has|have)\b/iu;

/**
 * The check of a clause that says someone backed a call for something, when the backing holds: supported when what
 * the call was for is also what the backed call asked (a fact the backing relates to). Undefined when the clause is no such claim or either part cannot be read.
 */
export function checkBackedCall(
  index: FactIndex,
  clause: string,
  checkPart: (text: string) => ClaimCheck | undefined,
): ClaimCheck | undefined {
  const match = ASKS.test(clause) ? undefined : BACKED_CALL.exec(clause);
  if (!match) return undefined;
  const [, head = '', owner = '', link = '', rest = ''] = match;
  const backed = checkPart(head);
  if (backed?.verdict !== 'supported' || !backed.factId) return undefined;
  const fact = index.byKey.get(`${backed.packId}/${backed.factId}`);
  const related = new Set(fact?.fact.related ?? []);
  if (!fact || related.size === 0) return undefined;
  const who = owner.replace(/['’]s?$/u, '').trim() || 'they';
  // (Said as the source says such a call: "urged the Prime Minister to …", "called for …".)
  const tail =
    link.toLowerCase() === 'to' ? `${who} urged the Prime Minister to ${rest}` : `${who} called for ${rest}`;
  const figures = readFigures(tail);
  if (figures.length > 0) return undefined;
  const analysis = analyseText(tail, index.vocab, true);
  const reading: Reading = {
    clause: tail,
    lower: tail.toLowerCase(),
    analysis,
    figures,
    speakers: readSpeakers(index, tail),
    platforms: analysis.entities.filter((id) => index.entityKinds.get(id) === 'platform'),
    ranked: rankFacts(index, analysis, figures).filter(
      (s) => s.fact.pack === fact.pack && related.has(s.fact.fact.id),
    ),
  };
  // (Only agreement is read this way: a call read wrongly here must not turn a clause contradicted.)
  const called = checkStatement(index, reading);
  return called?.verdict === 'supported'
    ? { ...backed, claim: clause, explanation: `${backed.explanation} ${called.explanation}` }
    : undefined;
}
