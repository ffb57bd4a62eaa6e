// A newcomer review of the NSPCC pack (review 26f): the population of a named place is no figure a pack gives. (Its
// readings of events — "did lockdown increase grooming?", "pandemic" sharing lockdown's dates, "only during X, or
// before too?" — were left out: the read sets lost five right answers to long requests whose preamble names the
// pandemic.)
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack, loadPacks } from '../../src/pack/load-pack.js';

const nspcc = buildIndex(loadPacks('knowledge'));
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const ask = (q: string) => describeReply(answerQuestion(q, nspcc));

describe('the population of a place a pack names', () => {
  it.each([
    // Fixed: this gave the 12,925 offences.
    ["what's the population of england and wales", 'decline:not_covered/measure'],
    ["what's the population of wales?", 'decline:not_covered/measure'],
    // Look-alike: "what population" asks what a figure covers.
    ['what population does the 12,925 apply to?', 'offences-2017-2020'],
  ])('%j → %s', (q, expected) => {
    expect(ask(q)).toBe(expected);
  });
  it('keeps the roads pack answering its deaths', () => {
    expect(describeReply(answerQuestion('how many people died on the roads in 2023?', roads))).toBe(
      'deaths-2023',
    );
  });
});
