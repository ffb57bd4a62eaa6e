// The handler for a question already analysed, chosen by how it reads: a claim to check or a figure to find.
import type { Reply } from '../reply.js';
import type { FactIndex } from '../retrieve/build-index.js';
import type { Analysis } from '../understand/analyse.js';
import { readsAsClaim } from '../understand/read-kind.js';
import { answerClaim } from './claim/answer-claim.js';
import { answerFigure } from './figure/answer-figure.js';

/** Answers an analysed question; `cautious` (a safety doubt) never reads it as a claim. */
export function answerAnalysed(
  index: FactIndex,
  question: string,
  analysis: Analysis,
  options: { cautious?: boolean } = {},
): Reply {
  return readsAsClaim(question, options.cautious ?? false)
    ? answerClaim(index, question, analysis)
    : answerFigure(index, question, analysis);
}
