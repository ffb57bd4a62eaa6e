// The labelled examples the safety model learns from: the tuning halves of test/eval only, never held-out sets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SafetyLabel } from '../safety/classifier.js';
import { loadSafetySplits } from './safety-sets.js';

/** Every tuning example as [text, label]. */
export function safetyTrainingExamples(evalDir: string): Array<[string, SafetyLabel]> {
  return [
    ...loadSafetySplits(join(evalDir, 'safety')).tuning.map((c): [string, SafetyLabel] => [c.text, c.kind]),
    // Answerable questions from the other tuning sets are ordinary by construction (declines may be harmful asks).
    ...(parse(readFileSync(join(evalDir, 'questions.yml'), 'utf8')) as Array<{ q: string; expect: string }>)
      .filter((c) => !c.expect.startsWith('decline'))
      .map((c): [string, SafetyLabel] => [c.q, 'ordinary']),
    // The blind question set's answerable and off-topic questions are ordinary; its harmful declines are not.
    ...(
      parse(readFileSync(join(evalDir, 'questions-blind', 'tuning.yml'), 'utf8')).messages as Array<{
        q: string;
        answer?: string;
        decline?: string;
      }>
    )
      .filter((m) => m.answer || !/harm|groom|abus|evasion|facilitat|refuse|unsafe/iu.test(m.decline ?? ''))
      .map((m): [string, SafetyLabel] => [m.q, 'ordinary']),
  ];
}
