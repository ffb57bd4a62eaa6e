// Claims heard elsewhere ("is it true 70%…", "my friend says…"): the fact the claim is about, and what differs.
import { checkClaims } from '../../claims/index.js';
import type { Reply } from '../../reply.js';
import type { FactIndex } from '../../retrieve/build-index.js';
import { namedNumbers } from '../../retrieve/candidates.js';
import type { Analysis } from '../../understand/analyse.js';
import { answerFigure } from '../figure/answer-figure.js';

/** Answers a claim with the fact it is about, saying plainly when the claimed figure is not the source's. */
export function answerClaim(index: FactIndex, question: string, analysis: Analysis): Reply {
  const reply = answerFigure(index, question, analysis, 'claim');
  if (reply.status !== 'answered' || reply.kind !== 'fact') return reply;
  // The claim checker's verdict on this fact, when it reaches one: "Verdict: contradicted. The source gives…".
  const check = checkClaims(question, index).find((c) => c.factId === reply.facts[0].factId);
  if (check)
    return { ...reply, notes: [`Verdict: ${check.verdict.replace('_', ' ')}. ${check.explanation}`] };
  const claimed = namedNumbers(index, analysis).unmatched;
  const figures = reply.facts[0].figures.map((f) => f.display);
  if (claimed.length === 0 || figures.length === 0) return { ...reply, notes: [] };
  return {
    ...reply,
    notes: [`You quoted ${claimed.join(', ')}; the source gives ${figures.join(', ')} (quoted above).`],
  };
}
