import { describe, expect, it } from 'vitest';
import { placeIsInferred, placeOf } from '../../src/pack/place.js';

describe('a fact place and its bracketed note', () => {
  it('splits the place from the note and reads whether the pack infers it', () => {
    const inferred = { place: 'England and Wales (inferred, as the article does not say where)' };
    expect(placeOf(inferred)).toEqual({
      name: 'England and Wales',
      note: 'inferred, as the article does not say where',
    });
    expect(placeIsInferred(inferred)).toBe(true);
    expect(placeOf({ place: 'UK' })).toEqual({ name: 'UK' });
    expect(placeIsInferred({ place: 'UK' })).toBe(false);
    expect(placeIsInferred({ place: 'Eastmoor County (the county council area)' })).toBe(false);
    expect(placeOf({})).toEqual({});
  });
});
