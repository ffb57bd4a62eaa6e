// Session 44: a judgement asked of the figures themselves, a figure set against something no pack counts, what a
// detection rate misses, the exact figure behind a rounded one, and where or when a source's figures are from.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { asksOpinion } from '../../src/core/understand/intent.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { answeredWith } from '../helpers/answered-with.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const factsOf = (q: string, index = nspcc) =>
  answeredWith(answerQuestion(q, index)).map((k) => k.split('/').pop());
const reasonOf = (q: string) => {
  const reply = answerQuestion(q, nspcc);
  return reply.status === 'abstained' ? reply.reason : reply.status;
};

describe('worse or better, asked of the figures', () => {
  it('is a comparison when the question says it goes by the figures', () => {
    expect(factsOf('is snapchat worse than instagram according to the figures?')).toEqual([
      'snapchat-20-percent',
      'instagram-over-a-third',
    ]);
    expect(asksOpinion('was it worse during lockdown than normal? by how much')).toBe(false);
    expect(asksOpinion('is whatsapp better or worse than snapchat in these numbers')).toBe(false);
  });
  it('stays an opinion without that, or when it looks ahead', () => {
    expect(reasonOf('is facebook worse than snapchat?')).toMatchObject({ code: 'opinion' });
    expect(asksOpinion('was it worse during lockdown than normal?')).toBe(true);
    expect(reasonOf('will it get worse going by the numbers?')).toMatchObject({ code: 'opinion' });
  });
});

describe('a stated figure set against something no pack counts', () => {
  it('declines for what is missing rather than answering the figure alone', () => {
    expect(
      reasonOf("How does Facebook's 97% detection rate compare with Snapchat's or Google's?"),
    ).toMatchObject({
      code: 'not_covered',
      kind: 'platform',
      value: 'Google',
    });
  });
  it('still sets two stated figures side by side', () => {
    expect(factsOf('how does the 97% compare with the 51%?')).toEqual([
      'facebook-97-percent',
      'facebook-apps-51-percent',
    ]);
  });
});

describe('what a figure misses, and how the research was done', () => {
  it('a share of what Facebook misses is no share of what it finds', () => {
    expect(reasonOf('what percentage of exploitation content does facebook miss?')).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
      value: 'those that did not',
    });
    expect(factsOf("what share of content does facebook find before it's reported?")).toEqual([
      'facebook-97-percent',
    ]);
  });
  it('sample sizes and margins of error are not in the article', () => {
    expect(reasonOf('what sample size did the NSPCC use?')).toMatchObject({
      code: 'not_covered',
      kind: 'measure',
    });
    expect(reasonOf('whats the margin of error on the 10% rise')).toMatchObject({ code: 'not_covered' });
  });
});

describe('the exact figure behind a rounded one', () => {
  it('answers with the related fact that states it exactly, within the rounding', () => {
    expect(
      factsOf("what's the precise number behind 'over half' of grooming crimes on Facebook's apps?"),
    ).toEqual(['facebook-apps-51-percent']);
  });
  it('declines when no related fact states it exactly', () => {
    expect(reasonOf('exactly how many organisations signed the letter?')).toMatchObject({
      code: 'not_covered',
      value: 'an exact figure',
    });
    expect(reasonOf("what's the exact share of cases instagram was used in?")).toMatchObject({
      code: 'not_covered',
      value: 'an exact figure',
    });
  });
});

describe('where or when the source’s figures are from, asked of it as a whole', () => {
  it('lists each place the figures are stated for, with the fact stating it', () => {
    for (const q of ['which country do the figures cover?', 'which countries are the stats for?'])
      expect(factsOf(q), q).toContain('offences-2017-2020');
    const reply = answerQuestion('which country do the figures cover?', nspcc);
    expect(reply.status === 'answered' && reply.kind === 'comparison' && reply.notes.join(' ')).toMatch(
      /none for Scotland, Northern Ireland/u,
    );
  });
  it('lists the periods, the pack’s own inference left out', () => {
    const facts = factsOf('what time period does the data cover?');
    expect(facts).toEqual(expect.arrayContaining(['grooming-cases-april-june', 'offences-2017-2020']));
    expect(facts).not.toContain('offences-rose-each-year');
  });
  it('leaves a question about one thing, or a fact on the release itself, to the match', () => {
    expect(factsOf('when did zuckerberg announce encryption?')).toEqual(['zuckerberg-encryption-march-2019']);
    expect(factsOf('which area do these figures cover?', roads)).toEqual(['release-details']);
  });
});

