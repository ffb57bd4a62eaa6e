// Review 28b's probes of the NSPCC article: a month and year in digits, a platform named only as where a figure was
// seen, rankings by "least" or "smallest", two measures each asked for its own period, and those that did not.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { analyseText, stem } from '../../src/core/understand/analyse.js';
import { withFullYears } from '../../src/core/understand/period.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { PACK_DIR } from '../helpers/real-pack.js';

const nspcc = buildIndex([loadPack(PACK_DIR)]);
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const ask = (q: string) => describeReply(answerQuestion(q, nspcc));

describe('a month and year in digits is that month', () => {
  it.each([
    ['offences 04/2017-03/2020', 'offences april 2017-march 2020'],
    ['from 4/2017 to 3/2020', 'from april 2017 to march 2020'],
  ])('reads %j as %j', (typed, read) => {
    expect(withFullYears(typed)).toBe(read);
  });
  it('leaves a full date and a share alone', () => {
    expect(withFullYears('on 06/02/2020')).toBe('on 06/02/2020');
    expect(withFullYears('the 1/2020% thing')).toBe('the 1/2020% thing');
  });
  it('answers the offences asked by digits with the three-year total', () => {
    expect(ask('offences 04/2017-03/2020 eng & wales')).toBe('offences-2017-2020');
  });
});

describe('a platform named only as where a figure was seen is not what is asked', () => {
  it.each([
    ['someone on twitter quoted 97%, what is it about', 'facebook-97-percent'],
    [
      "Morning! Someone on twitter quoted 97% and I couldn't work out what it was about. What's the 97 percent figure?",
      'facebook-97-percent',
    ],
  ])('%j is answered by %s', (q, fact) => {
    expect(ask(q)).toBe(fact);
  });
  it('still declines a platform the question asks about', () => {
    expect(ask('someone on tiktok said grooming is up, what share of cases were on tiktok?')).toBe(
      'decline:not_covered/platform',
    );
  });
});

describe('"least", "fewest" and "smallest" rank the compared figures, and are no topic', () => {
  it.each([
    'which app was used the least',
    'least used app?',
    'which platform was used in the fewest cases',
    'which app had the smallest share of cases',
    'which app had the lowest share',
  ])('%j compares the apps', (q) => {
    expect(ask(q)).toBe('compare:facebook-apps-51-percent+instagram-over-a-third+snapchat-20-percent');
  });
  it('reads a ranking word as optional, not a term', () => {
    const read = analyseText('which app was used the least', nspcc.vocab, true, { question: true });
    expect(read.terms).not.toContain(stem('least'));
    expect(read.ranks).toBe(true);
  });
  it('reads "at least" as a bound, not a ranking', () => {
    expect(
      analyseText('were at least 1000 cases recorded', nspcc.vocab, true, { question: true }).ranks,
    ).toBeFalsy();
    expect(ask('were at least 1000 cases recorded')).toBe('grooming-cases-april-june');
    expect(ask('was snapchat used in at least 10% of instances')).toBe('snapchat-20-percent');
  });
  it('ranks the roads release groups by "fewest" too', () => {
    expect(describeReply(answerQuestion('which road users had the fewest casualties?', roads))).toMatch(
      /^compare:/u,
    );
  });
  it('keeps a fact\'s own "second lowest" among its words', () => {
    expect(describeReply(answerQuestion('how many deaths in 2023?', roads))).toBe('deaths-2023');
  });
});

describe('two measures, each asked for a period of its own', () => {
  it.each([
    'compare cases april-june with offences 2017-2020',
    'how many cases between april and june and how many offences 2017 to 2020?',
    'cases apr-jun vs offences 2017-2020?',
  ])('%j sets the two figures side by side', (q) => {
    expect(ask(q)).toBe('compare:grooming-cases-april-june+offences-2017-2020');
  });
  it.each([
    'snapchat share april to june vs 2017 to 2020',
    'offences april to june vs offences 2017 to 2020',
    'cases april-june 2019 vs offences 2017-2020',
    'instagram share apr-jun vs offences 2017-2020',
  ])('%j, a measure in a period it is not given for, stays declined', (q) => {
    expect(ask(q)).toMatch(/^decline:/u);
  });
});

describe('those that did not do what a figure counts', () => {
  it.each([
    'how many organisations refused to sign the letter?',
    'how many organisations did not sign the letter',
    "what share of cases didn't involve facebook apps",
  ])('%j is declined', (q) => {
    expect(ask(q)).toBe('decline:not_covered/scope');
  });
  it('still answers those that did', () => {
    expect(ask('how many organisations signed the letter')).toBe('open-letter');
  });
});
