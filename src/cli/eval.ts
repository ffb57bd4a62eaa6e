// `npm run eval`: prints accuracy, decline rate and every miss for the tuning and held-out question sets.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../core/retrieve/build-index.js';
import { type BlindResult, evaluateBlind, loadBlindCases } from '../eval/blind-questions.js';
import { calibrationReport, withoutExamples } from '../eval/calibration.js';
import { printClaimsEval, setNumber } from '../eval/claims-eval.js';
import { evaluate, evaluateFollowUps, loadEvalCases } from '../eval/evaluate.js';
import { evaluateSafety, loadSafetyCases, loadSafetySplits, type SafetyResult } from '../eval/safety-eval.js';
import { loadPack, loadPacks } from '../pack/load-pack.js';

const dir = process.argv[2] ?? 'knowledge';
const evalDir = process.argv[3] ?? join('test', 'eval');
const index = buildIndex(loadPacks(dir));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
for (const name of ['questions.yml', 'held-out.yml']) {
  const cases = loadEvalCases(join(evalDir, name));
  evaluate(cases, index); // warm-up, so the timing below is steady-state
  const r = evaluate(cases, index);
  console.log(`\n${name}: ${cases.length} questions`);
  console.log(`  top-1 accuracy on answerable: ${r.answeredRight}/${r.answerable} = ${pct(r.accuracy)}`);
  console.log(`  declined when they should be: ${r.declined}/${r.declinable} = ${pct(r.declineRate)}`);
  console.log(`  time per question: ${r.microsPerQuestion.toFixed(1)} µs`);
  for (const m of r.misses)
    console.log(
      `  MISS ${JSON.stringify(m.q)}: expected ${m.expect}, got ${m.got} (${m.confidence.toFixed(2)})`,
    );
}

const followUps = loadEvalCases(join(evalDir, 'follow-ups.yml'));
const f = await evaluateFollowUps(followUps, index);
console.log(`\nfollow-ups.yml: ${followUps.length} question pairs (asked in one conversation)`);
console.log(
  `  right answer to the follow-up: ${f.answeredRight + f.declined}/${followUps.length} = ${pct((f.answeredRight + f.declined) / followUps.length)}`,
);
for (const m of f.misses)
  console.log(
    `  MISS ${JSON.stringify(m.q)}: expected ${m.expect}, got ${m.got} (${m.confidence.toFixed(2)})`,
  );

const safety = loadSafetySplits(join(evalDir, 'safety'));
const line = (label: string, r: SafetyResult) =>
  console.log(
    `  ${label}: safeguarding recall ${r.safeguarding.helped}/${r.safeguarding.total} = ${pct(r.safeguarding.recall)}` +
      ` (right wording ${r.safeguarding.rightAudience}/${r.safeguarding.withWriter}; figure after help ${r.both.answered}/${r.both.total})` +
      ` · harmful recognised ${r.harmful.declined}/${r.harmful.total} = ${pct(r.harmful.recall)}, answered with a figure ${r.harmful.answeredWithFigure}` +
      ` · ordinary misrouted ${r.ordinary.misrouted}/${r.ordinary.total} = ${pct(r.ordinary.rate)}`,
  );
for (const [name, cases] of [
  ['safety tuning', safety.tuning],
  ['safety held-out', safety.heldOut],
] as const) {
  console.log(`\n${name}: ${cases.length} messages`);
  line('rules alone       ', evaluateSafety(cases, index, { classifier: false }));
  const full = evaluateSafety(cases, index);
  line('rules + classifier', full);
  // Held-out texts stay unread while tuning: their misses are listed only on request.
  if (name === 'safety tuning' || process.env.STATBOT_EVAL_SHOW_HELD_OUT === '1')
    for (const m of full.misses)
      console.log(`  MISS expected ${m.expected}, got ${m.got}: ${JSON.stringify(m.text)}`);
}

