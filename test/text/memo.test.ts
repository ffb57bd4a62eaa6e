import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../../src/text/memo.js';

describe('rememberRecent', () => {
  it('reuses a recent result for the same arguments, and only the last few', () => {
    let calls = 0;
    const twice = rememberRecent((text: string, times: number) => {
      calls++;
      return text.repeat(times);
    }, 2);
    expect(twice('ab', 2)).toBe('abab');
    expect(twice('ab', 2)).toBe('abab');
    expect(calls).toBe(1);
    expect(twice('ab', 3)).toBe('ababab');
    expect(calls).toBe(2);
    twice('cd', 1);
    // 'ab', 2 has dropped out of the last two.
    expect(twice('ab', 2)).toBe('abab');
    expect(calls).toBe(4);
  });
});
