// Scores claim checking on claims sets written blind: each message lists its claims (span, verdict, excerpt).
// Reports verdicts right overall and per verdict, the confusion matrix and the count of false `supported`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { checkClaims } from '../core/claims/index.js';
import type { ClaimCheck, Verdict } from '../core/claims/types.js';
import type { FactIndex } from '../core/retrieve/build-index.js';

const VERDICTS = ['supported', 'contradicted', 'different_scope', 'not_in_source'] as const;
const verdictSchema = z.enum(VERDICTS);

const messageSchema = z.looseObject({
  text: z.string().min(1),
  style: z.string().optional(),
  claims: z
    .array(
      z.looseObject({
        span: z.string().min(1),
        verdict: verdictSchema,
        excerpt: z.string().nullish(),
        dimension: z.string().nullish(),
      }),
    )
    .default([]),
});
export type ClaimsCase = z.infer<typeof messageSchema>;

/** Reads a claims set: `{ messages: [{ text, style, claims: [{ span, verdict, excerpt, dimension? }] }] }`. */
export function loadClaimsCases(file: string): ClaimsCase[] {
  return z.strictObject({ messages: z.array(messageSchema) }).parse(parse(readFileSync(file, 'utf8')))
    .messages;
}

/** What the checker said for an expected claim: a verdict, or `missed` when it found no claim there. */
export type Outcome = Verdict | 'missed';

export interface ClaimsResult {
  claims: number;
  right: number;
  /** Expected verdict → checker's outcome → count. */
  confusion: Map<Verdict, Map<Outcome, number>>;
  /** Claims called `supported` that are not (the failure to design out). */
  falseSupported: number;
  /** Messages with no claim, and how many of them the checker left empty. */
  noClaimMessages: number;
  noClaimRight: number;
  /** Claims the checker found beyond those expected (and how many of those it called supported). */
  extra: number;
  extraSupported: number;
  misses: Array<{ text: string; span: string; expected: string; got: string; explanation: string }>;
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}%]+/u)
      .filter((w) => w.length > 1),
  );

function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(1, Math.min(x.size, y.size));
}

/** Pairs each expected claim with the checked claim that shares most of its words (each used once). */
function align(
  expected: readonly { span: string }[],
  got: readonly ClaimCheck[],
): Array<ClaimCheck | undefined> {
  const used = new Set<number>();
  return expected.map((e) => {
    let best = -1;
    let bestScore = 0.3;
    got.forEach((g, i) => {
      const score = overlap(e.span, g.claim);
      if (!used.has(i) && score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    // A message with one expected claim and one found is that claim, however it was cut.
    if (best < 0 && expected.length === 1 && got.length === 1) best = 0;
    if (best < 0) return undefined;
    used.add(best);
    return got[best];
  });
}

/** Runs every message through `checkClaims` and compares verdicts claim by claim. */
export function evaluateClaims(cases: readonly ClaimsCase[], index: FactIndex): ClaimsResult {
  const result: ClaimsResult = {
    claims: 0,
    right: 0,
    confusion: new Map(VERDICTS.map((v) => [v, new Map()])),
    falseSupported: 0,
    noClaimMessages: 0,
    noClaimRight: 0,
    extra: 0,
    extraSupported: 0,
    misses: [],
  };
  for (const c of cases) {
    const got = checkClaims(c.text, index);
    if (c.claims.length === 0) {
      result.noClaimMessages++;
      if (got.length === 0) result.noClaimRight++;
    }
    const paired = align(c.claims, got);
    const extras = got.filter((g) => !paired.includes(g));
    result.extra += extras.length;
    result.extraSupported += extras.filter((g) => g.verdict === 'supported').length;
    c.claims.forEach((e, i) => {
      const g = paired[i];
      const outcome: Outcome = g?.verdict ?? 'missed';
      result.claims++;
      const row = result.confusion.get(e.verdict);
      row?.set(outcome, (row.get(outcome) ?? 0) + 1);
      if (outcome === e.verdict) result.right++;
      else {
        if (outcome === 'supported') result.falseSupported++;
        result.misses.push({
          text: c.text,
          span: e.span,
          expected: `${e.verdict}${e.dimension ? `/${e.dimension}` : ''}`,
          got: `${outcome}${g?.dimension ? `/${g.dimension}` : ''}${g?.factId ? ` (${g.factId})` : ''}`,
          explanation: g?.explanation ?? '',
        });
      }
    });
    for (const g of extras)
      if (c.claims.length === 0 || g.verdict === 'supported')
        result.misses.push({
          text: c.text,
          span: g.claim,
          expected: 'no claim',
          got: g.verdict,
          explanation: g.explanation,
        });
  }
  return result;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${a}/${b} = ${((100 * a) / b).toFixed(1)}%`);

/** The number of a numbered set ("fresh-12", "questions-blind-3.yml"); 1 for the unnumbered first ("fresh"). */
export function setNumber(name: string): number {
  return Number(/-(\d+)(?:\.yml)?$/u.exec(name)?.[1] ?? 1);
}

/** The report `npm run eval` prints for one claims set. */
export function formatClaimsResult(name: string, r: ClaimsResult, showMisses: boolean): string[] {
  const outcomes: Outcome[] = [...VERDICTS, 'missed'];
  const lines = [
    `\n${name}: ${r.claims} claims in ${r.claims === 0 ? 0 : '…'} messages written blind`.replace(
      ' in … messages',
      '',
    ),
    `  verdicts right ${pct(r.right, r.claims)} · false supported ${r.falseSupported} · messages with no claim left empty ${pct(r.noClaimRight, r.noClaimMessages)} · extra claims found ${r.extra} (${r.extraSupported} supported)`,
    `  ${'expected \\ got'.padEnd(16)} ${outcomes.map((o) => o.padStart(15)).join(' ')}   right`,
  ];
  for (const v of VERDICTS) {
    const row = r.confusion.get(v) ?? new Map<Outcome, number>();
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    lines.push(
      `  ${v.padEnd(16)} ${outcomes.map((o) => String(row.get(o) ?? 0).padStart(15)).join(' ')}   ${pct(row.get(v) ?? 0, total)}`,
    );
  }
  if (showMisses)
    for (const m of r.misses)
      lines.push(`  MISS expected ${m.expected}, got ${m.got}: ${JSON.stringify(m.span)} — ${m.explanation}`);
  return lines;
}

/**
 * `npm run eval`'s claims section: the tuning and held-out halves of the blind claims set, and the fresh set when
 * present. Held-out and fresh misses are listed only with STATBOT_EVAL_SHOW_HELD_OUT=1.
 */
export function printClaimsEval(index: FactIndex, evalDir: string): void {
  const showHeldOut = process.env.STATBOT_EVAL_SHOW_HELD_OUT === '1';
  const dir = join(evalDir, 'claims');
  const fresh = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^fresh(?:-\d+)?\.yml$/u.test(f))
        .map((f) => f.replace(/\.yml$/u, ''))
        .sort((a, b) => setNumber(a) - setNumber(b))
    : [];
  for (const [name, showMisses] of [
    ['tuning', true],
    ['held-out', showHeldOut],
    ...fresh.map((f) => [f, showHeldOut] as const),
  ] as const) {
    const file = join(evalDir, 'claims', `${name}.yml`);
    if (!existsSync(file)) continue;
    const cases = loadClaimsCases(file);
    const lines = formatClaimsResult(
      `blind claims, ${name} (${cases.length} messages)`,
      evaluateClaims(cases, index),
      showMisses,
    );
    console.log(lines.join('\n'));
  }
}
