// Session 41: a figure named as the source states it and asked about is answered by its fact, whatever framing words
// no pack uses ("in the road-user section"); "the year before" of a best match with no year before its own is
// answered by the fact that gives one; a year asked about because it "comes up"; "the number, not the %"; what
// someone quoted "thinks" is what they said.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { readAnswerType } from '../../src/core/understand/answer-type.js';
import { answeredWith } from '../helpers/answered-with.js';
import { bothPacksIndex, realIndex, roadsIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const roads = roadsIndex();
const both = bothPacksIndex();
type Index = ReturnType<typeof realIndex>;
const factsOf = (q: string, index: Index = nspcc) =>
  answeredWith(answerQuestion(q, index)).map((k) => k.split('/').pop());
const statusOf = (q: string, index: Index = nspcc) => answerQuestion(q, index).status;
const reasonOf = (q: string, index: Index = nspcc) => {
  const reply = answerQuestion(q, index);
  return reply.status === 'abstained' ? reply.reason : undefined;
};

describe('a figure named and asked about', () => {
  it('is answered by the one fact stating it, past framing words no pack uses', () => {
    for (const index of [roads, both]) {
      expect(factsOf("what's the 702 figure in the road-user section", index)).toEqual([
        'car-occupant-casualties',
      ]);
      expect(factsOf("what's 731 in the road type section?", index)).toEqual(['urban-casualties']);
      expect(factsOf("what's the 1,214 figure everyone keeps quoting?", index)).toEqual([
        'casualties-total-2023',
      ]);
      expect(factsOf('where does 902 come from?', index)).toEqual(['slight-injuries-2023']);
      expect(factsOf('what is the 483 in the road type section', index)).toEqual(['rural-casualties']);
    }
  });
  it('is no year the question asks a figure for ("whats the 2024 casualty count")', () => {
    expect(reasonOf('whats the 2024 casualty count so far?', roads)).toMatchObject({
      code: 'not_covered',
      kind: 'year',
    });
  });
  it('is named as the source states it: "my 11 year old" names no 11 percent', () => {
    expect(statusOf('Which app is the safest for my 11 year old? 🙏', both)).not.toBe('answered');
  });
});

describe('"the year before"', () => {
  it('of a best match that gives none is answered by the fact that gives the year before its own', () => {
    for (const q of [
      'How do 2023 road deaths compare with the year before?',
      'Did road deaths go up or down compared with the year before?',
      'deaths the year before?',
    ])
      expect(factsOf(q, roads), q).toEqual(['deaths-2023']);
    expect(factsOf('serious injuries this year compared to the year before?', roads)).toEqual([
      'serious-injuries-2023',
    ]);
  });
  it('stays a decline where no fact of that thing gives a year before', () => {
    expect(statusOf('How did the 1,220 compare with the year before?')).toBe('abstained');
  });
});

describe('a year asked about', () => {
  it('because it "comes up" is answered by the one fact whose quote names it', () => {
    expect(factsOf('why does 1979 come up in the report?', roads)).toEqual(['deaths-second-lowest']);
    expect(factsOf('Why does the year 1979 come up in the road deaths release?', roads)).toEqual([
      'deaths-second-lowest',
    ]);
  });
});

describe('a raw number asked for in so many words', () => {
  it('reads "the number not the %" and "rather than a percentage" as a count', () => {
    expect(readAnswerType('how many cases was snapchat used in? the number not the %')).toBe('count');
    expect(readAnswerType('how many of them, as a number rather than a percentage?')).toBe('count');
    expect(readAnswerType('what percentage of cases involved snapchat?')).toBe('share');
  });
  it('declines a share asked as a count, offering the share', () => {
    expect(reasonOf('how many cases was snapchat used in? the number not the %')).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
    });
  });
});

describe('what someone quoted thinks', () => {
  it('is what they said', () => {
    expect(factsOf('What did Wanless think the PM should do about tech firms?')).toEqual([
      'wanless-turn-the-tide',
    ]);
    expect(factsOf('what does the nspcc boss think the PM has the chance to do?')).toEqual([
      'wanless-turn-the-tide',
    ]);
    expect(factsOf('What did Zuckerberg think encryption would protect people from?')).toEqual([
      'zuckerberg-encryption-march-2019',
    ]);
  });
  it("is declined for someone no fact quotes on it, and for the bot's own view", () => {
    expect(
      reasonOf("What does the National Police Chiefs' Council think about Facebook's encryption?"),
    ).toMatchObject({ code: 'not_covered', kind: 'scope' });
    expect(reasonOf('what do you think about encryption?')).toMatchObject({ code: 'opinion' });
  });
});

