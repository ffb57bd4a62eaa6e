// One handler per kind of message: adding a kind is one folder here plus its name in understand/read-kind.ts.

import type { Screening } from '../../safety/screen.js';
import type { ClaimCheck } from '../claims/index.js';
import { declineAfterSource } from '../decide/after-source.js';
import { declineOtherTime } from '../decide/earlier-time.js';
import { declineUnsizedChange } from '../decide/unsized-change.js';
import type { Reply } from '../reply.js';
import { decline } from '../respond/decline.js';
import { namedNumbers } from '../retrieve/candidates.js';
import { putsFigureForward } from '../understand/intent.js';
import type { QuestionKind } from '../understand/read-kind.js';
import { checkClaimAsked } from './claim/answer-claim.js';
import { checkYesNoFigure } from './claim/yes-no.js';
import {
  declineEmpty,
  declineGreeting,
  declineHarmful,
  declineHelp,
  declineOpinion,
} from './conversation/decline-plainly.js';
import { answerFigure, type FigureOptions } from './figure/answer-figure.js';
import { answerFollowUp } from './follow-up/follow-up.js';
import type { Handler } from './handler.js';
import { answerOverview, asksOverview } from './overview/answer-overview.js';
import { answerSourceScope, asksSourceScope } from './overview/source-scope.js';
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
      : answerFigure(index, question, analysis(), 'figure', figureOptions(screening)),
  // (A figure put forward that the source states is asked about as before: "Wasn't the KSI figure 257?" gets its fact,
  // not a verdict on the wording.)
  // (…but a verdict on more than the wording stands: the figure given to another subject, period or place, or one the
  // source contradicts, "so instagram was used in 51 percent of cases?", "so 238 were killed?". A figure reply that
  // declines a platform, place, year or measure the source lacks stands before it.)
  claim: (asked) => {
    const { reply: checked, verdict } = checkClaimAsked(asked.index, asked.question, asked.analysis());
    if (!putsFigureForward(asked.folded) || namedNumbers(asked.index, asked.analysis()).unmatched.length > 0)
      return declineAfterSource(asked.index, asked.question, asked.folded, checked) ?? checked;
    const figure = HANDLERS.figure(asked);
    if (
      figure.status === 'abstained' &&
      figure.reason.code === 'not_covered' &&
      figure.reason.kind !== 'scope' &&
      figure.reason.kind !== 'other'
    )
      return figure;
    return verdict && substantive(verdict) ? checked : figure;
  },
  figure: (asked) => {
    const { index, question, analysis, screening, folded } = asked;
    // A summary of the source as a whole: its first figures. (Only for a message the safety reading has no doubt about.)
    const overview =
      !screening.harmDoubt && asksOverview(index, folded) ? answerOverview(index, question) : undefined;
    if (overview) return overview;
    const reply = answerFigure(index, question, analysis(), 'figure', figureOptions(screening));
    // Where or when the source's figures are from, asked of it as a whole and matching no fact that says so: each
    // place or period, with its fact. (A fact on the release itself, "the statistics cover the calendar year 2023",
    // answers first.)
    const dimension =
      screening.harmDoubt || !declinedAsUnknown(reply) ? undefined : asksSourceScope(index, folded);
    const scope = dimension && answerSourceScope(index, question, dimension);
    if (scope) return scope;
    // (A figure set against a time its fact gives none for is declined, as a claim is: decide/earlier-time.ts.)
    // (…and so is one rise set against another the source gives no size for, decide/unsized-change.ts, and how
    // something it reports turned out, decide/after-source.ts.)
    return (
      declineOtherTime(index, question, folded, reply) ??
      declineUnsizedChange(index, question, folded, reply) ??
      declineAfterSource(index, question, folded, reply) ??
      checkYesNoFigure(asked, reply) ??
      reply
    );
  },
};

/**
 * A verdict on what a figure is of, not on its wording: contradicted, or another subject, period or place, as the
 * scope explanation names it ("(the period differs)"). (A figure of another year, explained as "488 for 2022, not for
 * the period it reports", is not counted here: kept as the review's fix had it.)
 */
function substantive(check: ClaimCheck): boolean {
  return (
    check.verdict === 'contradicted' ||
    (check.verdict === 'different_scope' &&
      /\(the (?:subject|period|place) differs\)/u.test(check.explanation))
  );
}

/** What the safety reading allows the figure handler (see `FigureOptions`). */
function figureOptions(screening: Screening): FigureOptions {
  return { clearOfHarm: !screening.harmDoubt, firmlyHarmless: !screening.helpOnly };
}

/** A decline for a question the packs do not speak to at all, not for a scope or measure they lack. */
function declinedAsUnknown(reply: Reply): boolean {
  return (
    reply.status === 'abstained' &&
    (reply.reason.code === 'off_topic' ||
      (reply.reason.code === 'not_covered' && reply.reason.kind === 'other'))
  );
}
