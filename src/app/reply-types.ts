// What adapters may know of the core: the reply values they render, re-exported so nothing in adapters/
// reaches into src/core (the core can reorganise without touching a platform).
export type { PackSource, PackTopics } from '../core/catalogue.js';
export type { ClaimCheck, ClaimsReply, Verdict } from '../core/claims/index.js';
export type { FactView, HelpResources, Reply, Suggestion } from '../core/reply.js';
export { replyShowingFact } from '../core/respond/fact-reply.js';
