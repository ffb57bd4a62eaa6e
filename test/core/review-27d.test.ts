// A newcomer review of the NSPCC pack (review 27d): a threshold that another fact's figure happens to equal, or
// given as a fraction ("more than a fifth"); a question whether a figure moved the way the source does not say; the
// idioms "account for" and "appear in"; "the piece" or "the story" as the source, not someone quoted.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack, loadPacks } from '../../src/pack/load-pack.js';

const nspcc = buildIndex(loadPacks('knowledge'));
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const ask = (q: string) => describeReply(answerQuestion(q, nspcc));

describe('a value a figure is set against', () => {
  it.each([
    // Fixed: the 20 and 10 were read as Snapchat's and the lockdown rise's figures.
    ['did targeting of kids online increase by more than 20%?', 'lockdown-rise-ten-percent'],
    ['did the lockdown rise exceed 20 percent?', 'lockdown-rise-ten-percent'],
    ['was snapchat used in more than 10% of instances?', 'snapchat-20-percent'],
    // Fixed: a fraction as the value.
    ['did instagram appear in more cases than a fifth?', 'instagram-over-a-third'],
    ['was the rise in lockdown more than a tenth?', 'lockdown-rise-ten-percent'],
    ['did facebook apps account for more than a quarter of cases?', 'facebook-apps-51-percent'],
    // Look-alikes: a figure stated as a bound is named as written; the fact stating the value still answers.
    ["There's a 'more than 100' in the piece - what's it counting?", 'open-letter'],
    ['did more than 100 organisations sign the letter?', 'open-letter'],
    ['was the lockdown increase more than 10%?', 'lockdown-rise-ten-percent'],
    // Still declined: a platform or a measure the source lacks.
    ['did tiktok account for more than 20% of cases?', 'decline:not_covered/platform'],
    ['were more than a third of victims girls?', 'decline:not_covered/measure'],
  ])('%j → %s', (q, expected) => {
    expect(ask(q)).toBe(expected);
  });
});

describe('a figure asked to have moved the way the source does not say', () => {
  it.each([
    // Fixed: declined, as no fact says "fall" or "decrease".
    ['was grooming decreasing before covid?', 'offences-rose-each-year'],
    ['did online grooming fall in lockdown?', 'lockdown-rise-ten-percent'],
    ['did grooming go down during lockdown?', 'lockdown-rise-ten-percent'],
    ['did child grooming drop during covid?', 'lockdown-rise-ten-percent'],
    // Still declined: a place, a year or a measure the source lacks.
    ['did grooming fall in Scotland?', 'decline:not_covered/place'],
    ['did grooming go down in 2021?', 'decline:not_covered/year'],
    ['did arrests fall during lockdown?', 'decline:not_covered/measure'],
  ])('%j → %s', (q, expected) => {
    expect(ask(q)).toBe(expected);
  });
});

describe('words for the source itself', () => {
  it.each([
    // Fixed: read as what someone called "the Piece" said.
    ['what does the piece say about Mark Zuckerberg', 'zuckerberg-encryption-march-2019'],
    ['what does the story say about snapchat', 'snapchat-20-percent'],
    // Still declined.
    ['what did the piece say about roblox', 'decline:not_covered/platform'],
    ['what did Apple say about encryption?', 'decline:not_covered/scope'],
  ])('%j → %s', (q, expected) => {
    expect(ask(q)).toBe(expected);
  });
});

describe('the roads pack, whose text says "accounted for"', () => {
  it('keeps its shares (the idioms are read in questions only)', () => {
    expect(describeReply(answerQuestion('slight injuries as % of total?', roads))).toBe(
      'slight-injuries-share',
    );
  });
});
