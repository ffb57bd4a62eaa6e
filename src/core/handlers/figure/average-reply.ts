// The replies for an average asked per year, quarter or month (see average-per.ts for the working): the total with its
// average, or a shorter figure set against that average.
import { scopeMismatch } from '../../decide/scope.js';
import { uncoveredMeasureOf } from '../../decide/weak-match.js';
import { ANSWER_THRESHOLD, type FactAnswer, type Reply } from '../../reply.js';
import { replyWithFact } from '../../respond/fact-reply.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import type { ScoredFact } from '../../retrieve/score.js';
import type { Analysis } from '../../understand/analyse.js';
import { withCorrections } from '../../understand/corrections.js';
import { answerComparison } from '../comparison/answer-comparison.js';
import { describeDifferences } from '../comparison/compare.js';
import { averageAgainst, averageOf, namesPeriodOf, type Per, withoutPerWords } from './average-per.js';

/** A question asking an average per period, and what the figure handler has read of it. */
export interface AverageAsked {
  question: string;
  folded: string;
  analysis: Analysis;
  /** The figures the question names that the packs state. */
  matched: readonly number[];
  /** The candidates the guards allow (for the total), and every candidate (for the shorter figure). */
  allowed: readonly ScoredFact[];
  scored: readonly ScoredFact[];
  per: Per;
}

/** The fact's reply with the average worked out from its total, or undefined when it has none to divide. */
function withAverage(
  index: FactIndex,
  asked: AverageAsked,
  fact: IndexedFact,
  sure: number,
): FactAnswer | undefined {
  const worked = averageOf(fact, asked.per);
  if (!worked) return undefined;
  return { ...replyWithFact(index, fact, asked.question, sure), notes: [worked.text], derivations: [worked] };
}

/**
 * The average of a total the question names by its figure or its whole period ("what's the average per year of the
 * 12,925?"), however weakly the averaging words match. Never past a measure the pack does not cover ("the average
 * number of arrests per year from 2017 to 2020" is no average of the offences), nor of people the total does not count.
 */
export function averageOfNamedTotal(index: FactIndex, asked: AverageAsked): FactAnswer | undefined {
  const { folded, analysis, matched, allowed } = asked;
  for (const { fact } of allowed) {
    if (!namesFigureOf(fact, matched) && !spansYearsAsked(fact, analysis.years)) continue;
    if (uncoveredMeasureOf(analysis, [fact]) !== undefined || peopleNotCounted(folded, fact)) continue;
    const answer = withAverage(index, asked, fact, ANSWER_THRESHOLD);
    if (answer) return answer;
  }
  return undefined;
}

/**
 * The best match's total with its average, for the period the fact covers only: "the average per year from April 2017
 * to March 2019" asks of a shorter time (the words of the period asked per name no period of their own).
 */
export function averageOfBest(
  index: FactIndex,
  asked: AverageAsked,
  fact: IndexedFact,
  sure: number,
): FactAnswer | undefined {
  if (!averageOf(fact, asked.per)) return undefined;
  const { analysis } = asked;
  const askedText = withoutPerWords(analysis.askedText ?? asked.folded);
  if (scopeMismatch(index, fact, withCorrections(askedText, analysis.corrections), analysis.entities))
    return undefined;
  return withAverage(index, asked, fact, sure);
}

/**
 * A named figure for a shorter time set against a named longer total's average per period ("Is 1,220 in one quarter
 * higher than the average quarter across April 2017 to March 2020?"): both facts, the averages worked out, which is
 * higher. Only when the question sets one against the other and asks of no measure the pack lacks.
 */
export function averageComparison(index: FactIndex, asked: AverageAsked): Reply | undefined {
  const { question, folded, analysis, matched, allowed, scored, per } = asked;
  if (!SETS_AGAINST.test(folded) || analysis.measures.length > 0) return undefined;
  const named = (s: ScoredFact) => namesFigureOf(s.fact, matched) || namesPeriodOf(s.fact, folded);
  const totals = allowed.filter(
    (s) => averageOf(s.fact, per) !== undefined && (named(s) || spansYearsAsked(s.fact, analysis.years)),
  );
  // A total the question names only by the first and last years of its period ("the average quarter from 2017 to
  // 2020") is no candidate when the figure it names draws the matching to its own fact: the facts of the named
  // figure's pack whose period runs across exactly those years.
  if (totals.length === 0 && matched.length > 0)
    for (const fact of index.facts)
      if (
        fact.pack === scored[0]?.fact.pack &&
        averageOf(fact, per) !== undefined &&
        spansYearsAsked(fact, analysis.years)
      )
        totals.push({ fact, score: ANSWER_THRESHOLD, coverage: 0, similarity: 0 });
  // (The shorter figure may be for a time the years named for the total leave out: any candidate the question names.)
  for (const total of totals)
    for (const single of scored) {
      if (single.fact === total.fact || !named(single)) continue;
      const against = averageAgainst(total.fact, single.fact, per);
      if (!against) continue;
      const facts = [single.fact, total.fact];
      return answerComparison(
        index,
        question,
        {
          title: `Set against the average per ${per}`,
          facts,
          notes: [
            ...against.worked.map((w) => w.text),
            against.note,
            ...describeDifferences(facts, undefined),
          ],
          score: ANSWER_THRESHOLD,
        },
        against.worked,
      );
    }
  return undefined;
}

/** Whether the question names one of the fact's figures. */
function namesFigureOf(fact: IndexedFact, matched: readonly number[]): boolean {
  return matched.some((v) => fact.fact.figures.some((f) => f.value === v));
}

/** People a question counts ("children groomed", "offenders") that a fact's total does not count (offences). */
const COUNTED_PEOPLE =
  /\b(?:children|child|kids?|youngsters|victims?|offenders?|perpetrators?|predators?|groomers?|paedophiles?|people)\b/u;
function peopleNotCounted(folded: string, fact: IndexedFact): boolean {
  const asked = COUNTED_PEOPLE.exec(folded)?.[0];
  return (
    asked !== undefined &&
    !fact.fact.figures.some((f) => new RegExp(String.raw`\b${asked}`, 'iu').test(f.label))
  );
}

/** Words that set one figure against another ("higher than the average quarter", "compared with", "beat"). */
const SETS_AGAINST =
  /\b(?:higher|lower|more|less|fewer|bigger|smaller|greater|above|below|worse|better|beat|than|vs|versus|compar\w*)\b/u;

/** Whether the years a question names are the first and last of a fact's period ("the 2017-2020 figure"). */
function spansYearsAsked(fact: IndexedFact, years: readonly number[]): boolean {
  const { from, to } = fact.fact.period ?? {};
  if (!from || !to || years.length < 2) return false;
  return Math.min(...years) === Number(from.slice(0, 4)) && Math.max(...years) === Number(to.slice(0, 4));
}
