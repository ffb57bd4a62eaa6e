// A pack's example questions settle what the matcher leaves in doubt: a weak match they agree with is answered, and a
// match on a question with a word the pack does not know is declined when they read it as a decline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { examplesAgree, examplesLean } from '../../../src/core/retrieve/example-model.js';
import { searchTop } from '../../../src/core/retrieve/example-search.js';
import { closestFact, factsForExcerpt } from '../../../src/eval/blind-questions.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { examplesFrom, nspccExampleSets, packExampleSets } from '../../../src/eval/question-examples.js';
import { EXAMPLES_FILE, readPack } from '../../../src/pack/load-pack.js';
import type { Pack } from '../../../src/pack/schema.js';

const ROADS = join('test', 'fixtures', 'packs', 'eastmoor-roads-2023');
const roads = readPack(ROADS);
/** The roads pack learning every example but the question asked (so the test asks something it never saw). */
const learningAllBut = (q: string): Pack => ({
  ...roads,
  examples: (roads.examples ?? []).filter((e) => e.q.toLowerCase() !== q.toLowerCase()),
});
const replyTo = (q: string, pack: Pack) => describeReply(answerQuestion(q, buildIndex([pack])));
const { examples: _examples, ...withoutExamples } = roads;

describe("a pack's example questions", () => {
  it('answer a weak match they clearly read as asking for that fact', () => {
    const q = "What monetary value does the report put on preventing last year's casualties?";
    expect(replyTo(q, withoutExamples)).toMatch(/^decline/u);
    expect(replyTo(q, learningAllBut(q))).toBe('value-of-prevention');
  });

  it('decline a match they read as a decline when the question has a word the pack does not know', () => {
    // (An opinion asked with "should", the first example here, the opinion reading now declines by itself.)
    const q = 'What would the serious injury count have been under the old police recording system?';
    expect(replyTo(q, withoutExamples)).toBe('serious-injuries-reporting-change');
    expect(replyTo(q, learningAllBut(q))).toMatch(/^decline/u);
  });

  it('never decline a question whose every word the pack knows', () => {
    expect(replyTo('how many road casualties were there in 2023?', roads)).toBe('casualties-total-2023');
  });

  it('answer a weak match MiniSearch also ranks first, when they lean to it clearly (not a short question with a word they never saw)', () => {
    const nspcc = readPack(join('knowledge', 'nspcc-online-grooming'));
    const { examples: _none, ...bare } = nspcc;
    const q =
      'by how much did kids getting targeted online by suspected paedos go up when everyone was stuck at home?';
    expect(replyTo(q, bare)).toMatch(/^decline/u);
    expect(searchTop(nspcc, q)).toBe('lockdown-rise-ten-percent');
    expect(examplesLean(nspcc, q, 'lockdown-rise-ten-percent', 6)).toBe(true);
    expect(replyTo(q, nspcc)).toBe('lockdown-rise-ten-percent');
    // "apologise" is in no example: what it asks is not what the encryption announcement says.
    expect(examplesLean(nspcc, 'Did Zuckerberg apologise?', 'zuckerberg-encryption-march-2019', 0)).toBe(
      false,
    );
    expect(replyTo('Did Zuckerberg apologise?', nspcc)).toMatch(/^decline/u);
  });

  it('are not read at all below 100 examples with 10 declines (the facts’ phrasings alone cost more than they gain)', () => {
    const few: Pack = { ...roads, examples: (roads.examples ?? []).slice(0, 99) };
    expect(examplesAgree(few, 'how many people were killed?', 'deaths-2023')).toBe(false);
    expect(examplesLean(few, 'how many people were killed?', 'deaths-2023', 0)).toBe(false);
    const q = "What monetary value does the report put on preventing last year's casualties?";
    expect(replyTo(q, few)).toMatch(/^decline/u);
  });
});

describe('the labels of the example files', () => {
  it('name the fact whose quote is closest to the excerpt, not the first sharing a name with it', () => {
    const nspcc = buildIndex([readPack(join('knowledge', 'nspcc-online-grooming'))]);
    const excerpt =
      'More than 100 organisations, led by the #UK-based The National Society for the Prevention of Cruelty to Children (#NSPCC), have signed an open letter urging #Facebook to address concerns about child safety on its various platforms.';
    const keys = factsForExcerpt(excerpt, nspcc);
    expect(keys).toContain('nspcc-online-grooming/lockdown-rise-ten-percent');
    expect(closestFact(excerpt, keys, nspcc)).toBe('nspcc-online-grooming/open-letter');
  });

  it('let no example vouch for a question that names a figure ("…1,220 cases — what is the three-year total?")', () => {
    const nspcc = buildIndex([readPack(join('knowledge', 'nspcc-online-grooming'))]);
    const q = "Lockdown quarter had 1,220 cases — what's the three-year total to set that against?";
    expect(replyTo(q, readPack(join('knowledge', 'nspcc-online-grooming')))).not.toBe(
      'grooming-cases-april-june',
    );
    // (Declined, or the three-year total set beside the 1,220 it names: decide/both-named.ts.)
    expect(describeReply(answerQuestion(q, nspcc))).toMatch(/^decline|offences-2017-2020/u);
  });
});

describe('the committed example files', () => {
  it.each([
    [join('knowledge', 'nspcc-online-grooming'), nspccExampleSets()],
    [ROADS, packExampleSets(ROADS)],
  ])(
    '%s/examples.jsonl is what `npm run examples:build` writes from its sets',
    (dir, sets) => {
      const { examples: _old, ...pack } = readPack(dir);
      const built = examplesFrom(sets, buildIndex([pack]))
        .map((e) => `${JSON.stringify(e)}\n`)
        .join('');
      expect(readFileSync(join(dir, EXAMPLES_FILE), 'utf8') === built, 'run npm run examples:build').toBe(
        true,
      );
      // The sets kept as measures are never learned from.
      expect(sets.some((s) => /held-out|fresh-29|fresh-32|questions-blind-2[34]/u.test(s))).toBe(false);
      // (The whole build: about 15 s alone, twice that on a busy two-core machine.)
    },
    90_000,
  );
});
