// Which ones a count is made of ("which organisations signed the open letter?", "can u list them", "was the FA one
// of them?") asked of a fact that only counts them: the source gives their number, not their names.
import type { DeclineReason } from '../reply.js';
import type { IndexedFact } from '../retrieve/build-index.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** How the decline's value begins, which the wording reads as "does not list …" rather than "has no figure for …". */
export const NAMES_OF = 'the names of ';

/** Plural words for the bodies a count may be made of, and the word a figure's label uses for them. */
const MEMBERS: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\b(?:organi[sz]ations|orgs|signatories)\b/u, ['organisation']],
  // (Charities, groups and companies are organisations too: "which other charities signed…" of organisations.)
  [/\bgroups\b/u, ['group', 'organisation']],
  [/\bcharities\b/u, ['charit', 'organisation']],
  [/\bcompanies\b/u, ['compan', 'organisation']],
];

/** Whether one named in the fact is the one asked about ("was the nspcc one of them?" of a letter the NSPCC led). */
const ONE_OF_THEM = /\bone of them\b|\bamong them\b/u;
/** Asking for the members by name anywhere: "list…", "names pls", "was the FA one of them?". */
const NAMES_ASKED = new RegExp(
  String.raw`\b(?:name|names|list|listed|named|identify)\b|${ONE_OF_THEM.source}`,
  'u',
);
/** Which ones, right before the plural: "which (other) organisations", "who were the signatories". */
const WHICH_BEFORE =
  /\b(?:which|what|who (?:are|were)(?: the)?)\s+(?:(?!(?:did|do|does|is|are|was|were|has|have|had|will|would|can|could|should)\b)[a-z]+\s+){0,2}?$/u;
/** Asking who led or who is behind them: the fact names that one ("Who led the group of organisations…?"). */
const LEADER_ASKED = /\b(?:led|lead|leads|leading|leader|headed|organised|organized|coordinated|behind)\b/u;
/** Asking how many: the count itself. */
const COUNT_ASKED = /\bhow many\b|\bnumber of\b|\bhow much\b/u;

/** The decline when the question asks which bodies a fact's count is made of, and the fact only counts them. */
export function membersAsked(fact: IndexedFact, folded: string): ScopeDecline | undefined {
  if (LEADER_ASKED.test(folded) || COUNT_ASKED.test(folded)) return undefined;
  for (const [plural, roots] of MEMBERS) {
    const asked = plural.exec(folded);
    if (!asked) continue;
    const before = folded.slice(0, asked.index);
    // (A number before them gives the count the question starts from: "100+ organisations did what?"; unless their
    // names are asked: "can u list the 100 orgs that signed?")
    if (/[\d+]\s*$|\b(?:than|over|hundred)\s*$/u.test(before) && !NAMES_ASKED.test(folded)) continue;
    if (!NAMES_ASKED.test(folded) && !WHICH_BEFORE.test(before)) continue;
    if (
      ONE_OF_THEM.test(folded) &&
      !NAMES_ASKED.test(folded.replace(ONE_OF_THEM, ' ')) &&
      !WHICH_BEFORE.test(before) &&
      fact.fact.subjects.some((id) => new RegExp(`\\b${id}\\b`, 'u').test(folded))
    )
      continue;
    const count = roots
      .map((root) =>
        fact.fact.figures.find((f) => f.unit === 'count' && f.label.toLowerCase().includes(root)),
      )
      .find((f) => f !== undefined);
    if (!count) continue;
    return {
      code: 'not_covered',
      kind: 'scope',
      value: `${NAMES_OF}the ${asked[0]}`,
      covered: [`their number only: ${count.display} (${count.label})`],
    };
  }
  return undefined;
}
