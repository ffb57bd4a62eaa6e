import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PackError } from '../../src/errors.js';
import { findPackProblems } from '../../src/pack/check-pack.js';
import { loadPack, loadPacks } from '../../src/pack/load-pack.js';
import { KNOWLEDGE_DIR, PACK_DIR } from '../helpers/real-pack.js';
import { factsOf, makeEditedPack } from '../helpers/temp-pack.js';

describe('loadPack', () => {
  it('loads the shipped pack with its verbatim source', () => {
    const pack = loadPack(PACK_DIR);
    expect(pack.pack.id).toBe('nspcc-online-grooming');
    expect(pack.facts.length).toBeGreaterThanOrEqual(15);
    expect(pack.facts.length).toBeLessThanOrEqual(25);
    expect(pack.sourceText).toContain('A total of 12,925 offences were recorded by police');
  });

  it('leaves unknown metadata empty instead of inventing it', () => {
    const { source } = loadPack(PACK_DIR).pack;
    expect([source.headline, source.url, source.published, source.publisher]).toEqual(['', '', '', '']);
  });

  it('finds packs in sub-folders of the knowledge folder', () => {
    expect(loadPacks(KNOWLEDGE_DIR).map((p) => p.pack.id)).toEqual(['nspcc-online-grooming']);
  });

  it('names the file, the path inside it and the fix when a field is wrong', () => {
    const dir = makeEditedPack((file) => {
      const fact = factsOf(file)[2] as Record<string, unknown>;
      fact.questions = ['only one way to ask'];
    });
    expect(() => loadPack(dir)).toThrowError(PackError);
    expect(() => loadPack(dir)).toThrowError(
      /facts\.yml: facts\.2\(wanless-urges-legislation\)\.questions: give at least 3 ways/,
    );
  });

  it('rejects a quote that is not word for word in the source', () => {
    const dir = makeEditedPack((file) => {
      (factsOf(file)[0] as Record<string, unknown>).quote =
        'Facebook-owned apps are used in most grooming crimes.';
    });
    expect(() => loadPack(dir)).toThrowError(
      /facts\.0\(facebook-apps-over-half\)\.quote: is not word for word/,
    );
  });

  it('rejects a statement that states a number its quote does not', () => {
    const dir = makeEditedPack((file) => {
      (factsOf(file)[5] as Record<string, unknown>).statement = 'About 1,500 cases were recorded.';
    });
    expect(() => loadPack(dir)).toThrowError(/statement: states "1,500", which the quote does not/);
  });

  it('reports YAML syntax errors with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statbot-bad-'));
    writeFileSync(join(dir, 'facts.yml'), 'pack: [unclosed\n');
    expect(() => loadPack(dir)).toThrowError(/facts\.yml: is not valid YAML/);
  });

  it('says what to add when a folder holds no pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statbot-empty-'));
    expect(() => loadPacks(dir)).toThrowError(
      /No knowledge pack found under .*add a folder with a facts\.yml/,
    );
    expect(() => loadPacks(join(dir, 'missing'))).toThrowError(/does not exist/);
  });
});

describe('a pack’s example questions (examples.jsonl)', () => {
  const withExamples = (lines: string) => {
    const dir = makeEditedPack(() => {});
    writeFileSync(join(dir, 'examples.jsonl'), lines);
    return dir;
  };

  it('loads one example per line, blank lines allowed', () => {
    const pack = loadPack(
      withExamples(
        '{"q": "how many cases on snapchat?", "fact": "snapchat-20-percent"}\n\n{"q": "cases in scotland?", "decline": true}\n',
      ),
    );
    expect(pack.examples).toEqual([
      { q: 'how many cases on snapchat?', fact: 'snapchat-20-percent' },
      { q: 'cases in scotland?', decline: true },
    ]);
  });

  it('says which line is not JSON, and which is not an example, and how to write one', () => {
    expect(() => loadPack(withExamples('{"q": "ok?", "decline": true}\n{q: broken\n'))).toThrow(
      /examples\.jsonl: line 2 is not one JSON object/u,
    );
    expect(() => loadPack(withExamples('{"q": "ok?", "answer": "snapchat-20-percent"}\n'))).toThrow(
      /examples\.jsonl: line 1: .*write \{"q": "…", "fact": "<fact id>"\} or \{"q": "…", "decline": true\}/u,
    );
  });

  it('refuses an example naming a fact the pack does not have', () => {
    expect(() => loadPack(withExamples('{"q": "how many on tiktok?", "fact": "tiktok-share"}\n'))).toThrow(
      /examples\.jsonl: line 1: names the fact "tiktok-share", which the pack does not have/u,
    );
    // Counted by the line, blank lines included.
    expect(() =>
      loadPack(
        withExamples('{"q": "ok?", "decline": true}\n\n{"q": "on tiktok?", "fact": "tiktok-share"}\n'),
      ),
    ).toThrow(/examples\.jsonl: line 3: names the fact "tiktok-share"/u);
  });

  it('reads a line the quick check passes over exactly as the schema does (a question with spaces around it)', () => {
    expect(loadPack(withExamples('{"q": "  cases in scotland?  ", "decline": true}\n')).examples).toEqual([
      { q: 'cases in scotland?', decline: true },
    ]);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(loadPack(withExamples('\uFEFF{"q": "cases in scotland?", "decline": true}\n')).examples).toEqual([
      { q: 'cases in scotland?', decline: true },
    ]);
  });

  it('warns (kb:check) that too few examples are ignored', () => {
    const problems = findPackProblems(
      loadPack(withExamples('{"q": "cases in scotland?", "decline": true}\n')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        path: 'examples.jsonl',
        message: expect.stringMatching(
          /holds 1 examples \(1 declines\); they are read only from 100 examples/u,
        ),
      }),
    );
  });
});
