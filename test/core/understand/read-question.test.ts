// Which words of a long message a question is matched on: its focus (the part that asks), unless the focus names
// nothing any pack speaks of and only refers back to what came before it.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { readQuestion } from '../../../src/core/understand/read-question.js';
import { loadPack } from '../../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);

describe('the words a long message is matched on', () => {
  it('are the focus when it names what it asks about, not the preamble', () => {
    const { terms } = readQuestion(
      'I write a weekly column for the Gazette about village life. How many people were killed on the roads in 2023?',
      roads.vocab,
    );
    expect(terms).toContain('kill');
    expect(terms).not.toContain('column');
  });

  const REFERS_BACK =
    'I am a postgraduate student writing on injury recording. I noticed serious injuries went up in Eastmoor in ' +
    '2023. I would appreciate the exact wording so I can cite it properly.';

  it('are the whole message when the focus only refers back ("the exact wording so I can cite it")', () => {
    const { terms } = readQuestion(REFERS_BACK, roads.vocab, { wholeIfVacuous: true });
    expect(terms).toEqual(expect.arrayContaining(['serious', 'injur']));
  });

  it('stay the focus when the caller does not allow the whole (a message the safety reading doubts)', () => {
    expect(readQuestion(REFERS_BACK, roads.vocab).terms).not.toContain('serious');
  });

  it('stay the focus when it asks something else ("recommend a book")', () => {
    const { terms } = readQuestion(
      'I noticed serious injuries went up in Eastmoor in 2023. Could you recommend a good book for the holiday?',
      roads.vocab,
      { wholeIfVacuous: true },
    );
    expect(terms).not.toContain('serious');
  });
});
