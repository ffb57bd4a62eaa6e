// A yes/no question naming a figure the source does not give ("Was the letter signed by over 200 organisations?")
// checks that figure: answered as a claim, with the source's figure and the verdict.
import { WRONG_DATE } from '../../claims/explain.js';
import { scopeMismatch } from '../../decide/scope.js';
import type { Reply } from '../../reply.js';
import { factKey } from '../../retrieve/build-index.js';
import type { Asked } from '../handler.js';
import { checkClaimAsked } from './answer-claim.js';

/** A question asking yes or no ("Was…", "Were there…", "Did…"). */
const YES_NO =
  /^(?:so |and |but |ok |okay )?(?:was|were|is|are|did|does|do|has|have|had|didn'?t|wasn'?t|weren'?t|isn'?t|hasn'?t)\b/u;

/**
 * The claim reply for a yes/no question the figure reading declined for its figure — only when the checker reaches a
 * verdict on a fact that answers what the question pins down ("Did WhatsApp account for 25 percent?" is no figure
 * the source gives WhatsApp alone: it stays declined). Undefined when the figure reading's reply stands.
 */
export function checkYesNoFigure(asked: Asked, reply: Reply): Reply | undefined {
  const { index, question, analysis, screening, folded } = asked;
  if (
    reply.status !== 'abstained' ||
    reply.reason.code !== 'not_covered' ||
    (reply.reason.kind !== 'number' && reply.reason.kind !== 'year') ||
    screening.harmDoubt ||
    !YES_NO.test(folded)
  )
    return undefined;
  const { reply: claim, verdict } = checkClaimAsked(index, question, analysis());
  // A verdict the claim checker reached against the answered fact.
  if (
    claim.status !== 'answered' ||
    (verdict?.verdict !== 'supported' && verdict?.verdict !== 'contradicted')
  )
    return undefined;
  // A year asked of an event the source dates otherwise ("Did Zuckerberg announce the encryption plans in 2018?"):
  // the checker's contradiction names the source's date.
  if (reply.reason.kind === 'year')
    return verdict.verdict === 'contradicted' && WRONG_DATE.test(verdict.explanation) ? claim : undefined;
  // The fact must answer what the question pins down: not another place, nor one part of what it counts…
  const cited = claim.citations[0];
  const fact = cited && index.byKey.get(factKey(cited.packId, cited.factId));
  if (!fact || scopeMismatch(index, fact, folded, analysis().entities)) return undefined;
  // …nor a platform the fact counts only with others (WhatsApp of the 51% for three apps together).
  const platformOf = (ids: Iterable<string>) =>
    [...ids].filter((id) => index.entityKinds.get(id) === 'platform');
  const named = platformOf(analysis().entities);
  return named.length > 0 && platformOf(fact.entities).length > named.length ? undefined : claim;
}
