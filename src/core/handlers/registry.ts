// One handler per kind of message: adding a kind is one folder here plus its name in understand/read-kind.ts.

import { scopeMismatch } from '../decide/scope.js';
import { decline } from '../respond/decline.js';
import type { QuestionKind } from '../understand/read-kind.js';
import { answerClaim } from './claim/answer-claim.js';
import {
  declineEmpty,
  declineGreeting,
  declineHarmful,
  declineHelp,
  declineOpinion,
} from './conversation/decline-plainly.js';
import { answerFigure } from './figure/answer-figure.js';
import { answerFollowUp } from './follow-up/follow-up.js';
import type { Handler } from './handler.js';
import { answerWithHelp } from './safeguarding/answer-with-help.js';

export const HANDLERS: Record<QuestionKind, Handler> = {
  empty: declineEmpty,
  safeguarding: answerWithHelp,
  harmful: declineHarmful,
  greeting: declineGreeting,
  help: declineHelp,
  // A sum to work out is no question about the packs, whatever figures its numbers happen to match.
  'off-topic': ({ index, question }) => decline(index, question, { code: 'off_topic' }),
  opinion: declineOpinion,
  'follow-up': ({ index, question, folded, analysis, prior, screening }) =>
    prior
      ? answerFollowUp(index, question, folded, analysis(), prior)
      : answerFigure(index, question, analysis(), 'figure', { clearOfHarm: !screening.harmDoubt }),
  claim: ({ index, question, analysis }) => answerClaim(index, question, analysis()),
  figure: (asked) => {
    const { index, question, analysis, screening, folded } = asked;
    const reply = answerFigure(index, question, analysis(), 'figure', { clearOfHarm: !screening.harmDoubt });
    // A yes/no question naming a figure the source does not give ("Was the letter signed by over 200
    // organisations?") checks that figure: it is answered as a claim, with the source's figure and the verdict —
    // only when the checker reaches a verdict on that fact and the fact answers what the question pins down ("Did
    // WhatsApp account for 25 percent?" is no figure the source gives WhatsApp alone: it stays declined).
    if (
      reply.status !== 'abstained' ||
      reply.reason.code !== 'not_covered' ||
      reply.reason.kind !== 'number' ||
      screening.harmDoubt ||
      !YES_NO.test(folded)
    )
      return reply;
    const claim = answerClaim(index, question, analysis());
    if (claim.status !== 'answered' || !claim.notes.some((n) => CHECKED.test(n))) return reply;
    // The fact must answer what the question pins down: not one app of a group it counts together, another place…
    const fact = index.facts.find(
      (f) => f.pack.pack.id === claim.citations[0]?.packId && f.fact.id === claim.citations[0]?.factId,
    );
    if (!fact || scopeMismatch(index, fact, folded, analysis().entities)) return reply;
    // …nor a platform the fact counts only with others (WhatsApp of the 51% for three apps together).
    const platformOf = (ids: Iterable<string>) =>
      [...ids].filter((id) => index.entityKinds.get(id) === 'platform');
    const named = platformOf(analysis().entities);
    return named.length > 0 && platformOf(fact.entities).length > named.length ? reply : claim;
  },
};

/** A verdict the claim checker reached against the answered fact. */
const CHECKED = /^Verdict: (?:supported|contradicted)\b/u;
/** A question asking yes or no ("Was…", "Were there…", "Did…"). */
const YES_NO = /^(?:so |and |but |ok |okay )?(?:was|were|is|are|did|does|do|has|have|had)\b/u;
