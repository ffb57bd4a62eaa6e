// Scores the answering core on questions written blind (from the source alone): each names the verbatim excerpt
// that answers it, or why it must be declined. Reports answered right, declined right and wrong answers per kind.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { answerQuestion } from '../core/answer-question.js';
import type { Reply } from '../core/reply.js';
import type { FactIndex } from '../core/retrieve/build-index.js';
import { foldText } from '../text/normalise.js';
import { extractNumbers } from '../text/numbers.js';
import { describeReply } from './evaluate.js';

const questionSchema = z.looseObject({
  q: z.string().min(1),
  kind: z.string().default('other'),
  persona: z.string().optional(),
  answer: z.string().optional(),
  decline: z.string().optional(),
});

export interface BlindCase {
  q: string;
  kind: string;
  /** `packId/factId` of every fact whose quote holds the expected excerpt; empty when it must be declined. */
  expected: string[];
  /** The writer's excerpt, or the reason to decline. */
  note: string;
  /**
   * Facts a second annotator (blind to the bot's replies) found to answer the question as fully as the writer's
   * excerpt: another sentence stating the same finding. Scored apart, in `secondReference`.
   */
  also: string[];
}

const squash = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();

/** Length of the longest common run of characters of two strings (dynamic programming over two reused rows). */
function commonRun(a: string, b: string): number {
  let best = 0;
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ch = a.charCodeAt(i - 1);
    row.fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (ch === b.charCodeAt(j - 1)) {
        const run = (prev[j - 1] ?? 0) + 1;
        row[j] = run;
        if (run > best) best = run;
      }
    }
    [prev, row] = [row, prev];
  }
  return best;
}

/** Whether two strings share a run of `need` characters: some run of `a` that long is found in `b`. */
function sharesRun(a: string, b: string, need: number): boolean {
  if (need <= 0) return true;
  for (let i = 0; i + need <= a.length; i++) if (b.includes(a.slice(i, i + need))) return true;
  return false;
}

/** Each fact's quote squashed once (the sets name thousands of excerpts against the same quotes). */
const squashedQuotes = new WeakMap<object, string>();
const squashedQuote = (fact: { quote: string }): string => {
  let squashed = squashedQuotes.get(fact);
  if (squashed === undefined) {
    squashed = squash(fact.quote);
    squashedQuotes.set(fact, squashed);
  }
  return squashed;
};

/**
 * Of the facts an excerpt names (`factsForExcerpt`), the one whose quote shares the longest run of text with it, when
 * one does: a shared name ("the National Society for the Prevention of Cruelty to Children", in two quotes) is no
 * tie with the sentence itself. Undefined for a tie (two facts quoting the same sentence).
 */
export function closestFact(excerpt: string, keys: readonly string[], index: FactIndex): string | undefined {
  if (keys.length <= 1) return keys[0];
  const wanted = squash(excerpt);
  const runs = keys.map((key) => {
    const fact = index.byKey.get(key)?.fact;
    return fact ? commonRun(wanted, squashedQuote(fact)) : 0;
  });
  const best = Math.max(...runs);
  return runs.filter((r) => r === best).length === 1 ? keys[runs.indexOf(best)] : undefined;
}

/** Each excerpt's facts, per index (see `factsForExcerpt`). */
const excerptFacts = new WeakMap<FactIndex, Map<string, readonly string[]>>();

/** A fact quote this short held whole in an excerpt is still that fact ("Motorcyclists: 121 casualties."). */
const WHOLE_QUOTE_CHARS = 12;

/**
 * The facts whose quotes hold the excerpt (a long enough common run of text), or that it holds whole. A sentence of
 * the source no fact quotes, but which restates figures a fact gives (a headline: "Road deaths in Eastmoor fell to 19
 * in 2023, … total reported casualties rose by 6 per cent to 1,214"), is answered by the facts that state those
 * figures: those stating all of them, else those stating any.
 */
export function factsForExcerpt(excerpt: string, index: FactIndex): string[] {
  // The sets quote the same few dozen sentences thousands of times: each excerpt is resolved once per index.
  let known = excerptFacts.get(index);
  if (!known) {
    known = new Map();
    excerptFacts.set(index, known);
  }
  let facts = known.get(excerpt);
  if (!facts) {
    facts = resolveExcerpt(excerpt, index);
    known.set(excerpt, facts);
  }
  return [...facts];
}

function resolveExcerpt(excerpt: string, index: FactIndex): string[] {
  const wanted = squash(excerpt);
  const need = Math.min(30, Math.ceil(wanted.length * 0.6));
  const byQuote = index.facts.filter((f) => {
    const quote = squashedQuote(f.fact);
    return (
      sharesRun(wanted, quote, need) ||
      (quote.length >= WHOLE_QUOTE_CHARS && ` ${wanted} `.includes(` ${quote} `))
    );
  });
  const facts =
    byQuote.length > 0
      ? [...byQuote, ...sameFiguresQuoted(excerpt, index, byQuote)]
      : factsStating(excerpt, index);
  return facts.map((f) => `${f.pack.pack.id}/${f.fact.id}`);
}

/**
 * Facts beyond those quoting the excerpt whose own quotes give every figure of it, when it holds two or more (years
 * aside): "Serious injuries rose from 221 to 238" is answered as well by "238 people were seriously injured, up 8 per
 * cent from 221 in 2022". (One figure alone, "20 percent", may be a figure of something else.)
 */
