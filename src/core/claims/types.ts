// The value claim checking returns: one verdict per statistical claim in a message, with the source's words.

/** How the source stands to a claim (FEVER's supported / refuted / not-enough-info, with scope split out). */
export type Verdict = 'supported' | 'contradicted' | 'different_scope' | 'not_in_source';

/** Which part of a figure's meaning a `different_scope` claim moved. */
export type ScopeDimension = 'period' | 'place' | 'base' | 'subject';

/** One checked claim. */
export interface ClaimCheck {
  /** The span of the message that makes the claim. */
  claim: string;
  verdict: Verdict;
  /** The figure as the claim writes it, or null (a claim about a trend or who said what). */
  claimed: string | null;
  /** The figure as the source writes it, or null. */
  sourceFigure: string | null;
  /** Verbatim source text the verdict rests on, or null when the source has nothing on it. */
  quote: string | null;
  packId: string | null;
  factId: string | null;
  /** Who says it in the source, and who reported it. */
  attribution: string | null;
  /** One sentence: why this verdict. */
  explanation: string;
  /** For `different_scope`: what the claim moved. */
  dimension?: ScopeDimension;
}
