// The part of a claim's clause that claims something, without the frame that says who claims it.

/** Who says it, before the figure ("my neighbour, a police officer, said", "police data indicate that"). */
const FRAME_BEFORE =
  /^.*\b(?:said|says|say|told|tells|shows?|showed|indicates?|indicated|suggests?|finds|found|reveals?|revealed|reports?|reported|claims?|claimed|heard|read|saw|seen|according to [^,]+,|reckons?|thinks?|believes?|writes|wrote|estimates?|estimated|summari[sz]e[ds]?|remind(?:s|ed)?(?: (?:us|me|everyone|all|them|the \w+))?|pointed out|flagged|highlighted|stressed|emphasi[sz]ed)(?: that)?\s+/u;
/**
 * Someone named by a title passing a claim on ("Cllr Hughes stated", "Dr Shah noted that"): only after such a name,
 * since "added", "noted" or "confirmed" alone may be the claim's own verb ("knife crime offences added up to…").
 */
const RELAY_BEFORE =
  /^.*?\b(?:cllr|councillor|mr|mrs|ms|miss|dr|prof|professor)\.? [\w'’-]+(?: [\w'’-]+)? (?:stated|states|noted|notes|mentioned|added|adds|explained|confirmed|reported|said|says)(?: that)?\s+/u;
/** Who says it, after the figure (", police data shows", "according to the NSPCC"). */
const FRAME_AFTER =
  /(?:,|\s[-–—])?\s*(?:(?:according to|per|says?|said|via|source:)\b.*|[^,]{0,40}\b(?:shows?|says?|said|reports?|finds|found|reveals?|claims?|suggests?)\s*[.!?]*)$/u;

/**
 * A lead with no figure (a date at most) before a colon or a dash ("as your councillor I wanted to flag the NSPCC's research: 1,220…"): it
 * introduces the claim, unless it says what the claim is about (`keepsLead`: "Convictions summary:", "Lockdown recap:").
 */
const LEAD_BEFORE = /^(?:[^\d]|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?){1,120}(?::|\s[—–-]+)\s+/u;

/** Who said a statement, after it (", said Cllr Ray", ", according to the minutes"). */
const SAID_AFTER =
  /,\s*(?:said|says|according to|added|noted|stated|explained|confirmed)\s+[^,;]{1,40}?[.!?]*\s*$/iu;

/** The part of a clause that makes the claim, without who is said to have made it. */
export function claimCore(
  clause: string,
  figureStart: number,
  keepsLead: (lead: string) => boolean = () => false,
): string {
  // A statement (no figure: the whole clause) said by someone named after it is what comes before the naming;
  // read first, or the frame before would take everything up to that "said".
  if (figureStart >= clause.length) {
    const said = SAID_AFTER.exec(clause);
    if (said && said.index > 0) return claimCore(clause.slice(0, said.index), said.index, keepsLead);
  }
  const before = clause.slice(0, figureStart).toLowerCase();
  const lead = LEAD_BEFORE.exec(before);
  const frame =
    FRAME_BEFORE.exec(before) ?? RELAY_BEFORE.exec(before) ?? (lead && !keepsLead(lead[0]) ? lead : null);
  const start = frame ? frame[0].length : 0;
  const after = clause.slice(figureStart);
  const tail = FRAME_AFTER.exec(after.toLowerCase());
  return clause.slice(start, figureStart) + (tail && tail.index > 0 ? after.slice(0, tail.index) : after);
}
