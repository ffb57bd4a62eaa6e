// Matching an analysed question to facts: guards, comparisons, close calls and declines with reasons.
import { foldText } from '../text/normalise.js';
import { applyGuards, type Mismatch } from './decide/guards.js';
import { scopeMismatch } from './decide/scope.js';
import { type ComparisonMatch, describeDifferences, findComparison } from './handlers/comparison/compare.js';
import { type Abstention, ANSWER_THRESHOLD, type DeclineReason, type Reply } from './reply.js';
import { replyWithFact } from './respond/fact-reply.js';
import { packsOf, toCitation, toFactView, toSuggestion } from './respond/views.js';
import type { FactIndex, IndexedFact } from './retrieve/build-index.js';
import { type ScoredFact, scoreFacts } from './retrieve/score.js';
import type { Analysis } from './understand/analyse.js';
import { checksClaim } from './understand/intent.js';

/** Two facts closer than this in score are a close call. */
const AMBIGUITY_MARGIN = 0.04;
/** Below this coverage nothing in the question is about the packs' topic. */
const TOPICAL_COVERAGE = 0.35;
/** Coverage that counts as the whole question. */
const FULL_COVERAGE = 0.999;
const BELOW_THRESHOLD = ANSWER_THRESHOLD - 0.01;

/** A declined reply; its confidence is kept below the answering threshold. */
export function decline(
  index: FactIndex,
  question: string,
  reason: DeclineReason,
  confidence = 0,
  near: IndexedFact[] = [],
): Abstention {
  return {
    status: 'abstained',
    question,
    reason,
    confidence: Math.min(confidence, BELOW_THRESHOLD),
    suggestions: near.slice(0, 3).map(toSuggestion),
    packs: packsOf(index),
    citations: [],
  };
}

function coveredList(
  index: FactIndex,
  kind: 'platform' | 'place' | 'year' | 'measure' | 'number' | 'other',
): string[] {
  const covers = index.packs.map((p) => p.pack.covers);
  switch (kind) {
    case 'platform':
      return covers.flatMap((c) => c.platforms);
    case 'place':
      return covers.flatMap((c) => c.places);
    case 'year':
      return covers.flatMap((c) => c.periods);
    case 'number':
      return index.facts.flatMap((f) => f.fact.figures.map((g) => g.display));
    default:
      return covers.map((c) => c.summary);
  }
}

/** Figures the question states that the packs also state (so the question is about that figure). */
function matchedNumbers(
  index: FactIndex,
  analysis: Analysis,
): { matched: number[]; unmatched: string[]; unmatchedFigures: string[] } {
  const matched: number[] = [];
  const unmatched: string[] = [];
  const unmatchedFigures: string[] = [];
  for (const n of analysis.numbers) {
    if (index.figureOwners.has(n.value)) matched.push(n.value);
    else if (/\d/u.test(n.raw)) {
      unmatched.push(n.raw);
      // A percentage or a large number reads as a figure; "3 years" or "top 5" do not.
      // (Chat ids and other long digit strings are not figures anyone quotes.)
      if (n.isPercent || (n.value >= 100 && n.raw.replace(/\D/gu, '').length <= 9))
        unmatchedFigures.push(n.raw);
    }
  }
  return { matched, unmatched, unmatchedFigures };
}

/** The facts a question comes nearest to, for "what the source reports on it" suggestions. */
export function nearestFacts(index: FactIndex, analysis: Analysis): IndexedFact[] {
  return scoreFacts(index, analysis, []).map((s) => s.fact);
}

function nearestWithout(index: FactIndex, analysis: Analysis): IndexedFact[] {
  const rest = {
    ...analysis,
    years: [],
    entities: [],
    terms: analysis.terms.filter((t) => !t.startsWith('@')),
  };
  return scoreFacts(index, rest, []).map((s) => s.fact);
}

/** Options for answering: the previous turn's reply, for follow-ups. */
export interface AnswerOptions {
  prior?: Reply;
}

