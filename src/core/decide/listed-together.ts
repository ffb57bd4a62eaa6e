// One member of a group the source counts together: "how many bus passengers were hurt?" of "Other road users (bus,
// goods vehicle and other vehicle occupants): 67 casualties" asks for a figure the source never splits out.
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { type Analysis, analyseText, stem } from '../understand/analyse.js';
import { STOPWORDS } from '../understand/lexicon.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/** A list of three or more items of one to three words each: "bus, goods vehicle and other vehicle occupants". */
const LIST =
  /\b((?:[\p{L}-]+ ){0,2}[\p{L}-]+)((?:, (?:[\p{L}-]+ ){0,2}[\p{L}-]+)+),? (?:and|or) ((?:[\p{L}-]+ ){0,3}[\p{L}-]+)/gu;

/** Words that name no member of a list ("other vehicle occupants" is not a kind of its own). */
const NO_MEMBER = new Set(['other', 'others', 'all', 'the', 'a', 'an', 'some', 'any', 'various', 'such']);

const NOT_A_LIST =
  /\b(?:is|are|was|were|be|been|being|has|have|had|face|faces|needed|need|needs|both|either|neither|whether)\b/u;

interface Listed {
  /** The list as the source writes it. */
  text: string;
  /** The one name the packs file its members under, if any ("bus" and "goods vehicle" under other road users). */
  group?: string;
  /** Each member's distinguishing term (the stem of its first word that names something) and its words. */
  members: Array<{ term: string; name: string }>;
}

const cache = new WeakMap<IndexedFact, Listed[]>();

/** The lists of three or more things a fact's figures count, skipping lists of names the packs know. */
function listsOf(index: FactIndex, fact: IndexedFact): Listed[] {
  let lists = cache.get(fact);
  if (lists) return lists;
  lists = [];
  // Only a list of what the figure counts: its measure and figure labels, not any list its quote holds ("not hackers,
  // criminals, over-reaching governments" is what Zuckerberg wrote, not a group counted together).
  const text = [fact.fact.measure, ...fact.fact.figures.map((f) => f.label)].join('\n').toLowerCase();
  for (const m of text.matchAll(LIST)) {
    const items = [m[1] ?? '', ...(m[2] ?? '').split(',').map((s) => s.trim()), m[3] ?? ''].filter(Boolean);
    // A clause, not a list of things ("… children face online, bold and ambitious action is needed"), or two sides
    // of one thing ("A-roads, both urban and rural").
    if (NOT_A_LIST.test(m[0])) continue;
    const members: Listed['members'] = [];
    const entities = new Set<string>();
    for (const [i, whole] of items.entries()) {
      // The first item starts after what the list is of ("casualties among bus, …" lists bus).
      const item =
        i === 0
          ? whole.replace(/^.*\b(?:among|amongst|of|for|in|on|by|from|including|include|includes)\s+/u, '')
          : whole;
      for (const id of analyseText(item, index.vocab, false).entities) entities.add(id);
      // Its first word names it; one that opens on "other" (or any word of no content) names nothing of its own.
      const word = item.split(' ')[0] ?? '';
      members.push({ term: NO_MEMBER.has(word) || STOPWORDS.has(word) ? '' : stem(word), name: item });
    }
    // A list of several platforms, places or people is the entity checks' (`groupPartMismatch`); a pack that files
    // every member under one group ("bus" and "goods vehicle" under other road users) still lists them. Two members
    // make no group.
    if (
      entities.size < 2 &&
      members.length >= 2 &&
      new Set(members.map((x) => x.term)).size === members.length
    )
      lists.push({ text: m[0], members, ...(entities.size === 1 ? { group: [...entities][0] } : {}) });
  }
  cache.set(fact, lists);
  return lists;
}

/**
 * The decline when the question names one member of a group the fact counts together, and no other word
 * of the question names the group as a whole. Not for a comparison, which sets the members side by side on purpose.
 */
export function listedTogether(
  index: FactIndex,
  fact: IndexedFact,
  analysis: Analysis,
  folded: string,
): ScopeDecline | undefined {
  if (analysis.comparison || fact.fact.figures.length === 0) return undefined;
  // The words as typed: a pack may file a member under its group's name ("bus passengers" → other road users).
  const asked = new Set(
    folded
      .split(/[^\p{L}-]+/u)
      .filter(Boolean)
      .map(stem),
  );
  for (const list of listsOf(index, fact)) {
    const nameable = list.members.filter((x) => x.term);
    const named = nameable.filter((x) => asked.has(x.term)).map((x) => x.name);
    // One member asked alone; two or more ("bus and lorry occupants") ask after the group, as does another word the
    // pack files under the group ("bus / HGV people").
    if (named.length !== 1) continue;
    const member = nameable.find((x) => x.name === named[0]);
    const rest = folded.replace(new RegExp(`\\b${member?.name.split(' ')[0] ?? ''}\\w*`, 'gu'), ' ');
    if (list.group && analyseText(rest, index.vocab, false).entities.includes(list.group)) continue;
    const figure = fact.fact.figures[0]?.display;
    return {
      code: 'not_covered',
      kind: 'scope',
      value: `${named[0]} on its own`,
      covered: [`one figure for ${list.text} together${figure ? ` (${figure})` : ''}`],
    };
  }
  return undefined;
}