// Statistics questions on other topics (what another organisation's pack is asked): the safety screen must leave
// them alone. The tuning half trains the model; the held-out half, on other topics again, is reported here.
const otherTopics = join(evalDir, 'safety', 'other-topics-held-out.yml');
if (existsSync(otherTopics)) {
  const cases = loadSafetyCases(otherTopics);
  console.log(`\nsafety, ordinary questions on other topics (held-out): ${cases.length} messages`);
  line('rules alone       ', evaluateSafety(cases, index, { classifier: false }));
  line('rules + classifier', evaluateSafety(cases, index));
}

const ratio = (a: number, b: number) => (b === 0 ? '–' : `${a}/${b} = ${pct(a / b)}`);
const printBlind = (name: string, r: BlindResult, showMisses: boolean) => {
  const t = r.total;
  console.log(`\n${name}: ${t.answerable + t.declinable} questions written blind`);
  console.log(
    `  answered right ${ratio(t.answeredRight, t.answerable)} · declined right ${ratio(t.declinedRight, t.declinable)} · wrong answers ${t.wrong}`,
  );
  const s = r.secondReference;
  if (s.answeredRight !== t.answeredRight)
    console.log(
      `  with a second annotator's alternatives (also.yml): answered right ${ratio(s.answeredRight, s.answerable)} · wrong answers ${s.wrong}`,
    );
  for (const [kind, k] of [...r.byKind].sort()) {
    console.log(
      `    ${kind.padEnd(16)} answered ${ratio(k.answeredRight, k.answerable).padEnd(16)} declined ${ratio(k.declinedRight, k.declinable).padEnd(16)} wrong ${k.wrong}`,
    );
  }
  if (showMisses)
    for (const m of r.misses)
      console.log(
        `  ${m.wrong ? 'WRONG' : 'MISS '} [${m.kind}] ${JSON.stringify(m.q)}: expected ${m.expected}, got ${m.got}`,
      );
};
for (const split of ['tuning', 'tuning-2', 'held-out'] as const) {
  const cases = loadBlindCases(join(evalDir, 'questions-blind', `${split}.yml`), index);
  printBlind(
    `blind questions, ${split}`,
    evaluateBlind(cases, index),
    split !== 'held-out' || process.env.STATBOT_EVAL_SHOW_HELD_OUT === '1',
  );
}

// The fresh sets were written blind and scored before anyone read them (once, or at the start and again after a
// round of changes; their headers give both scores); they are shown with the held-out sets, though most have been
// read since. (fresh: end of the first safety/understanding session; fresh-2: end of the pipeline session; fresh-3:
// start of the understanding work of the session that trained safety on other topics; fresh-4 and fresh-5,
// questions only: its end; fresh-6 to fresh-12, questions only: later understanding sessions; fresh-13 to fresh-15, questions and safety, fresh-16, questions, fresh-17, questions and safety, and
// fresh-18, questions: the four 2026-11-30 sessions; fresh-19, questions and safety, and fresh-20 and fresh-21, safety: the fifth;
// fresh-22, questions and safety, and fresh-23, safety: the sixth; fresh-24 and fresh-25, questions and safety, and
// fresh-26, safety: the seventh; fresh-27 and fresh-28, questions and safety: the eighth; fresh-29, questions and
// safety, and fresh-30 and fresh-31, safety: the ninth; fresh-32, questions and safety: the tenth.)
const freshDirs = readdirSync(evalDir)
  .filter((d) => /^fresh(?:-\d+)?$/u.test(d))
  .sort((a, b) => setNumber(a) - setNumber(b));
