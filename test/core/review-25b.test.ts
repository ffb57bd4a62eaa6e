// A newcomer review's probes (review-25b, read from the sources alone): one rule per general cause found, each with
// the look-alikes it must leave alone.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex, type FactIndex } from '../../src/core/retrieve/build-index.js';
import { asksOpinion } from '../../src/core/understand/intent.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { pipelinePick as pickFor } from '../helpers/answered-with.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const libraries = buildIndex([loadPack('test/fixtures/packs/riverton-libraries-2023')]);
const replyTo = (question: string, within: FactIndex) => describeReply(answerQuestion(question, within));

describe('a change between two years named as a span', () => {
  it.each([
    ['by how much did road deaths fall between 2022 and 2023?', 'deaths-2023'],
    ['how much did casualties rise from 2022 to 2023', 'casualties-total-2023'],
    ['change in serious injuries between 2022 and 2023', 'serious-injuries-2023'],
  ])('%j is answered by the fact giving a figure for each year', (q, fact) => {
    expect(pickFor(q, roads)).toBe(fact);
  });
  it('still declines a change from a year no fact gives', () => {
    expect(replyTo('how much did road deaths fall between 2021 and 2023?', roads)).toMatch(/^decline/u);
  });
  it('still reads a span with no change asked as one period', () => {
    expect(replyTo('how many offences between 2017 and 2020', index)).toBe('offences-2017-2020');
  });
});

describe('the whole before a part of its breakdown the question never names', () => {
  it.each([
    'how many casualties in 2023',
    'did casualties rise',
    'did casualties go up or down compared with 2022',
    'what was the % rise in casualties',
  ])('%j is the total, not one road user or one severity', (q) => {
    expect(replyTo(q, roads)).toBe('casualties-total-2023');
  });
  it.each([
    ['how many slight injuries were there', 'slight-injuries-2023'],
    ['how many motorcyclists were injured', 'motorcyclist-casualties'],
    ['how many people were killed in 2023', 'deaths-2023'],
    ['did cyclist casualties rise', 'cyclist-casualties'],
  ])('a part the question names stays: %j', (q, fact) => {
    expect(replyTo(q, roads)).toBe(fact);
  });
});

describe("a judgement of someone's worth or character", () => {
  it.each([
    'is Helen Marsh a good councillor',
    'is the Roadwise Trust any good',
    'is zuckerberg a bad person',
    'is Wanless a good chief executive',
    'is meta trustworthy',
  ])('%j asks an opinion', (q) => {
    expect(asksOpinion(q.toLowerCase())).toBe(true);
  });
  it('is declined as an opinion, not answered with what the person said', () => {
    expect(replyTo('is Helen Marsh a good councillor', roads)).toBe('decline:opinion');
    expect(replyTo('is zuckerberg a bad person', index)).toBe('decline:opinion');
  });
  it.each([
    'is helen marsh a councillor',
    'are the figures reliable',
    'is the rise in serious injuries real',
  ])('%j asks no opinion', (q) => {
    expect(asksOpinion(q)).toBe(false);
  });
});

describe('the nation as a whole, for a pack about one county', () => {
  it.each([
    'how does Eastmoor compare with the national average for road deaths',
    "what's the national KSI figure",
    'road deaths across the country',
    'how many people died on roads nationwide',
  ])('%j is declined as another place', (q) => {
    expect(replyTo(q, roads)).toBe('decline:not_covered/place');
  });
  it('answers what the release itself says is national', () => {
    expect(replyTo('are the casualty costs based on national averages', roads)).toBe('casualty-cost-basis');
  });
  it('is no other place for a pack that covers a nation', () => {
    expect(roads.vocab.phrases.get('nationally')?.type).toBe('uncovered');
    expect(index.vocab.phrases.get('nationally')).toBeUndefined();
  });
});

describe('a year the source gives, asked about as a figure', () => {
  it.each([
    ['what does the figure 1979 refer to', roads, 'deaths-second-lowest'],
    ['why is 2020 mentioned', roads, 'deaths-second-lowest'],
    ['what happened in 1979', roads, 'deaths-second-lowest'],
    ['what does 2017 refer to', index, 'offences-2017-2020'],
  ] as const)('%j is answered by the one fact quoting it', (q, within, fact) => {
    expect(replyTo(q, within)).toBe(fact);
  });
  it('is no one fact when many quotes name it', () => {
    expect(replyTo('what does 2023 refer to', roads)).toMatch(/^decline/u);
  });
  it('still declines a figure asked for that year', () => {
    expect(replyTo('how many casualties in 2020', roads)).toMatch(/^decline/u);
  });
});

describe('how many of a group there are at all', () => {
  it.each([
    'how many cyclists are there in Eastmoor',
    'how many children live in Eastmoor',
    'how many councillors are there',
  ])('%j is declined: the figures count casualties, not the group', (q) => {
    expect(replyTo(q, roads)).toBe('decline:not_covered/measure');
  });
  it.each([
    ['how many cyclist casualties are there in Eastmoor', roads, 'cyclist-casualties'],
    ['how many child casualties are there', roads, 'child-casualties'],
    ['How many library members are there?', libraries, 'active-members-2023'],
  ] as const)('a count the source gives stays: %j', (q, within, fact) => {
    expect(replyTo(q, within)).toBe(fact);
  });
});
