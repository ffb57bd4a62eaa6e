// Scores the answering core against a question set: top-1 accuracy on answerable questions, decline rate on the rest.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { createStatbotService } from '../app/statbot-service.js';
import { answerQuestion } from '../core/answer-question.js';
import type { Reply } from '../core/reply.js';
import type { FactIndex } from '../core/retrieve/build-index.js';

const caseSchema = z.strictObject({ q: z.string(), expect: z.string().min(1), prior: z.string().optional() });
export type EvalCase = z.infer<typeof caseSchema>;

/** Reads a YAML list of `{ q, expect }` cases. */
export function loadEvalCases(file: string): EvalCase[] {
  return z.array(caseSchema).parse(parse(readFileSync(file, 'utf8')));
}

/** One question whose reply was not what the set expects. */
export interface EvalMiss {
  q: string;
  expect: string;
  got: string;
  confidence: number;
}

export interface EvalResult {
  answerable: number;
  answeredRight: number;
  declinable: number;
  declined: number;
  accuracy: number;
  declineRate: number;
  misses: EvalMiss[];
  microsPerQuestion: number;
}

/** A short description of a reply: fact id, compare:group, ambiguous(...) or decline:reason. */
export function describeReply(reply: Reply): string {
  if (reply.status === 'answered') {
    if (reply.kind === 'comparison') return `compare:${reply.facts.map((f) => f.factId).join('+')}`;
    return reply.facts[0].factId;
  }
  if (reply.status === 'ambiguous') return `ambiguous(${reply.suggestions.map((s) => s.factId).join('|')})`;
  return `decline:${reply.reason.code}${'kind' in reply.reason ? `/${reply.reason.kind}` : ''}`;
}

function isRight(c: EvalCase, reply: Reply, index: FactIndex): boolean {
  if (c.expect.startsWith('decline')) return reply.status === 'abstained';
  if (c.expect.startsWith('compare:')) {
    if (reply.status !== 'answered' || reply.kind !== 'comparison') return false;
    const group = c.expect.slice('compare:'.length);
    return reply.facts.every((f) =>
      index.facts.some((x) => x.fact.id === f.factId && x.fact.compareGroup === group),
    );
  }
  // "a|b": either fact is a right answer (two facts state the same thing).
  return (
    reply.status === 'answered' &&
    reply.kind === 'fact' &&
    c.expect.split('|').includes(reply.facts[0].factId)
  );
}

/** Runs follow-up pairs: each `prior` then `q` in a fresh conversation of the real service. */
export async function evaluateFollowUps(cases: readonly EvalCase[], index: FactIndex): Promise<EvalResult> {
  const service = createStatbotService({ index });
  const replies: Reply[] = [];
  for (const [i, c] of cases.entries()) {
    const context = { platform: 'cli' as const, userKey: 'eval', conversationKey: `follow-up-${i}` };
    if (c.prior) await service.ask(c.prior, context);
    replies.push(await service.ask(c.q, context));
  }
  return score(cases, replies, index, 0);
}

/** Runs every case through the core once. */
export function evaluate(cases: readonly EvalCase[], index: FactIndex): EvalResult {
  const started = process.hrtime.bigint();
  const replies = cases.map((c) => answerQuestion(c.q, index));
  const elapsed = Number(process.hrtime.bigint() - started) / 1000;
  return score(cases, replies, index, elapsed);
}

function score(
  cases: readonly EvalCase[],
  replies: readonly Reply[],
  index: FactIndex,
  elapsedMicros: number,
): EvalResult {
  const misses: EvalMiss[] = [];
  let answerable = 0;
  let answeredRight = 0;
  let declinable = 0;
  let declined = 0;
  cases.forEach((c, i) => {
    const reply = replies[i] as Reply;
    const right = isRight(c, reply, index);
    if (c.expect.startsWith('decline')) {
      declinable++;
      if (right) declined++;
    } else {
      answerable++;
      if (right) answeredRight++;
    }
    if (!right)
      misses.push({ q: c.q, expect: c.expect, got: describeReply(reply), confidence: reply.confidence });
  });
  return {
    answerable,
    answeredRight,
    declinable,
    declined,
    accuracy: answerable ? answeredRight / answerable : 1,
    declineRate: declinable ? declined / declinable : 1,
    misses,
    microsPerQuestion: cases.length ? elapsedMicros / cases.length : 0,
  };
}
