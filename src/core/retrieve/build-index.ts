// Builds the search index over all loaded packs once at start-up: weighted terms, postings, idf.
import type { Comparison, Fact, Pack } from '../../pack/schema.js';
import { extractNumbers } from '../../text/numbers.js';
import { collapseWhitespace } from '../../text/whitespace.js';
import { analyseText } from '../understand/analyse.js';
import { buildVocabulary, type Vocabulary } from '../understand/vocabulary.js';

/** A fraction written in words: "three quarters", "four fifths", "two thirds". */
const FRACTION_IN_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/giu;

/** One fact with what the matcher needs precomputed. */
export interface IndexedFact {
  index: number;
  pack: Pack;
  fact: Fact;
  /** Term → weight (0–1) of the strongest field it appears in. */
  weights: Map<string, number>;
  /** What the fact is about by its own name: the terms of its title and measure, and `@id` of its subjects. */
  heads: Set<string>;
  /** Term sets of each question phrasing, with their idf sums. */
  questions: Array<{ terms: string[]; mass: number }>;
  entities: Set<string>;
  /** Entities only its caveats name ("children are counted within the car occupants, pedestrians…"): not counted. */
  notedOnly: Set<string>;
  /** Terms only its caveats use ("many slight injuries are never reported" of the total): not what it measures. */
  notedTerms: Set<string>;
  places: Set<string>;
  fromYear?: number;
  toYear?: number;
  /**
   * Every period the fact states a figure for, as `YYYY-MM` bounds: the fact's own and any figure's own (the 2022
   * figure a 2023 fact compares with). A question's year or period matches the fact when it fits one of them.
   */
  spans: PeriodSpan[];
  /** Values of figures written with digits or number words (not "half"/"third"). */
  figureValues: number[];
}

/** A period with both bounds, as `YYYY-MM`. */
export interface PeriodSpan {
  from: string;
  to: string;
  fromYear: number;
  toYear: number;
}

function spanOf(
  period: { label?: string; from?: string | undefined; to?: string | undefined } | undefined,
): PeriodSpan[] {
  // A period labelled only by a year ("2023", with no from/to written) is that calendar year.
  const year = /^\s*((?:19|20)\d\d)\s*$/u.exec(period?.label ?? '')?.[1];
  if (year && !period?.from && !period?.to)
    return [{ from: `${year}-01`, to: `${year}-12`, fromYear: Number(year), toYear: Number(year) }];
  if (!period?.from || !period.to) return [];
  return [
    {
      from: period.from,
      to: period.to,
      fromYear: Number(period.from.slice(0, 4)),
      toYear: Number(period.to.slice(0, 4)),
    },
  ];
}

/** The searchable form of a set of packs. */
export interface FactIndex {
  packs: Pack[];
  facts: IndexedFact[];
  vocab: Vocabulary;
  postings: Map<string, Array<{ fact: number; weight: number }>>;
  idf: Map<string, number>;
  unknownIdf: number;
  groups: Map<string, { comparison: Comparison; facts: IndexedFact[] }>;
  entityKinds: Map<string, string>;
  entityNames: Map<string, string>;
  /** Figure value → the facts stating it. */
  figureOwners: Map<number, IndexedFact[]>;
  /** `packId/factId` → the fact, for look-ups by id (related facts, buttons, follow-ups). */
  byKey: Map<string, IndexedFact>;
  /**
   * With several packs, one index per pack (its own vocabulary, synonyms, entities, not-covered rules and idf): a
   * question is matched within each pack and the packs' replies are compared (decide/choose-pack.ts).
   */
  parts?: FactIndex[];
}

/** The key of a fact in `FactIndex.byKey`. */
export function factKey(packId: string, factId: string): string {
  return `${packId}/${factId}`;
}

/** The indexed facts a reply cites (its fact views), in order, leaving out any the index does not hold. */
export function factsCited(
  index: FactIndex,
  views: ReadonlyArray<{ packId: string; factId: string }>,
): IndexedFact[] {
  return views
    .map((v) => index.byKey.get(factKey(v.packId, v.factId)))
    .filter((f): f is IndexedFact => f !== undefined);
}

const FIELD_WEIGHTS = {
  questions: 1,
  subjects: 1,
  keywords: 0.9,
  title: 0.9,
  statement: 0.85,
  measure: 0.85,
  base: 0.6,
  quote: 0.6,
  place: 0.6,
  period: 0.6,
  attribution: 0.6,
  caveats: 0.4,
} as const;