function sameFiguresQuoted(
  excerpt: string,
  index: FactIndex,
  quoting: FactIndex['facts'],
): FactIndex['facts'] {
  const figures = excerptFigures(excerpt);
  if (figures.length < 2) return [];
  return index.facts.filter((f) => {
    if (quoting.includes(f)) return false;
    const quoted = extractNumbers(f.fact.quote);
    return figures.every((n) => quoted.some((q) => q.value === n.value && q.isPercent === n.isPercent));
  });
}

/** An excerpt's figures, years aside. */
function excerptFigures(excerpt: string) {
  return extractNumbers(excerpt).filter((n) => n.isPercent || !/^(19|20)\d\d$/u.test(n.raw));
}

/**
 * Facts that state the excerpt's figures (years aside): every one of them, or failing that, any of its counts (a
 * share such as "6 per cent" is too common to name one fact).
 */
function factsStating(excerpt: string, index: FactIndex): FactIndex['facts'] {
  const figures = excerptFigures(excerpt);
  if (figures.length === 0) return [];
  const states = (f: FactIndex['facts'][number], v: number) => f.fact.figures.some((g) => g.value === v);
  const all = index.facts.filter((f) => figures.every((n) => states(f, n.value)));
  const counts = figures.filter((n) => !n.isPercent);
  return all.length > 0 ? all : index.facts.filter((f) => counts.some((n) => states(f, n.value)));
}

const alsoSchema = z.strictObject({
  also: z.array(
    z.strictObject({ i: z.number().int().min(0), excerpts: z.array(z.string()), why: z.string() }),
  ),
});

/**
 * A second annotator's alternatives beside a set (`also.yml` in its folder): for the answerable question at index `i`
 * of the set's messages, other excerpts of the source that answer it as fully.
 */
function alternativesFor(file: string): Map<number, string[]> {
  const path = join(dirname(file), 'also.yml');
  if (!existsSync(path)) return new Map();
  const doc = alsoSchema.parse(parse(readFileSync(path, 'utf8')));
  return new Map(doc.also.map((a) => [a.i, a.excerpts]));
}

/** Reads a blind set (`{ messages: [{ q, kind, answer | decline }] }`) and resolves each excerpt to facts. */
export function loadBlindCases(file: string, index: FactIndex): BlindCase[] {
  const doc = z.strictObject({ messages: z.array(questionSchema) }).parse(parse(readFileSync(file, 'utf8')));
  const alternatives = alternativesFor(file);
  // (Keyed by position: an index past the set, at a question to decline, or an excerpt no fact holds means the file
  // no longer lines up with its set, which must stop the run rather than credit another question.)
  for (const [i, excerpts] of alternatives) {
    if (!doc.messages[i]?.answer)
      throw new Error(`${file}: also.yml names question ${i}, which has no answer`);
    for (const e of excerpts)
      if (factsForExcerpt(e, index).length === 0)
        throw new Error(`${file}: also.yml excerpt for question ${i} is in no fact: ${e}`);
  }
  return doc.messages.map((m, i) => {
    const expected = m.answer ? factsForExcerpt(m.answer, index) : [];
    const also = m.answer
      ? [...new Set((alternatives.get(i) ?? []).flatMap((e) => factsForExcerpt(e, index)))].filter(
          (f) => !expected.includes(f),
        )
      : [];
    return { q: m.q, kind: m.kind, expected, note: m.answer ?? m.decline ?? '', also };
  });
}

export interface KindScore {
  answerable: number;
  answeredRight: number;
  declinable: number;
  declinedRight: number;
  /** Answered with a fact the question is not about, or answered when it should have been declined. */
  wrong: number;
}

export interface BlindResult {
  total: KindScore;
  /** The same, counting an answer right when it is one the second annotator found as well (`BlindCase.also`). */
  secondReference: KindScore;
  byKind: Map<string, KindScore>;
  misses: Array<{ q: string; kind: string; expected: string; got: string; wrong: boolean }>;
}

const empty = (): KindScore => ({
  answerable: 0,
  answeredRight: 0,
  declinable: 0,
  declinedRight: 0,
  wrong: 0,
});

function answeredFacts(reply: Reply): string[] {
  return reply.status === 'answered' ? reply.facts.map((f) => `${f.packId}/${f.factId}`) : [];
}

/** Counts one case into a score: one to answer or to decline, right or not; an answer not right is wrong. */
function tally(score: KindScore, toDecline: boolean, right: boolean, answered: boolean): void {
  if (toDecline) {
    score.declinable++;
    if (right) score.declinedRight++;
  } else {
    score.answerable++;
    if (right) score.answeredRight++;
  }
  if (answered && !right) score.wrong++;
}

/** Runs every case through the core; a comparison is right when it includes an expected fact. */
export function evaluateBlind(cases: readonly BlindCase[], index: FactIndex): BlindResult {
  const total = empty();
  const secondReference = empty();
  const byKind = new Map<string, KindScore>();
  const misses: BlindResult['misses'] = [];
  for (const c of cases) {
    const reply = answerQuestion(c.q, index);
    const score = byKind.get(c.kind) ?? empty();
    byKind.set(c.kind, score);
    const got = answeredFacts(reply);
    const toDecline = c.expected.length === 0;
    const answered = reply.status === 'answered';
    const right = toDecline ? !answered : got.some((f) => c.expected.includes(f));
    const wrong = answered && !right;
    for (const s of [score, total]) tally(s, toDecline, right, answered);
    tally(secondReference, toDecline, right || (!toDecline && got.some((f) => c.also.includes(f))), answered);
    if (!right)
      misses.push({
        q: c.q,
        kind: c.kind,
        expected: c.expected.length
          ? c.expected.map((e) => e.split('/')[1]).join('|')
          : `decline (${c.note})`,
        got: describeReply(reply),
        wrong,
      });
  }
  return { total, secondReference, byKind, misses };
}
