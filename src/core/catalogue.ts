// What the packs hold, for /stats topics, sources, fact and autocomplete: plain data, no platform text.
import Fuse from 'fuse.js';
import type { FactView } from './reply.js';
import { toFactView } from './respond/views.js';
import type { FactIndex, IndexedFact } from './retrieve/build-index.js';

/** What one pack covers and does not. */
export interface PackTopics {
  packId: string;
  title: string;
  summary: string;
  periods: string[];
  places: string[];
  platforms: string[];
  organisations: string[];
  people: string[];
  notCovered: string;
  facts: Array<{ id: string; title: string }>;
}

/** Where one pack's facts come from. Empty strings mean "not stated in the source". */
export interface PackSource {
  packId: string;
  title: string;
  description: string;
  headline: string;
  url: string;
  publisher: string;
  published: string;
  note: string;
  factCount: number;
}

/** Topics of every pack. */
export function listTopics(index: FactIndex): PackTopics[] {
  return index.packs.map((p) => ({
    packId: p.pack.id,
    title: p.pack.title,
    summary: p.pack.covers.summary,
    periods: p.pack.covers.periods,
    places: p.pack.covers.places,
    platforms: p.pack.covers.platforms,
    organisations: p.pack.covers.organisations,
    people: p.pack.covers.people,
    notCovered: p.pack.notCovered?.summary ?? '',
    facts: p.facts.map((f) => ({ id: f.id, title: f.title })),
  }));
}

/** Sources of every pack. */
export function listSources(index: FactIndex): PackSource[] {
  return index.packs.map((p) => ({
    packId: p.pack.id,
    title: p.pack.title,
    description: p.pack.description,
    headline: p.pack.source.headline,
    url: p.pack.source.url,
    publisher: p.pack.source.publisher,
    published: p.pack.source.published,
    note: p.pack.source.note,
    factCount: p.facts.length,
  }));
}

/** Fuse scores (0 exact … 1 unrelated) above which a fuzzy hit is not shown. */
const FACT_MATCH_SCORE = 0.6;
const SUGGESTION_MATCH_SCORE = 0.75;

interface SearchEntry {
  fact: IndexedFact;
  text: string;
}

const searchers = new WeakMap<FactIndex, { questions: Fuse<SearchEntry>; titles: Fuse<SearchEntry> }>();

function searcherFor(index: FactIndex) {
  let s = searchers.get(index);
  if (!s) {
    const questions = index.facts.flatMap((fact) =>
      [fact.fact.title, ...fact.fact.questions].map((text) => ({ fact, text })),
    );
    const titles = index.facts.map((fact) => ({ fact, text: `${fact.fact.id} ${fact.fact.title}` }));
    const options = {
      keys: ['text'],
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.45,
      useTokenSearch: true,
    };
    s = { questions: new Fuse(questions, options), titles: new Fuse(titles, options) };
    searchers.set(index, s);
  }
  return s;
}

/** One fact by exact id, else the closest title (fuzzy); undefined when nothing is close. */
export function findFact(index: FactIndex, idOrTitle: string): FactView | undefined {
  const wanted = idOrTitle.trim();
  if (!wanted) return undefined;
  const exact = index.byKey.get(wanted) ?? index.facts.find((f) => f.fact.id === wanted);
  if (exact) return toFactView(exact);
  const hit = searcherFor(index).titles.search(wanted.slice(0, 100), { limit: 1 })[0];
  return hit && (hit.score ?? 1) <= FACT_MATCH_SCORE ? toFactView(hit.item.fact) : undefined;
}

/** Up to `limit` distinct questions from the packs matching what the user has typed so far. */
export function suggestQuestions(
  index: FactIndex,
  typed: string,
  limit = 25,
): Array<{ question: string; factId: string }> {
  const text = typed.trim().slice(0, 100);
  const entries = text
    ? searcherFor(index)
        .questions.search(text, { limit: limit * 3 })
        .filter((r) => (r.score ?? 1) <= SUGGESTION_MATCH_SCORE)
        .map((r) => r.item)
    : index.facts.map((fact) => ({ fact, text: fact.fact.questions[0] ?? fact.fact.title }));
  const seen = new Set<string>();
  const out: Array<{ question: string; factId: string }> = [];
  for (const e of entries) {
    const key = e.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ question: e.text, factId: e.fact.fact.id });
    if (out.length >= limit) break;
  }
  return out;
}

/** Fact titles matching what the user has typed, for `/stats fact` autocomplete. */
export function suggestFacts(
  index: FactIndex,
  typed: string,
  limit = 25,
): Array<{ id: string; title: string }> {
  const text = typed.trim().slice(0, 100);
  const facts = text
    ? searcherFor(index)
        .titles.search(text, { limit })
        .filter((r) => (r.score ?? 1) <= SUGGESTION_MATCH_SCORE)
        .map((r) => r.item.fact)
    : index.facts.slice(0, limit);
  return facts.map((f) => ({ id: f.fact.id, title: f.fact.title }));
}
