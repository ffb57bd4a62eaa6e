// "Zuckerberg vs the NSPCC on encryption: what does each side say?": what two or more parties the packs quote say on
// one subject, set side by side, one fact in each party's own words, when no single fact quotes them all.
import { SETS_SIDES, speaks } from '../../decide/speaker.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import type { ScoredFact } from '../../retrieve/score.js';
import type { ComparisonMatch } from './compare.js';

/** Each side's fact must match at least this well (the question names both parties, so each covers about half). */
const SIDE_SCORE = 0.25;
/** A fact quoting every party this close to the top is the answer instead (the dispute in one quote). */
const ALL_SIDES_DEPTH = 3;
/** Asking what the parties say or think, not which figure is bigger ("snapchat vs facebook apps: which was bigger"). */
const ASKS_VIEWS =
  /\b(?:say|says|said|saying|think|thinks|argue\w*|positions?|views?|stances?|sides?|differ\w*|disagree\w*|take on|want\w*|line|response|respond\w*)\b/u;
/** Entity kinds that can take a side. */
const PARTY_KINDS: ReadonlySet<string> = new Set(['person', 'organisation', 'platform']);

/** The facts in which each party the question sets against the others speaks, best match first, or undefined. */
export function compareSides(
  index: FactIndex,
  folded: string,
  entities: readonly string[],
  terms: readonly string[],
  scored: readonly ScoredFact[],
): ComparisonMatch | undefined {
  if (!SETS_SIDES.test(folded) || !ASKS_VIEWS.test(folded)) return undefined;
  // A party that speaks in most of a pack's facts is its publisher (the council of a council's release): every
  // figure is "its", so none is its view.
  const named = entities.filter((id) => PARTY_KINDS.has(index.entityKinds.get(id) ?? ''));
  const parties = named.filter((id) => {
    const speaksIn = index.facts.filter((f) => speaks(index, f, id)).length;
    return speaksIn > 0 && speaksIn <= index.facts.length / 2;
  });
  if (parties.length < 2 || parties.length < named.length) return undefined;
  if (scored.slice(0, ALL_SIDES_DEPTH).some((s) => parties.every((id) => speaks(index, s.fact, id))))
    return undefined;
  // What the sides speak about ("encryption"): each side's fact must speak of it, when the question names it.
  const topic = terms.filter((t) => !parties.includes(t.slice(1)));
  const sideOf = (id: string) =>
    scored.find(
      (s) =>
        s.score >= SIDE_SCORE &&
        speaks(index, s.fact, id) &&
        (topic.length === 0 || topic.some((t) => s.fact.weights.has(t))),
    );
  const sides = parties.map(sideOf);
  if (sides.some((s) => !s)) return undefined;
  const facts = [...new Set(sides.map((s) => (s as ScoredFact).fact))];
  if (facts.length < 2 || new Set(facts.map((f) => f.pack)).size > 1) return undefined;
  const names = parties.map((id) => index.entityNames.get(id) ?? id);
  return {
    title: `What ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} said`,
    facts: facts as IndexedFact[],
    notes: [
      'Each side in its own words, as the source reports them; the source does not set them side by side.',
    ],
    score: Math.min(...sides.map((s) => (s as ScoredFact).score)),
  };
}
