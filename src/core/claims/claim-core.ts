// The part of a claim's clause that claims something, without the frame that says who claims it.

/** Who says it, before the figure ("my neighbour, a police officer, said", "police data indicate that"). */
const FRAME_BEFORE =
  /^.*\b(?:said|says|say|told|tells|shows?|showed|indicates?|indicated|suggests?|finds|found|reveals?|revealed|reports?|reported|claims?|claimed|heard|read|saw|seen|according to [^,]+,|reckons?|thinks?|believes?|writes|wrote)(?: that)?\s+/u;
/** Who says it, after the figure (", police data shows", "according to the NSPCC"). */
const FRAME_AFTER =
  /(?:,|\s[-–—])?\s*(?:(?:according to|per|says?|said|via|source:)\b.*|[^,]{0,40}\b(?:shows?|says?|said|reports?|finds|found|reveals?|claims?|suggests?)\s*[.!?]*)$/u;

/** The part of a clause that makes the claim, without who is said to have made it. */
export function claimCore(clause: string, figureStart: number): string {
  const before = clause.slice(0, figureStart);
  const frame = FRAME_BEFORE.exec(before.toLowerCase());
  const start = frame ? frame[0].length : 0;
  const after = clause.slice(figureStart);
  const tail = FRAME_AFTER.exec(after.toLowerCase());
  return clause.slice(start, figureStart) + (tail && tail.index > 0 ? after.slice(0, tail.index) : after);
}
