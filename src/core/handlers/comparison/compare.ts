// Builds a comparison of figures that a pack marks as comparable, saying where they are not like for like.

import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import { countedThings } from '../../retrieve/counted-things.js';
import type { ScoredFact } from '../../retrieve/score.js';
import { type Analysis, stem } from '../../understand/analyse.js';

/** A comparison the question asks for, with how well the compared facts cover the question. */
export interface ComparisonMatch {
  title: string;
  facts: IndexedFact[];
  notes: string[];
  score: number;
}

const COVERAGE_SHARE = 0.7;

/**
 * Stems of the words that say how two things are set against each other ("vs", "higher", "came up more", "anywhere
 * close", "more common", "a bigger chunk", "Instagram on its own", "how many percentage points separate", "next to the
 * Facebook family's share"): in a comparison they are the asking, not a topic
 * the compared facts must cover. (A side singled out must have a figure of its own: see `singlesOut`. Not "popular"
 * or "likely", which ask about something else than the facts count.)
 */
const SAYS_HOW_TO_COMPARE: ReadonlySet<string> = new Set(
  'vs versus higher lower bigger smaller larger greater more less fewer close closer gap anywhere came common commoner often frequent frequently chunk slice alone itself own separate separates apart difference differ differs next beside each family'
    .split(' ')
    .map((w) => stem(w)),
);

/** Stems of the words counting the sides asked for ("the two numbers", "both figures"): the asking, no topic. */
const BOTH_SIDES: ReadonlySet<string> = new Set(['two', 'both'].map((w) => stem(w)));

/** How well the compared facts together cover the question (0–1). */
function scoreGroup(
  index: FactIndex,
  analysis: Analysis,
  facts: readonly IndexedFact[],
  scored: readonly ScoredFact[],
): number {
  let mass = 0;
  let covered = 0;
  // Only when the question names the things it sets against each other ("insta vs snap which one is higher").
  const namesBoth = facts.filter((f) => analysis.entities.some((id) => f.entities.has(id))).length >= 2;
  for (const term of analysis.terms) {
    if (namesBoth && (SAYS_HOW_TO_COMPARE.has(term) || GROUP_WORDS.has(term) || BOTH_SIDES.has(term)))
      continue;
    const w = index.idf.get(term) ?? index.unknownIdf;
    mass += w;
    covered += w * Math.max(0, ...facts.map((f) => f.weights.get(term) ?? 0));
  }
  const similarity = Math.max(0, ...scored.filter((s) => facts.includes(s.fact)).map((s) => s.similarity));
  return mass === 0 ? 0 : COVERAGE_SHARE * (covered / mass) + (1 - COVERAGE_SHARE) * similarity;
}

/** Coverage at which a fact holds every word of the question. */
const WHOLE_QUESTION = 0.95;

/**
 * One thing set apart in so many words ("Instagram on its own", "alone", "by itself"): not "own" alone, which also
 * says whose ("Facebook's own family of apps", "who owns WhatsApp").
 */
const SET_APART: ReadonlySet<string> = new Set(
  'alone itself specifically solely individually separately'.split(' ').map((w) => stem(w)),
);
/** Stems of the words that single one thing out of a group: "alone", "itself", "on its own", "specifically". */
const SINGLED_OUT: ReadonlySet<string> = new Set([...SET_APART, stem('own')]);
const singlesOut = (analysis: Analysis) =>
  analysis.singledOut === true || analysis.terms.some((t) => SINGLED_OUT.has(t));
const setsOneApart = (analysis: Analysis) =>
  analysis.singledOut === true || analysis.terms.some((t) => SET_APART.has(t));
/** Stems of the words that ask for a group's figure as one side ("together", "combined", "all three", "family"), or a
 * figure named (`asksGroup`). */
const GROUP_WORDS: ReadonlySet<string> = new Set(
  'together combined collectively three family group owned'.split(' ').map((w) => stem(w)),
);
/** A group asked for by a word of its own ("the three apps together", "combined", "the Facebook family"). */
const namesGroupByWord = (analysis: Analysis) => analysis.terms.some((t) => GROUP_WORDS.has(t));
const asksGroup = (analysis: Analysis) =>
  analysis.namesGroup === true ||
  analysis.terms.some((t) => GROUP_WORDS.has(t)) ||
  analysis.numbers.length > 0;
/** How many platforms or products a fact counts together. */
const toolsCounted = (index: FactIndex, fact: IndexedFact) =>
  fact.fact.subjects.filter((id) => TOOL_KINDS.has(index.entityKinds.get(id) ?? '')).length;

/** Kinds of thing people use, named side by side to compare them. */
const TOOL_KINDS: ReadonlySet<string> = new Set(['platform', 'product']);

