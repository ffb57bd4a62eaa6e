import { describe, expect, it } from 'vitest';
import { benchCore } from '../../bench/core-bench.js';
import { generatePack } from '../../bench/generate-pack.js';

describe('npm run bench -- --quick', () => {
  it('skips the slow baselines when given no questions for them (fuse.js takes ~0.7 s a question at 10,000 facts)', () => {
    const generated = generatePack(300);
    const result = benchCore('generated', [generated.pack], generated.questions.slice(0, 20), 1, 0);
    expect(result.engines.map((e) => e.engine)).toEqual(['statbot core']);
  });
});
