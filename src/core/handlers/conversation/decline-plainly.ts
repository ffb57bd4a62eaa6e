// Messages that are not statistics questions: empty, a greeting, a request for help using the bot, a harmful ask,
// an opinion. Each gets its decline code; the wording lives at the edge.

import { foldText } from '../../../text/normalise.js';
import type { Reply } from '../../reply.js';
import { decline } from '../../respond/decline.js';
import { nearestFacts } from '../../retrieve/candidates.js';
import { smallTalkOf } from '../../understand/lexicon.js';
import type { Asked, Handler } from '../handler.js';

const declineWith =
  (code: 'empty' | 'help' | 'harmful'): Handler =>
  ({ index, question }: Asked): Reply =>
    decline(index, question, { code });

export const declineEmpty = declineWith('empty');
/** Small talk, answered in kind (hello, you're welcome, goodbye). */
export function declineGreeting({ index, question }: Asked): Reply {
  return decline(index, question, { code: 'greeting', said: smallTalkOf(foldText(question)) });
}
export const declineHelp = declineWith('help');
/** A harmful ask: no figure, no suggestions that point at related facts, no echo. */
export const declineHarmful = declineWith('harmful');

/** An opinion is not the source's to give; the facts nearest the topic are offered instead. */
export function declineOpinion({ index, question, analysis }: Asked): Reply {
  return decline(index, question, { code: 'opinion' }, 0, nearestFacts(index, analysis()));
}
