// What a reply answered with, for assertions: `packId/factId` of each fact, or the reply's status when it answered none.
import type { Reply } from '../../src/core/reply.js';

/** `packId/factId` of each fact the reply answers with, or `[status]` when it is no answer. */
export const answeredWith = (reply: Reply): string[] =>
  reply.status === 'answered' ? reply.facts.map((f) => `${f.packId}/${f.factId}`) : [reply.status];

/** The pack of each fact the reply answers with, or `[status]` when it is no answer. */
export const answeredFrom = (reply: Reply): string[] =>
  reply.status === 'answered' ? reply.facts.map((f) => f.packId) : [reply.status];