describe('two figures set against each other', () => {
  it('with one named by its figure answers both ("compare the 51% with Snapchat\'s share")', () => {
    for (const q of [
      "compare the 51% with snapchat's share",
      "the 51% vs snapchat's share?",
      "diff between the 51% and snapchat's share?",
      "what's the gap between the 51% and snapchat's share?",
    ])
      expect(factsOf(q), q).toEqual(['facebook-apps-51-percent', 'snapchat-20-percent']);
  });
  it('is read from "the difference between A and B"', () => {
    expect(factsOf('difference between urban and rural casualties?', roads)).toEqual([
      'urban-casualties',
      'rural-casualties',
    ]);
  });
});

describe('"the year before" of a share', () => {
  it("is no count's year before: the share asked has none", () => {
    expect(
      statusOf('What share of casualties were slightly injured compared with the year before?', roads),
    ).not.toBe('answered');
  });
});

describe('everyday chat abbreviations', () => {
  it('are read as the words they stand for, not corrected into pack words', () => {
    expect(factsOf('fb resp 2 the grooming stuff??')).toEqual(['facebook-97-percent']);
    expect(factsOf('how many orgs signed the letter')).toEqual(['open-letter']);
    expect(factsOf('est no of grooming cases apr-jun?')).toEqual(['grooming-cases-april-june']);
  });
});

describe('a number named without a percent sign', () => {
  it("is the count a fact states, not another fact's percentage of the same number", () => {
    expect(factsOf('which year had only 17 road deaths?', roads)).toEqual(['deaths-second-lowest']);
    // Named as a percentage, it is still the fall of 17 per cent.
    expect(factsOf('did road deaths fall by 17%?', roads)).toEqual(['deaths-2023']);
  });
});

describe('a motive imputed to those who publish the figures', () => {
  it('is an opinion to decline', () => {
    for (const q of [
      "isn't the change to injury reporting just a way to fiddle the numbers?",
      'is the council fiddling the figures?',
    ])
      expect(reasonOf(q, roads), q).toMatchObject({ code: 'opinion' });
    expect(factsOf('did the police change how they record serious injuries?', roads)).toEqual([
      'serious-injuries-reporting-change',
    ]);
  });
});

describe('narrowed after review', () => {
  it('"what\'s the N" asks what N is only when nothing more is asked of it', () => {
    for (const q of [
      "what's the 1220 for scotland",
      "what's the 731 as a percentage of the total?",
      "what's the 148 for kids?",
      'whats the 21 year olds death rate',
    ])
      expect(statusOf(q, both), q).not.toBe('answered');
  });
  it('a year "comes up" only as the subject of those words', () => {
    for (const q of ['which roads featured in 2020?', 'did cyclists come up as a big issue in 2020?'])
      expect(statusOf(q, roads), q).not.toBe('answered');
  });
  it('the year before stands in only a related fact counting the same thing', () => {
    for (const q of [
      'how does the 2023 traffic compare with the year before?',
      'road deaths compared with the five-year average and the year before?',
    ])
      expect(statusOf(q, roads), q).not.toBe('answered');
  });
  it('"a gap between when…" is no comparison of two things', () => {
    expect(statusOf("is there a gap between when offences happen and when they're recorded?")).not.toBe(
      'answered',
    );
  });
});

describe('irregular verbs and arguing a view', () => {
  it('reads "held" as the source\'s "hold"', () => {
    expect(factsOf('Who does Wanless want held financially and criminally responsible?')).toEqual([
      'online-harms-bill',
    ]);
  });
  it('reads what someone quoted "argued" as what they said', () => {
    expect(factsOf('What did Wanless argue the Prime Minister should do about the tech firms?')).toEqual([
      'wanless-turn-the-tide',
    ]);
  });
});

describe('a claim that something moved, in a word no pack uses', () => {
  it('is checked against the fact saying which way it moved at the time named, not a count beside it', () => {
    expect(factsOf('my friend says online grooming doubled in lockdown is that true')).toEqual([
      'lockdown-rise-ten-percent',
    ]);
    expect(factsOf('grooming doubled before lockdown right?')).toEqual(['offences-rose-each-year']);
  });
});
