// Turns indexed facts into the plain views, citations and suggestions a reply carries.

import type { Citation, FactView, Reply, Suggestion } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';

/** "the article", "the release": the source document itself reported it. */
const THE_SOURCE_ITSELF = /^the (?:article|release|report|bulletin|publication|source|document)$/iu;

function formatAttribution(source: string, reportedBy: string): string {
  if (THE_SOURCE_ITSELF.test(reportedBy))
    return source === reportedBy
      ? `${reportedBy[0]?.toUpperCase()}${reportedBy.slice(1)}`
      : `${source}, as reported in ${reportedBy.toLowerCase()}`;
  return `${source}, reported by ${reportedBy}`;
}

/** The citation for one fact: its verbatim quote and who said it. */
export function toCitation(f: IndexedFact): Citation {
  const source = f.pack.pack.source;
  return {
    packId: f.pack.pack.id,
    factId: f.fact.id,
    quote: f.fact.quote,
    attribution: formatAttribution(f.fact.attribution.source, f.fact.attribution.reportedBy),
    sourceTitle: source.headline || f.pack.pack.title,
    sourceUrl: source.url,
  };
}

/** The renderer-facing view of one fact. */
export function toFactView(f: IndexedFact): FactView {
  const { fact } = f;
  return {
    packId: f.pack.pack.id,
    factId: fact.id,
    title: fact.title,
    statement: fact.statement,
    figures: fact.figures,
    measure: fact.measure,
    // A period stated elsewhere in the source is shown with the source's own words for it.
    ...(fact.period
      ? { period: fact.period.quote ? `${fact.period.label} (“${fact.period.quote}”)` : fact.period.label }
      : {}),
    ...(fact.place ? { place: fact.place } : {}),
    ...(fact.base ? { base: fact.base } : {}),
    caveats: fact.caveats,
    citation: toCitation(f),
  };
}

/** A suggestion that, when asked, answers with this fact. */
export function toSuggestion(f: IndexedFact): Suggestion {
  return {
    packId: f.pack.pack.id,
    factId: f.fact.id,
    title: f.fact.title,
    question: f.fact.questions[0] ?? f.fact.title,
  };
}

/** The packs an index holds, as every reply lists them. */
export function packsOf(index: FactIndex): Reply['packs'] {
  return index.packs.map((p) => ({ id: p.pack.id, title: p.pack.title, covers: p.pack.covers.summary }));
}
