// Matching an analysed question to facts: guards, comparisons, close calls and declines with reasons.
import type { Analysis } from './analyse.js';
import type { FactIndex, IndexedFact } from './build-index.js';
import { type ComparisonMatch, findComparison } from './compare.js';
import { replyWithFact } from './fact-reply.js';
import { applyGuards, type Mismatch } from './guards.js';
import { type Abstention, ANSWER_THRESHOLD, type DeclineReason, type Reply } from './reply.js';
import { type ScoredFact, scoreFacts } from './score.js';
import { packsOf, toCitation, toFactView, toSuggestion } from './views.js';

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
function matchedNumbers(index: FactIndex, analysis: Analysis): { matched: number[]; unmatched: string[] } {
  const matched: number[] = [];
  const unmatched: string[] = [];
  for (const n of analysis.numbers) {
    if (index.figureOwners.has(n.value)) matched.push(n.value);
    else if (/\d/u.test(n.raw)) unmatched.push(n.raw);
  }
  return { matched, unmatched };
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
export function answerAnalysed(index: FactIndex, question: string, analysis: Analysis): Reply {
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
    numbers.matched.length === 0 &&
    (analysis.reverseLookup || analysis.terms.length === 0)
  ) {
    return decline(index, question, {
      code: 'not_covered',
      kind: 'number',
      value: firstUnmatched,
      covered: coveredList(index, 'number'),
    });
  }

  const scored = scoreFacts(index, analysis, numbers.matched);
  const { allowed, excluded } = applyGuards(index, scored, analysis);
  const comparison = findComparison(index, analysis, allowed);
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
  return replyWithFact(index, best.fact, question, best.score);
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
