// The words for claim checks, shared by every surface: verdict badges, the note for a message with no statistic.
import type { ClaimCheck, ClaimsReply, Verdict } from '../core/claims/index.js';
import { HARMFUL_CHECK_REFUSAL } from './wording.js';

/** A short badge per verdict (an emoji and words, so it reads without colour). */
export const VERDICT_BADGES: Readonly<Record<Verdict, string>> = {
  supported: '✅ Supported',
  contradicted: '❌ Contradicted',
  different_scope: '⚠️ Different scope',
  not_in_source: '❔ Not in the source',
};

export const NO_CLAIMS =
  'I found no statistic to check in that message. Send or pick a message with a figure or a quote in it (for example "13k grooming offences in three years") and I will check it against the source.';

export const CHECK_HEADING = 'Checked against the source';

/** One line saying what a decline means, worded for people. */
export function describeClaimsDecline(reply: Extract<ClaimsReply, { status: 'declined' }>): string {
  switch (reply.reason) {
    case 'empty':
      return 'Give me a message to check, for example `check: 13k grooming offences in three years`.';
    case 'harmful':
      return HARMFUL_CHECK_REFUSAL;
    case 'rate_limited':
      return `You're asking faster than I can keep up with. Please wait ${reply.retryAfterSeconds} second${reply.retryAfterSeconds === 1 ? '' : 's'} and try again.`;
  }
}

/** "Claimed: 13k · Source: 12,925". */
export function figuresLine(check: ClaimCheck): string | undefined {
  const parts = [
    check.claimed ? `Claimed: ${check.claimed}` : '',
    check.sourceFigure ? `Source: ${check.sourceFigure}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