/** A figure that is a change: by its label, "rise in …", "fall in …"; or as shown, "up 6 per cent", "down 18 per cent". */
const CHANGE_FIGURE = /^(?:rise|fall|increase|decrease|drop|change|growth|reduction)\b/iu;
const CHANGE_DISPLAY = /^(?:up|down)\b/iu;

const changeTermsOf = new WeakMap<Vocabulary, readonly string[]>();
/** The word "change" as a vocabulary reads it, once per vocabulary (not once per fact at start-up). */
function changeTerms(vocab: Vocabulary): readonly string[] {
  let terms = changeTermsOf.get(vocab);
  if (!terms) {
    terms = analyseText('change', vocab, false).terms;
    changeTermsOf.set(vocab, terms);
  }
  return terms;
}

function fieldTexts(fact: Fact): Array<[keyof typeof FIELD_WEIGHTS, string]> {
  return [
    ...fact.questions.map((q): [keyof typeof FIELD_WEIGHTS, string] => ['questions', q]),
    ...fact.keywords.map((k): [keyof typeof FIELD_WEIGHTS, string] => ['keywords', k]),
    ['title', fact.title],
    ['statement', fact.statement],
    ['measure', fact.measure],
    ['base', fact.base ?? ''],
    ['quote', fact.quote],
    ['place', fact.place ?? ''],
    ['period', fact.period?.label ?? ''],
    ['attribution', `${fact.attribution.source} ${fact.attribution.reportedBy}`],
    ...fact.caveats.map((c): [keyof typeof FIELD_WEIGHTS, string] => ['caveats', c]),
  ];
}

function year(month: string | undefined): number | undefined {
  return month ? Number(month.slice(0, 4)) : undefined;
}

function indexFact(pack: Pack, fact: Fact, index: number, vocab: Vocabulary): IndexedFact {
  const weights = new Map<string, number>();
  const raise = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  const entities = new Set(fact.subjects);
  const outsideCaveats = new Set(fact.subjects);
  const termsOutsideCaveats = new Set<string>();
  for (const id of fact.subjects) raise(`@${id}`, FIELD_WEIGHTS.subjects);
  const questionTerms: string[][] = [];
  const heads = new Set(fact.subjects.map((id) => `@${id}`));
  for (const [field, text] of fieldTexts(fact)) {
    if (!text) continue;
    const analysis = analyseText(text, vocab, false);
    for (const term of [...analysis.terms, ...analysis.optionalTerms]) {
      raise(term, FIELD_WEIGHTS[field]);
      if (field !== 'caveats') termsOutsideCaveats.add(term);
    }
    for (const id of analysis.entities) entities.add(id);
    if (field !== 'caveats') for (const id of analysis.entities) outsideCaveats.add(id);
    if (field === 'questions') questionTerms.push(analysis.terms);
    if (field === 'title' || field === 'measure') for (const term of analysis.terms) heads.add(term);
  }
  // A fact that gives a change ("up 6 per cent", "rise in …") answers a question about the change ("yoy change in
  // total casualties?"), whatever word its quote uses for it.
  if (fact.figures.some((f) => CHANGE_FIGURE.test(f.label) || CHANGE_DISPLAY.test(f.display)))
    for (const term of changeTerms(vocab)) raise(term, FIELD_WEIGHTS.statement);
  const places = new Set(fact.place ? analyseText(fact.place, vocab, false).entities : []);
  // Durations and years are context, not statistics a reverse look-up is about.
  const figureValues = fact.figures
    .filter((f) => f.unit !== 'years' && f.unit !== 'year')
    .flatMap((f) =>
      // A fraction in words ("nearly three quarters") states no three and no quarter.
      extractNumbers(f.display.replace(FRACTION_IN_WORDS, ' '))
        .filter((n) => !/^(half|third|quarter)$/iu.test(n.raw))
        .map((n) => n.value),
    );
  return {
    index,
    pack,
    fact,
    weights,
    heads,
    questions: questionTerms.map((terms) => ({ terms, mass: 0 })),
    entities,
    notedOnly: new Set([...entities].filter((id) => !outsideCaveats.has(id))),
    notedTerms: new Set([...weights.keys()].filter((t) => !termsOutsideCaveats.has(t))),
    places,
    fromYear: year(fact.period?.from),
    toYear: year(fact.period?.to),
    spans: [...spanOf(fact.period), ...fact.figures.flatMap((f) => spanOf(f.period))],
    figureValues,
  };
}

