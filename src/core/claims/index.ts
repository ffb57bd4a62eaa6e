// Claim checking: verdicts on the statistical claims in a message, each citing the pack's verbatim quote.
export { checkClaims, MAX_CLAIM_TEXT, MAX_CLAIMS } from './check-claims.js';
export { type ClaimsReply, checkMessage } from './check-message.js';
export { TOLERANCE } from './tolerance.js';
export type { ClaimCheck, ScopeDimension, Verdict } from './types.js';
