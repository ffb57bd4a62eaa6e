// Where or when a source's figures are from, asked of the source as a whole ("which country do these figures cover?",
// "In which country is this study made?", "what period does the data cover?"): each place (or period) its figures are
// stated for, with the fact that states it, and what the pack says it has no figures for.
import { placeIsInferred, placeOf } from '../../../pack/place.js';
import { escapeRegExp } from '../../../text/escape-regexp.js';
import { foldText } from '../../../text/normalise.js';
import type { ComparisonAnswer } from '../../reply.js';
import { packsOf, toFactView } from '../../respond/views.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import { type Analysis, analyseText } from '../../understand/analyse.js';
import { compares } from '../../understand/comparative.js';
import { leadFacts, summaryWordsOf } from './answer-overview.js';

type Dimension = 'place' | 'period';

/**
 * A place asked of the whole: "which country", "where was the study done". (Not "which areas" or "which parts",
 * which ask for a breakdown within the place the source covers.)
 */
const PLACE_ASK = /\b(?:which|what) (?:country|countries|nation|nations)\b|^\W*where\b|\bfrom where\b/u;
/** A period asked of the whole: "what period", "which years", "what time frame", "when is the data from". */
const PERIOD_ASK =
  /\b(?:which|what) (?:period|periods|time ?frames?|time ?spans?|time periods?|dates|date range|years|months)\b|^\W*when\b/u;

/** Where or when something was said or done ("where was it reported?", "when was it published?"): not the figures. */
const SOMETHING_DONE =
  /\b(?:reported|published|released|said|say|quoted|cited|announced|tweeted|signed|written|wrote|posted|printed)\b/u;

/**
 * A choice of places offered, one the packs cover ("This research is from which country, UK or USA?", "is this data
 * from the UK or the US?"): the place not covered is an option the answer rules out, not the place asked about. (Not a
 * ranking between them: "which country has more grooming cases, England or Scotland?")
 */
const PLACE_CHOICE =
  /\b(?:which|what) (?:country|countries|nation|place)\b[^?]*\bor\b|\b(?:is|was|are|were) (?:it|this|that|these|they|the (?:study|research|data|article|report|survey|figures?|stats))(?: (?:data|study|research|report|figures?))?(?: (?:from|in|about|for|based in))? (?:the )?[\w.]+ or (?:the )?[\w.]+\s*\?*\s*$/u;
export function placeChoiceOffered(index: FactIndex, analysis: Analysis, folded: string): boolean {
  return (
    PLACE_CHOICE.test(folded) &&
    !compares(folded) &&
    analysis.entities.every((id) => index.entityKinds.get(id) === 'place') &&
    analysis.entities.length > 0
  );
}

/** Words such an ask may hold beside the source's own: where, when, cover, made, done… */
const SCOPE_WORDS =
  'which what where when country countries nation nations region regions area areas place places part parts uk world period periods time timeframe frame frames span spans date dates range year years month months cover covers covered covering about made done conducted carried out based from relate relates apply applies is are was were it this these those they its their police'.split(
    ' ',
  );

const scopeWords = new WeakMap<FactIndex, ReadonlySet<string>>();
function scopeWordsOf(index: FactIndex): ReadonlySet<string> {
  let words = scopeWords.get(index);
  if (!words) {
    words = new Set([
      ...summaryWordsOf(index),
      ...analyseText(SCOPE_WORDS.join(' '), index.vocab, false).terms,
    ]);
    scopeWords.set(index, words);
  }
  return words;
}

/** Which of a source's dimensions the question asks of it as a whole, if it names nothing more. */
export function asksSourceScope(index: FactIndex, folded: string): Dimension | undefined {
  const analysis = analyseText(folded, index.vocab, false);
  const choice =
    placeChoiceOffered(index, analysis, folded) && analysis.uncovered.every((u) => u.kind === 'place');
  const dimension =
    PLACE_ASK.test(folded) || choice ? 'place' : PERIOD_ASK.test(folded) ? 'period' : undefined;
  if (!dimension || /\d/u.test(folded) || SOMETHING_DONE.test(folded) || compares(folded)) return undefined;
  // (Places offered as a choice are what the answer settles: "This research is from which country, UK or USA?")
  if (
    analysis.measures.length > 0 ||
    (!choice && (analysis.uncovered.length > 0 || analysis.entities.length > 0))
  )
    return undefined;
  const words = scopeWordsOf(index);
  // Something the source counts ("where were most cases recorded?") is a figure question.
  return analysis.terms.every((t) => words.has(t) || (choice && t.startsWith('@'))) ? dimension : undefined;
}

/** The place or period a fact's figure is stated for, when the source states it (not the pack's inference). */
function statedScope(fact: IndexedFact, dimension: Dimension): string | undefined {
  if (dimension === 'place') {
    // (A place the pack gives the fact but its quote does not name is no place the source states for it.)
    // (Its first word will do: a quote says "in Eastmoor" of "Eastmoor County".)
    const name = placeOf(fact.fact).name;
    const quote = foldText(fact.fact.quote);
    const first = name && foldText(name).split(' ')[0];
    const named =
      name && (saysWord(quote, foldText(name)) || (first && first.length >= 4 && saysWord(quote, first)));
    return named && !placeIsInferred(fact.fact) ? name : undefined;
  }
  // (Not the date something was said or done — "tweeted on February 6, 2020", "when Zuckerberg announced…" — which is
  // no period a figure covers.)
  const label = fact.fact.period?.label;
  const aDate =
    fact.fact.figures.every((g) => g.unit === 'year') || SOMETHING_DONE.test(foldText(label ?? ''));
  return label && !aDate && !/\binferred\b/iu.test(label) ? label : undefined;
}

/** A name said as words of its own in a text ("UK" in "the UK's", not in "ukulele"). */
function saysWord(text: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** How many places or periods one reply lists. */
const MOST = 4;

/** Each place (or period) the packs' figures are stated for, first in source order, with the fact stating it. */
export function answerSourceScope(
  index: FactIndex,
  question: string,
  dimension: Dimension,
): ComparisonAnswer | undefined {
  const seen = new Set<string>();
  const facts: IndexedFact[] = [];
  // The source's own order first (its lead figures), then the rest of its figures.
  const ordered = [
    ...new Set([...leadFacts(index), ...index.facts.filter((f) => f.fact.figures.length > 0)]),
  ];
  for (const f of ordered) {
    const scope = statedScope(f, dimension);
    const key = scope && `${f.pack.pack.id}\u0000${scope.toLowerCase()}`;
    if (!key || seen.has(key) || facts.length >= MOST) continue;
    seen.add(key);
    facts.push(f);
  }
  if (facts.length === 0) return undefined;
  const views = facts.map(toFactView);
  const notes = index.packs.map((p) => {
    const name = p.pack.shortName ?? p.pack.title;
    const covered = dimension === 'place' ? p.pack.covers.places : p.pack.covers.periods;
    const lacking = dimension === 'place' ? (p.pack.notCovered?.places ?? []) : [];
    const has = covered.length > 0 ? `${name} gives figures for ${covered.join('; ')}.` : '';
    const hasNot = lacking.length > 0 ? ` It has none for ${lacking.join(', ')}.` : '';
    return `${has}${hasNot}`.trim();
  });
  return {
    status: 'answered',
    kind: 'comparison',
    question,
    confidence: 1,
    title:
      dimension === 'place'
        ? "Where the source's figures are from"
        : "The periods the source's figures cover",
    facts: views,
    citations: views.map((v) => v.citation),
    notes: notes.filter((n) => n.length > 0),
    suggestions: [],
    packs: packsOf(index),
  };
}