describe('a verdict asked on what someone argued, however it is put', () => {
  it.each([
    "Is Wanless's claim that firms created the mess fair?",
    'is the NSPCC correct that encryption gives offenders a place to hide?',
    "do you really believe Facebook's claim about the 97%?",
    "Does Zuckerberg's reasoning hold water?",
    "isn't 'a perfect storm' a bit overblown tbh?",
    "Is it realistic to call tech firms 'criminally responsible' like Wanless does?",
  ])('is an opinion: %j', (q) => {
    expect(reasonOf(q)).toMatchObject({ code: 'opinion' });
  });
  it('the figures themselves are not judged by someone: "do the figures hold water?" is no opinion', () => {
    expect(asksOpinion('do the figures hold water?')).toBe(false);
    expect(asksOpinion('does the 12,925 hold water against the 1,220?')).toBe(false);
  });
});

describe('what a figure cannot give, asked in other words', () => {
  it('a share of grooming is no share of the content Facebook removes', () => {
    expect(reasonOf('what percent of grooming does facebook catch before anyone reports it?')).toMatchObject({
      code: 'not_covered',
      value: 'a share of grooming',
    });
    // (A share of cases asked of a platform's share of instances is still that share.)
    expect(factsOf('what percentage of grooming cases involved snapchat?')).toEqual(['snapchat-20-percent']);
  });
  it('a change asked as a count, of a fact that gives one level', () => {
    expect(reasonOf('by how many cases did grooming go up during lockdown, as a number?')).toMatchObject({
      code: 'not_covered',
    });
    expect(reasonOf('how many more grooming cases were there during lockdown than before?')).toMatchObject({
      code: 'not_covered',
      value: 'the size of that change',
    });
    expect(factsOf('how many grooming cases were recorded in lockdown?')).toEqual([
      'grooming-cases-april-june',
    ]);
  });
  it('a whole place named whole, asked split between its parts', () => {
    expect(reasonOf('how are the 12,925 offences split between england and wales?')).toMatchObject({
      code: 'not_covered',
      value: 'England and Wales separately',
    });
  });
  it('how many cases a named share is, asked as a count in its own sentence', () => {
    expect(reasonOf('by how many cases did grooming rise?')).toMatchObject({ value: 'a count' });
    expect(factsOf('is the 51 percent the number of offences?')).toEqual(['facebook-apps-51-percent']);
  });
  it('what a rise is compared against', () => {
    expect(reasonOf('the ten percent rise is compared against which period?')).toMatchObject({
      code: 'not_covered',
      value: 'what the change is measured against',
    });
  });
});

describe('what makes up a figure, figures put side by side, and where a named figure applies', () => {
  it('"which N things make up the figure" asks what it is of, no rise', () => {
    expect(factsOf('which three apps make up the 51% figure?')).toEqual(['facebook-apps-51-percent']);
  });
  it('"put A next to B" sets them side by side', () => {
    expect(factsOf("put the lockdown quarter's 1,220 next to the three-year total please")).toEqual([
      'grooming-cases-april-june',
      'offences-2017-2020',
    ]);
  });
  it('a place asked of a named figure the source gives no place for', () => {
    expect(reasonOf('is the 97% figure UK only or worldwide?')).toMatchObject({ code: 'not_covered' });
    expect(reasonOf("Is Facebook's 97% a UK figure or global?")).toMatchObject({
      value: "UK as this figure's place",
    });
    // (Where the asker is says nothing of the figure.)
    expect(factsOf("I'm a student in the UK: when did Zuckerberg announce encryption?")).toEqual([
      'zuckerberg-encryption-march-2019',
    ]);
  });
  it('a calendar year asked of a figure for three months of it', () => {
    expect(reasonOf('how many grooming cases were recorded in calendar year 2020?')).toMatchObject({
      value: 'the whole of 2020',
    });
  });
});