/** Answers an analysed question (the part after the greeting, harm and safeguarding checks). */
export function answerAnalysed(
  index: FactIndex,
  question: string,
  analysis: Analysis,
  options: { cautious?: boolean } = {},
): Reply {
  const folded = foldText(question).replace(/\s+/gu, ' ').trim();
  // Someone's claim is checked against the fact it is about, its figure or scope set aside; never for a
  // message the safety reading has doubts about.
  const claim = !options.cautious && checksClaim(folded);
  const firstUncovered = analysis.uncovered[0];
  if (firstUncovered) {
    return decline(
      index,
      question,
      {
        code: 'not_covered',
        kind: firstUncovered.kind,
        value: firstUncovered.name,
        covered: coveredList(index, firstUncovered.kind),
      },
      0,
      nearestWithout(index, analysis),
    );
  }
  const numbers = matchedNumbers(index, analysis);
  const firstUnmatched = numbers.unmatched[0];
  if (
    firstUnmatched &&
    !claim &&
    numbers.matched.length === 0 &&
    (analysis.reverseLookup || analysis.terms.length === 0 || numbers.unmatchedFigures.length > 0)
  ) {
    return decline(index, question, {
      code: 'not_covered',
      kind: 'number',
      value: firstUnmatched,
      covered: coveredList(index, 'number'),
    });
  }

  // A claim's wrong words ("the Guardian", "Theresa May", "the whole UK") are what is being checked: the
  // fact it is about is found by the words the packs know.
  const scored = scoreFacts(index, claim ? knownTermsOnly(index, analysis) : analysis, numbers.matched);
  const { allowed, excluded } = claim
    ? { allowed: scored, excluded: undefined }
    : applyGuards(index, scored, analysis);
  // A comparison names several platforms; each compared fact needs only one of them.
  const comparable = claim ? scored : applyGuards(index, scored, analysis, 'any').allowed;
  const comparison =
    findComparison(index, analysis, comparable) ?? compareNamedFigures(index, numbers.matched);
  if (comparison && comparison.score >= ANSWER_THRESHOLD && !uncoveredMeasureOf(analysis, comparison.facts)) {
    return answerComparison(index, question, comparison);
  }
  const best = allowed[0];
  if (!best || best.score < ANSWER_THRESHOLD)
    return declineWeakMatch(index, question, analysis, scored, allowed, excluded);

  const uncoveredMeasure = uncoveredMeasureOf(analysis, [best.fact]);
  if (uncoveredMeasure) {
    return decline(
      index,
      question,
      {
        code: 'not_covered',
        kind: 'measure',
        value: uncoveredMeasure,
        covered: coveredList(index, 'measure'),
      },
      best.score,
      allowed.map((s) => s.fact),
    );
  }
  // A close call between unrelated facts is for the user to settle; between related facts, the best
  // answers and the others are offered next.
  const rivals = allowed.filter(
    (s) =>
      s !== best &&
      s.score >= ANSWER_THRESHOLD &&
      best.score - s.score < AMBIGUITY_MARGIN &&
      !areRelated(best.fact, s.fact),
  );
  // A bare name ("facebook", "wanless") that several facts are wholly about is a close call too,
  // unless the pack gives this exact phrasing to one fact ("who is peter wanless").
  const bareName = analysis.terms.every((t) => t.startsWith('@')) && best.similarity < FULL_COVERAGE;
  const fullMatches = allowed.filter((s) => s.coverage >= FULL_COVERAGE);
  if (bareName && fullMatches.length >= 3)
    rivals.push(...fullMatches.filter((s) => s !== best && !rivals.includes(s)));
  if (rivals.length > 0) {
    return {
      status: 'ambiguous',
      question,
      confidence: Math.min(1, best.score),
      suggestions: [best, ...rivals].slice(0, 3).map((s) => toSuggestion(s.fact)),
      packs: packsOf(index),
      citations: [],
    };
  }
  const scope = claim
    ? undefined
    : (scopeMismatch(index, best.fact, folded, analysis.entities) ??
      figureOfAnother(index, best.fact, numbers.matched) ??
      unstatedYear(best.fact, folded));
  if (scope)
    return decline(
      index,
      question,
      scope,
      best.score,
      allowed.map((s) => s.fact),
    );
  const reply = replyWithFact(index, best.fact, question, best.score);
  return claim ? { ...reply, notes: claimNotes(numbers.unmatched, best.fact) } : reply;
}

/** "How does 1,220 compare with 12,925?": each named figure's fact, side by side, with what differs. */
function compareNamedFigures(index: FactIndex, values: readonly number[]): ComparisonMatch | undefined {
  const facts = [
    ...new Set(values.map((v) => index.figureOwners.get(v)?.[0]).filter((f) => f !== undefined)),
  ];
  if (facts.length < 2) return undefined;
  return { title: 'The figures you named', facts, notes: describeDifferences(facts, undefined), score: 1 };
}

