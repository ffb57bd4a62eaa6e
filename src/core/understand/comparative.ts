// Words that set things against each other by size or rank ("worse than", "the most", "compared with", "vs"). ("More or
// less" as "roughly" is none: "when is the data from, more or less?")

const COMPARATIVE_WORDS =
  /\b(?:worse|better|safer|riskier|more dangerous|less dangerous|higher|lower|bigger|smaller|larger|greater|more|less|fewer|most|least|worst|best|highest|lowest|biggest|smallest|safest|riskiest|compared?|comparison|versus|vs|than|rank\w*|by how much)\b/u;

/** Whether a (folded) question compares or ranks. */
export function compares(folded: string): boolean {
  return COMPARATIVE_WORDS.test(folded.replace(/\bmore or less\b/gu, ' '));
}
