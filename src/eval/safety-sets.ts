// Reads the blind safety sets: messages labelled safeguarding, harmful or ordinary, split into tuning and held-out.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const messageSchema = z.looseObject({
  text: z.string().min(1),
  kind: z.enum(['safeguarding', 'harmful', 'ordinary']),
  writer: z.enum(['adult', 'young']).optional(),
  asksStatistic: z.boolean().optional(),
});
export type SafetyCase = z.infer<typeof messageSchema>;

/** Reads a YAML file of `{ messages: [{ text, kind, writer?, asksStatistic? }] }`. */
export function loadSafetyCases(file: string): SafetyCase[] {
  return z.strictObject({ messages: z.array(messageSchema) }).parse(parse(readFileSync(file, 'utf8')))
    .messages;
}

/** The tuning split (every `tuning*.yml` in the folder that `include` accepts) and the held-out split of the safety sets. */
export function loadSafetySplits(
  dir: string,
  include: (file: string) => boolean = () => true,
): { tuning: SafetyCase[]; heldOut: SafetyCase[] } {
  const tuning = readdirSync(dir)
    .filter((f) => /^tuning.*\.yml$/u.test(f) && include(f))
    .sort()
    .flatMap((f) => loadSafetyCases(join(dir, f)));
  return { tuning, heldOut: loadSafetyCases(join(dir, 'held-out.yml')) };
}
