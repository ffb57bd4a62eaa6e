// A yes/no question about which way something went: "did deaths fall?", "have serious injuries increased?", "are
// cyclist casualties rising?". Its answer is a figure of change (or two figures a change reads from), not a note on
// the figures that happens to use the same words ("is the fall in deaths significant?" asks no direction).

const DID = String.raw`(?:did|do|does) (?:[\w'-]+ ){1,5}(?:rise|fall|go up|go down|increase|decrease|drop|decline|climb|grow|shrink)`;
const HAVE = String.raw`(?:have|has|had) (?:[\w'-]+ ){1,5}(?:risen|fallen|gone up|gone down|increased|decreased|dropped|declined|climbed|grown|shrunk)`;
const ARE = String.raw`(?:are|were|is|was) (?:[\w'-]+ ){1,5}(?:rising|falling|going up|going down|increasing|decreasing|dropping|declining|climbing|growing)`;

/** Shorthand that names a figure and then a direction, with no verb: "seriously injured up?", "cyclist casualties rising?". */
const TERSE = String.raw`(?!(?:what|whats|how|who|why|when|where|which|is|was|are|were)\b)(?:[\w'-]+ ){1,4}(?:up|down|rising|falling|increasing|decreasing)\s*\?+\s*$`;

const DIRECTION = new RegExp(
  String.raw`^\W*(?:(?:so|and|but|ok|okay),? )?(?:(?:${DID}|${HAVE}|${ARE})\b|${TERSE})`,
  'u',
);

/** Whether a (folded) question asks yes or no about the direction of a change. */
export function asksDirection(folded: string): boolean {
  return DIRECTION.test(folded);
}
