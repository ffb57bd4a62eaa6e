// A child may be at risk: help first, always; a figure the same message asks for may follow the help.
import { statisticsPart } from '../../../safety/statistics-cue.js';
import type { Reply } from '../../reply.js';
import { decline } from '../../respond/decline.js';
import { analyseText } from '../../understand/analyse.js';
import { answerAnalysed } from '../answer-analysed.js';
import type { Asked } from '../handler.js';
import { helpResources } from './help-resources.js';

/**
 * Help first. When the message also asks for a figure (and seeks no harm), the figure follows the help; a question
 * the packs cannot answer never turns the help into a decline.
 */
export function answerWithHelp({ index, question, text, screening }: Asked): Reply {
  const help = helpResources(index, screening.audience);
  const withHelp = help.length > 0 ? { help } : {};
  if (screening.asksStatistic && !screening.harmful) {
    // Only the part that asks for a figure is read (its scope and period too): the rest is about the child.
    const part = statisticsPart(text);
    const reply = answerAnalysed(index, part, analyseText(part, index.vocab, true), { cautious: true });
    if (reply.status === 'answered') return { ...reply, question, ...withHelp, suggestions: [] };
  }
  return { ...decline(index, question, { code: 'safeguarding' }), ...withHelp };
}
