// "How did the number killed in 2023 compare with 2022, in percentage terms?": a comparison asked "as a percentage"
// asks for the change in per cent, not for a share; "relative to all casualties" asks for a share. Read as a change,
// the words point at the fact that gives it (its "fall of 17 per cent") rather than at every share the pack states;
// "terms" is no word to match.

/** A comparison: "compare", "vs", "than", "against", "relative to", "from 2022 to 2023", "year on year". */
const COMPARES =
  /\b(?:compar\w*|vs\.?|versus|than|against|relative to|from (?:19|20)\d\d (?:to|until|till) (?:19|20)\d\d|(?:19|20)\d\d (?:to|-|–) (?:19|20)\d\d|on (?:the )?(?:previous|prior|last) year|year[- ]on[- ]year)\b/u;
/** "as a percentage", "in percentage terms", "in % terms", "percentage-wise", "in percent". */
const AS_PERCENTAGE =
  /\b(?:as an? (?:percentage|percent(?:age)? change|%)|in (?:percentage|percent|%|per cent) terms|in (?:percentage|percent|%|per cent)\b(?! points?\b)|(?:percentage|percent)[- ]?wise)(?=\W|$)/u;

/** A part set against its whole: "relative to all casualties", "in relation to the total", "against all offences". */
const AGAINST_WHOLE =
  /\b(?:relative to|in relation to|against|next to|out of) (?=(?:all|the total|total|the whole|overall|every)\b)/gu;

/**
 * The (folded) text with a comparison's "as a percentage" read as a percentage change, and a part set against its
 * whole ("How big are slight injuries relative to all casualties?") read as a share of it.
 */
export function withPercentChange(folded: string): string {
  const whole = folded.replace(AGAINST_WHOLE, 'as a share of ');
  return COMPARES.test(whole) ? whole.replace(AS_PERCENTAGE, 'as a change') : whole;
}