/** The comparison a question asks for, or undefined when it asks about one fact. */
export function findComparison(
  index: FactIndex,
  analysis: Analysis,
  scored: readonly ScoredFact[],
): ComparisonMatch | undefined {
  // Platforms, groups, topics: the things a figure counts ("Instagram or Snapchat?", "urban or rural roads?").
  const platforms = countedThings(index, analysis.entities);
  // Two apps named side by side ("ig > snap?") are compared with no comparison word; two groups of people need one
  // ("lorry drivers" names goods vehicle occupants and, by "drivers", car occupants: no comparison).
  const tools = platforms.filter((id) => TOOL_KINDS.has(index.entityKinds.get(id) ?? ''));
  const asks = analysis.comparison === 'strong' || (platforms.length >= 2 && analysis.comparison === 'weak');
  // A fact about all of them (the pack's subjects, not a passing mention: "fewer than urban roads" in the rural
  // roads fact is no figure for urban roads).
  // It must also be about what is asked of them: the deaths of each road user do not answer "who had more
  // casualties, pedestrians or cyclists?".
  const oneFactNamesAll = scored.some(
    (s) =>
      platforms.length >= 2 &&
      platforms.every((p) => s.fact.fact.subjects.includes(p)) &&
      (tools.length >= 2 || s.coverage >= WHOLE_QUESTION),
  );
  // "facebook, whatsapp or instagram" names what one fact already covers: not a comparison unless asked outright.
  // (…or when it sets one of them alone against the group: "is that more than Instagram alone?")
  // (…or asks for one of them on its own after the group's figure: "The three Facebook apps together were in 51% of
  // cases — and Instagram on its own?")
  const partAgainstGroup =
    (analysis.comparison === 'weak' && singlesOut(analysis)) ||
    (analysis.comparison === undefined && setsOneApart(analysis) && namesGroupByWord(analysis));
  if (oneFactNamesAll ? analysis.comparison !== 'strong' && !partAgainstGroup : !asks && tools.length < 2)
    return undefined;
  // With fewer than two things named, only a ranking ("which app was used most?") compares the whole group: "serious
  // inj 22 vs 23" sets two years against each other, not the injury groups.
  if (analysis.entities.length < 2 && !analysis.ranks) return undefined;
  const seen = new Set<string>();
  let best: ComparisonMatch | undefined;
  for (const s of scored.slice(0, 5)) {
    if (!s.fact.fact.compareGroup) continue;
    const key = `${s.fact.pack.pack.id}/${s.fact.fact.compareGroup}`;
    const group = index.groups.get(key);
    if (!group || seen.has(key)) continue;
    seen.add(key);
    const facts =
      platforms.length >= 2
        ? factsForPlatforms(group.facts, platforms)
        : group.facts
            .slice()
            .sort((a, b) => (b.fact.figures[0]?.value ?? 0) - (a.fact.figures[0]?.value ?? 0));
    if (facts.length < 2) continue;
    // One side singled out ("is facebook alone more common than snapchat?") has no figure of its own where the fact
    // for it counts several platforms together.
    // (Not when the question sets it against the group: "Instagram on its own vs all three apps together".)
    if (singlesOut(analysis) && !asksGroup(analysis) && facts.some((f) => toolsCounted(index, f) > 1))
      continue;
    const score = scoreGroup(index, analysis, facts, scored);
    if (!best || score > best.score) {
      best = {
        title: group.comparison.title,
        facts,
        // The pack's note speaks of the whole group, so it is shown only when the whole group is compared.
        notes: describeDifferences(
          facts,
          facts.length === group.facts.length ? group.comparison.note : undefined,
        ),
        score,
      };
    }
  }
  return best;
}

/**
 * For each platform named, in the order asked, the group's fact most specifically about it: "Instagram or
 * Snapchat?" compares those two, not the three apps' 51 percent that also counts Instagram.
 */
function factsForPlatforms(facts: readonly IndexedFact[], platforms: readonly string[]): IndexedFact[] {
  const chosen: IndexedFact[] = [];
  for (const p of platforms) {
    const about = facts.filter((f) => f.entities.has(p)).sort((a, b) => a.entities.size - b.entities.size)[0];
    if (about && !chosen.includes(about)) chosen.push(about);
  }
  return chosen;
}

/** The title of two facts the question named, answered side by side. */
export const ASKED_SIDE_BY_SIDE = 'The two figures you asked about, side by side';

/** Facts set side by side under `title`, with where they are not like for like. */
export function sideBySide(title: string, facts: IndexedFact[], score: number): ComparisonMatch {
  return { title, facts, notes: describeDifferences(facts, undefined), score };
}

/** Notes where compared figures are not like for like (bases, periods), plus the pack's own note. */
export function describeDifferences(facts: readonly IndexedFact[], packNote: string | undefined): string[] {
  const notes: string[] = [];
  const bases = new Set(facts.map((f) => f.fact.base ?? ''));
  if (bases.size > 1) {
    notes.push(
      `Not like for like: the figures have different bases (${facts.map((f) => `${f.fact.title}: ${f.fact.base ?? 'not stated'}`).join('; ')}).`,
    );
  }
  const periods = new Set(facts.map((f) => f.fact.period?.label ?? ''));
  if (periods.size > 1) {
    notes.push(
      `Not like for like: the figures cover different periods (${facts.map((f) => `${f.fact.title}: ${f.fact.period?.label ?? 'not stated'}`).join('; ')}).`,
    );
  }
  if (packNote) notes.push(packNote);
  return notes;
}