/**
 * The question is about a figure the chosen fact does not state ("what proportion of the 12,925 offences…" is not
 * answered by the 51 percent of April–June cases).
 */
function figureOfAnother(
  index: FactIndex,
  fact: IndexedFact,
  values: readonly number[],
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const others = values.filter((v) => !fact.figureValues.includes(v) && index.figureOwners.has(v));
  const owner =
    others.length === values.length ? index.figureOwners.get(others[0] ?? Number.NaN)?.[0] : undefined;
  if (!owner || owner === fact) return undefined;
  const figure = owner.fact.figures.find((f) => f.value === others[0])?.display ?? String(others[0]);
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `the ${figure} (${owner.fact.title.toLowerCase()})`,
    covered: [
      `${fact.fact.figures.map((f) => f.display).join(', ') || 'a figure'} for ${fact.fact.base ?? fact.fact.measure}`,
    ],
  };
}

/** "What year is the April to June period in?" when the source's own words give no year. */
function unstatedYear(
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  if (!/\b(?:what|which) year\b/u.test(folded) || /\b(?:19|20)\d\d\b/u.test(fact.fact.quote))
    return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: 'the year',
    covered: [`no year for ${fact.fact.period?.label ?? 'this figure'}: the article does not say`],
  };
}

/** The analysis with only the terms some pack uses (and the entities it names). */
function knownTermsOnly(index: FactIndex, analysis: Analysis): Analysis {
  return { ...analysis, terms: analysis.terms.filter((t) => t.startsWith('@') || index.idf.has(t)) };
}

/** Says plainly when a checked claim's figure is not the source's. */
function claimNotes(claimed: readonly string[], fact: IndexedFact): string[] {
  const figures = fact.fact.figures.map((f) => f.display);
  if (claimed.length === 0 || figures.length === 0) return [];
  return [`You quoted ${claimed.join(', ')}; the source gives ${figures.join(', ')} (quoted above).`];
}

function areRelated(a: IndexedFact, b: IndexedFact): boolean {
  return a.pack === b.pack && (a.fact.related.includes(b.fact.id) || b.fact.related.includes(a.fact.id));
}

/** The first topic the question names that the packs say they do not cover and these facts do not mention. */
function uncoveredMeasureOf(analysis: Analysis, facts: readonly IndexedFact[]): string | undefined {
  return analysis.measures.find((m) => !facts.some((f) => f.weights.has(m.term)))?.topic;
}

function answerComparison(index: FactIndex, question: string, comparison: ComparisonMatch): Reply {
  return {
    status: 'answered',
    kind: 'comparison',
    question,
    title: comparison.title,
    confidence: Math.min(1, comparison.score),
    facts: comparison.facts.map(toFactView),
    citations: comparison.facts.map(toCitation),
    notes: comparison.notes,
    suggestions: [],
    packs: packsOf(index),
  };
}

function declineWeakMatch(
  index: FactIndex,
  question: string,
  analysis: Analysis,
  scored: readonly ScoredFact[],
  allowed: readonly ScoredFact[],
  excluded: { scored: ScoredFact; mismatch: Mismatch } | undefined,
): Reply {
  const topScore = scored[0]?.score ?? 0;
  if (excluded && excluded.scored.score >= ANSWER_THRESHOLD) {
    const { kind, value } = excluded.mismatch;
    return decline(
      index,
      question,
      { code: 'not_covered', kind, value, covered: coveredList(index, kind) },
      excluded.scored.score,
      [excluded.scored.fact, ...allowed.slice(0, 2).map((s) => s.fact)],
    );
  }
  const near = scored.map((s) => s.fact);
  const measure = analysis.measures[0];
  if (measure) {
    return decline(
      index,
      question,
      { code: 'not_covered', kind: 'measure', value: measure.topic, covered: coveredList(index, 'measure') },
      topScore,
      near,
    );
  }
  if ((scored[0]?.coverage ?? 0) >= TOPICAL_COVERAGE) {
    return decline(
      index,
      question,
      { code: 'not_covered', kind: 'other', covered: coveredList(index, 'other') },
      topScore,
      near,
    );
  }
  return decline(index, question, { code: 'off_topic' }, topScore);
}
