// A child may be at risk: help first, always; a figure the same message asks for may follow the help.
import { statisticsClauses } from '../../../safety/statistics-cue.js';
import type { Reply } from '../../reply.js';
import { decline } from '../../respond/decline.js';
import { readQuestion } from '../../understand/read-question.js';
import { answerAnalysed } from '../answer-analysed.js';
import type { Asked } from '../handler.js';
import { helpResources } from './help-resources.js';

/**
 * Help first. When the message also asks for a figure (and the safety reading allows it), the figure follows the help; a question
 * the packs cannot answer never turns the help into a decline. With no help to give first, no figure either.
 */
export function answerWithHelp({ index, question, text, screening }: Asked): Reply {
  const help = helpResources(index, screening.audience);
  const withHelp = help.length > 0 ? { help } : {};
  // With no loaded pack listing help, the reply is the engine's own line on where to turn and no figure: a figure
  // alone would leave the child unhelped ("im 14 and my uncle touches me when mum is out. how many kids died on roads").
  if (screening.asksStatistic && !screening.helpOnly && help.length > 0) {
    // Only the parts that ask for a figure are read (their scope and period too): the rest is about the child.
    // Together first, then one by one ("what % had instagram? and is it normal for a man to…").
    const clauses = statisticsClauses(text);
    const parts = clauses.length > 1 ? [clauses.join(' '), ...clauses] : clauses;
    for (const part of parts) {
      // Read as any question is (its focus, its period in month words); never as a claim.
      const reply = answerAnalysed(index, part, readQuestion(part, index.vocab), { cautious: true });
      if (reply.status === 'answered') return { ...reply, question, ...withHelp, suggestions: [] };
    }
  }
  return { ...decline(index, question, { code: 'safeguarding' }), ...withHelp };
}
