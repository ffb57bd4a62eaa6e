import { describe, expect, it } from 'vitest';
import { withContextOptional } from '../../../src/core/retrieve/context-terms.js';
import { readQuestion } from '../../../src/core/understand/read-question.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();

describe('words that only name the source do not count against a fact', () => {
  it('makes a rare title word optional and keeps the topic words and names required', () => {
    const read = withContextOptional(
      index,
      readQuestion('instagram figure in the nspcc grooming research', index.vocab),
    );
    expect(read.optionalTerms).toContain('research');
    expect(read.terms).toEqual(expect.arrayContaining(['groom', '@instagram', '@nspcc']));
    expect(read.terms).not.toContain('research');
  });

  it('leaves a question made only of such words as it is', () => {
    const read = readQuestion('research?', index.vocab);
    expect(withContextOptional(index, read)).toEqual(read);
  });
});
