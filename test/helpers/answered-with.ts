// What a reply answered with, for assertions: `packId/factId` of each fact, or the reply's status when it answered none.
import { answerUncalibrated } from '../../src/core/answer-question.js';
import type { Reply } from '../../src/core/reply.js';
import type { FactIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';

/** `packId/factId` of each fact the reply answers with, or `[status]` when it is no answer. */
export const answeredWith = (reply: Reply): string[] =>
  reply.status === 'answered' ? reply.facts.map((f) => `${f.packId}/${f.factId}`) : [reply.status];

/** The pack of each fact the reply answers with, or `[status]` when it is no answer. */
export const answeredFrom = (reply: Reply): string[] =>
  reply.status === 'answered' ? reply.facts.map((f) => f.packId) : [reply.status];

/**
 * The pipeline's pick for a question, described as `describeReply` does: an answer the calibration gives under even
 * odds is offered first in a choice instead (decide/unsure.ts), so tests of matching read the pick itself.
 */
export const pipelinePick = (question: string, within: FactIndex): string =>
  describeReply(answerUncalibrated(question, within));