/**
 * Where a fact's quote begins in its pack's source text (whitespace folded), or -1: what "the opening line" means.
 * Found when first asked, since a pack of 10,000 facts would spend seconds on it at start-up.
 */
export function quotePosition(fact: IndexedFact): number {
  let at = quotePositions.get(fact);
  if (at === undefined) {
    at = foldedSource(fact.pack).indexOf(collapseWhitespace(fact.fact.quote).slice(0, QUOTE_PREFIX));
    quotePositions.set(fact, at);
  }
  return at;
}
const quotePositions = new WeakMap<IndexedFact, number>();

/** Whether two facts of a pack quote the same sentence of its source (or one quotes the other's). */
export function sameSentence(a: IndexedFact, b: IndexedFact): boolean {
  if (a.pack !== b.pack) return false;
  const [from = -1, to = -1] = [quotePosition(a), quotePosition(b)].sort((x, y) => x - y);
  if (from < 0) return false;
  // No sentence ends between where the first quote begins and where the second begins.
  return !/[.!?]["'”’]?\s+\S/u.test(foldedSource(a.pack).slice(from, to));
}

/** How much of a quote's opening finds it in the source. */
const QUOTE_PREFIX = 60;
/** Each pack's source with its whitespace folded, made once per pack (not once per fact: 10,000 facts). */
const foldedSources = new WeakMap<Pack, string>();
function foldedSource(pack: Pack): string {
  let folded = foldedSources.get(pack);
  if (folded === undefined) {
    folded = collapseWhitespace(pack.sourceText);
    foldedSources.set(pack, folded);
  }
  return folded;
}

/** Indexes every fact of every pack, and each pack on its own when there are several; call once, at start-up. */
export function buildIndex(packs: readonly Pack[]): FactIndex {
  const index = buildPackIndex(packs);
  return packs.length > 1 ? { ...index, parts: packs.map((pack) => buildPackIndex([pack])) } : index;
}

function buildPackIndex(packs: readonly Pack[]): FactIndex {
  const vocab = buildVocabulary(packs);
  const facts = packs
    .flatMap((pack) => pack.facts.map((fact) => ({ pack, fact })))
    .map(({ pack, fact }, i) => indexFact(pack, fact, i, vocab));
  const postings = new Map<string, Array<{ fact: number; weight: number }>>();
  for (const f of facts) {
    for (const [term, weight] of f.weights) {
      const list = postings.get(term);
      if (list) list.push({ fact: f.index, weight });
      else postings.set(term, [{ fact: f.index, weight }]);
    }
  }
  const n = facts.length;
  const idf = new Map<string, number>();
  for (const [term, list] of postings)
    idf.set(term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
  for (const f of facts) {
    for (const q of f.questions) q.mass = q.terms.reduce((sum, t) => sum + (idf.get(t) ?? 0), 0);
  }
  const groups = new Map<string, { comparison: Comparison; facts: IndexedFact[] }>();
  for (const pack of packs) {
    for (const comparison of pack.comparisons) {
      groups.set(`${pack.pack.id}/${comparison.id}`, {
        comparison,
        facts: facts.filter((f) => f.pack === pack && f.fact.compareGroup === comparison.id),
      });
    }
  }
  const entityNames = new Map<string, string>();
  for (const pack of packs) for (const e of pack.entities) entityNames.set(e.id, e.name);
  const figureOwners = new Map<number, IndexedFact[]>();
  for (const f of facts) {
    for (const value of new Set(f.figureValues))
      figureOwners.set(value, [...(figureOwners.get(value) ?? []), f]);
  }
  return {
    figureOwners,
    byKey: new Map(facts.map((f) => [factKey(f.pack.pack.id, f.fact.id), f])),
    packs: [...packs],
    facts,
    vocab,
    postings,
    idf,
    unknownIdf: Math.log(1 + (n + 0.5) / 0.5),
    groups,
    // (The vocabulary's: one map of the same packs' entities.)
    entityKinds: vocab.entityKinds,
    entityNames,
  };
}
