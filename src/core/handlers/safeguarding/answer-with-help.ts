// A child may be at risk: help first, always; a figure the same message asks for may follow the help.
import { compactText } from '../../../safety/compact.js';
import { hasHarmSignal, isHarmfulRequest } from '../../../safety/harm-rules.js';
import { statisticsClauses } from '../../../safety/statistics-cue.js';
import type { Reply } from '../../reply.js';
import { decline } from '../../respond/decline.js';
import { readQuestion } from '../../understand/read-question.js';
import { answerAnalysed } from '../answer-analysed.js';
import type { Asked } from '../handler.js';
import { helpResources } from './help-resources.js';

/**
 * Help first. When the message also asks for a figure (and seeks no harm), the figure follows the help; a question
 * the packs cannot answer never turns the help into a decline. A concern that only tells of someone else's acts
 * ("a man keeps asking her to meet him") seeks no harm, but its figure is then read from a part that holds no such
 * words itself.
 */
export function answerWithHelp({ index, question, text, screening }: Asked): Reply {
  const help = helpResources(index, screening.audience);
  const withHelp = help.length > 0 ? { help } : {};
  if (screening.asksStatistic && (!screening.harmful || screening.harmOnlyReported)) {
    // Only the parts that ask for a figure are read (their scope and period too): the rest is about the child.
    // Together first, then one by one ("what % had instagram? and is it normal for a man to…").
    const clauses = statisticsClauses(text);
    const parts = clauses.length > 1 ? [clauses.join(' '), ...clauses] : clauses;
    for (const part of parts) {
      if (screening.harmful && !clean(part)) continue;
      // Read as any question is (its focus, its period in month words); never as a claim.
      const reply = answerAnalysed(index, part, readQuestion(part, index.vocab), { cautious: true });
      if (reply.status === 'answered') return { ...reply, question, ...withHelp, suggestions: [] };
    }
  }
  return { ...decline(index, question, { code: 'safeguarding' }), ...withHelp };
}

/** A part of a message that holds no harmful reading and no sign of one on its own. */
function clean(part: string): boolean {
  const compact = compactText(part);
  return !isHarmfulRequest(compact) && !hasHarmSignal(compact);
}