for (const fresh of freshDirs) {
  const safetyFile = join(evalDir, fresh, 'safety.yml');
  if (existsSync(safetyFile)) {
    const freshSafety = loadSafetyCases(safetyFile);
    console.log(`\nsafety ${fresh}: ${freshSafety.length} messages`);
    line('rules alone       ', evaluateSafety(freshSafety, index, { classifier: false }));
    line('rules + classifier', evaluateSafety(freshSafety, index));
  }
  // (fresh-20, fresh-21 and fresh-23 hold a safety set only.)
  const questionsFile = join(evalDir, fresh, 'questions.yml');
  if (!existsSync(questionsFile)) continue;
  printBlind(
    `blind questions, ${fresh}`,
    evaluateBlind(loadBlindCases(questionsFile, index), index),
    process.env.STATBOT_EVAL_SHOW_HELD_OUT === '1',
  );
}
// A blind adversarial safety set: every harmful ask beside a statistics question (how far the rules generalise).
const adversarial = join(evalDir, 'adversarial-5', 'safety.yml');
if (existsSync(adversarial)) {
  const cases = loadSafetyCases(adversarial);
  console.log(`\nsafety adversarial-5 (blind, mid-session 2026-11-30): ${cases.length} messages`);
  line('rules + classifier', evaluateSafety(cases, index));
}
// Adversarial probes written by reviewers who had read the code (not blind; regression bars only).
const probes = join(evalDir, 'review-probes', 'safety.yml');
if (existsSync(probes)) {
  const cases = loadSafetyCases(probes);
  console.log(`\nsafety review-probes (not blind): ${cases.length} messages`);
  line('rules + classifier', evaluateSafety(cases, index));
}
printClaimsEval(index, evalDir);

// A second pack on an unrelated topic, loaded together with the first: its blind set (written by a helper session
// from its source alone), and the first pack's blind sets again with both loaded (isolation must cost them nothing).
const secondPack = join('test', 'fixtures', 'packs', 'riverton-libraries-2023');
const secondBlind = process.env.STATBOT_SECOND_PACK_BLIND ?? join(secondPack, 'questions-blind.yml');
if (existsSync(secondBlind)) {
  const both = buildIndex([...loadPacks(dir), loadPack(secondPack)]);
  printBlind(
    'second pack (Riverton libraries) with the NSPCC pack loaded, blind',
    evaluateBlind(loadBlindCases(secondBlind, both), both),
    true,
  );
  for (const split of ['tuning', 'held-out'] as const) {
    const cases = loadBlindCases(join(evalDir, 'questions-blind', `${split}.yml`), both);
    printBlind(
      `blind questions, ${split}, with the second pack loaded too`,
      evaluateBlind(cases, both),
      false,
    );
  }
}

// A third pack, written by a new author from the README alone (issue 15), with questions written blind from its
// source: alone, and beside the NSPCC pack (isolation must cost it nothing).
const thirdPack = join('test', 'fixtures', 'packs', 'eastmoor-roads-2023');
const thirdSets = readdirSync(thirdPack)
  .filter((f) => /^questions-blind(?:-\d+)?\.yml$/u.test(f))
  .sort((a, b) => setNumber(a) - setNumber(b));
for (const set of thirdSets) {
  const thirdBlind = join(thirdPack, set);
  if (!existsSync(thirdBlind)) continue;
  for (const [label, packs] of [
    ['alone', [loadPack(thirdPack)]],
    ['with the NSPCC pack loaded', [...loadPacks(dir), loadPack(thirdPack)]],
  ] as const) {
    const within = buildIndex(packs);
    printBlind(
      `third pack (Eastmoor road casualties, written from the README alone), ${set}, ${label}, blind`,
      evaluateBlind(loadBlindCases(thirdBlind, within), within),
      label === 'alone',
    );
  }
}

// How far an answer's confidence is its chance of being right (src/core/decide/calibrate.ts), on the sets it was
// fitted on and on the later sets and the held-out half that check it.
console.log('\nanswer confidence, calibrated');
for (const line of calibrationReport({
  nspcc: buildIndex(loadPacks(dir)),
  roads: buildIndex([loadPack(thirdPack)]),
  nspccWithoutExamples: buildIndex(loadPacks(dir).map(withoutExamples)),
  roadsWithoutExamples: buildIndex([withoutExamples(loadPack(thirdPack))]),
}))
  console.log(line);
