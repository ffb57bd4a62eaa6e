// Session 38: a figure the message states before asking for another; "on its own"; asking the bot's own verdict on a
// quote; "the number not the %"; a run of financial years ending with one named.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { asksOpinion } from '../../src/core/understand/intent.js';
import { readAskedPeriod } from '../../src/core/understand/period.js';
import { answeredWith } from '../helpers/answered-with.js';
import { realIndex, roadsIndex } from '../helpers/real-pack.js';

const index = realIndex();
const roads = roadsIndex();
const factOf = (q: string) => answeredWith(answerQuestion(q, index)).map((k) => k.split('/').pop());

describe('a figure the message states, then a question for another', () => {
  it.each([
    [
      'I know 1,220 cases were recorded in the lockdown months. How many offences were recorded over the three years before?',
      'offences-2017-2020',
    ],
  ])('%s → %s', (q, fact) => {
    expect(factOf(q)).toEqual([fact]);
  });
  it('sets the figure told beside the one asked for when the question sets them against each other', () => {
    // (Session 43: the told figure's fact comes first, then the one asked for.)
    expect(
      factOf("The lockdown months had 1,220 cases; what's the three-year total to compare that with?"),
    ).toEqual(['grooming-cases-april-june', 'offences-2017-2020']);
  });

  it.each([
    // A question about the figure told, not for another.
    ['12,925 offences - is that England and Wales only?', 'offences-2017-2020'],
    ['1,220 cases were recorded. What period is that for?', 'grooming-cases-april-june'],
  ])('keeps to the figure told when the question is about it: %s', (q, fact) => {
    expect(factOf(q)).toEqual([fact]);
  });

  it('never reads a question fragment before a dash as something told', () => {
    // (The first version answered this with the 12,925: "England and Wales, or the whole UK?" read alone.)
    const reply = answerQuestion(
      'Where were the 1,220 cases recorded - England and Wales, or the whole UK?',
      index,
    );
    expect(answeredWith(reply)).not.toContain('nspcc-online-grooming/offences-2017-2020');
  });

  // A newcomer's review found each of these given another figure than the part of the told one they ask for (the
  // pedestrian casualties for the pedestrians among the dead; Snapchat's share of April-June cases as a share of the
  // three-year offences).
  it.each([
    ['19 people were killed. Of those, how many were cyclists?', 'eastmoor-roads-2023/deaths-by-road-user'],
    [
      '19 people died on Eastmoor roads in 2023. How many of them were pedestrians?',
      'eastmoor-roads-2023/deaths-by-road-user',
    ],
    ['There were 19 deaths. How many pedestrians?', 'eastmoor-roads-2023/deaths-by-road-user'],
  ])('never narrows a told figure to another fact: %s', (q, fact) => {
    expect(answeredWith(answerQuestion(q, roads))).toEqual([fact]);
  });

  it.each([
    'Of the 19 killed, 14 were on rural roads. What about urban roads?',
    'Urban roads had 731 casualties. How many of those were on A-roads?',
    'Rural roads saw 483 casualties; how many of those were cyclists?',
  ])('declines a part of a told figure the source does not give: %s', (q) => {
    expect(answerQuestion(q, roads).status).not.toBe('answered');
  });

  it.each([
    'Police recorded 12,925 offences from April 2017 to March 2020. What share of them used Facebook-owned apps?',
    '12,925 offences were recorded from 2017 to 2020. What share involved Snapchat?',
  ])('never gives a share of other cases as a share of the told figure: %s', (q) => {
    expect(answerQuestion(q, index).status).not.toBe('answered');
  });
});

describe('"on its own" is "alone", not the "own" of "Facebook-owned"', () => {
  it.each([
    ['instagram on its own?'],
    ['how big a share of the cases was instagram on its own?'],
    ['ig on its own wat % of cases'],
  ])('%s → Instagram', (q) => {
    expect(factOf(q)).toEqual(['instagram-over-a-third']);
  });

  it('declines a share for one app of the group the source only gives together', () => {
    expect(
      answerQuestion('What percentage involved the main Facebook app on its own?', index).status,
    ).not.toBe('answered');
  });
});

describe("asking the bot's own verdict on a quote", () => {
  it.each([
    "Facebook says it 'stamps out grooming on its platforms'. Do you believe that, given their apps turned up in 51% of cases?",
    'Facebook\'s spokesman said "Over 97 percent of child exploitation content we remove is found and taken down before it\'s reported to us." Would you regard that as a meaningful measure of how well Facebook tackles grooming?',
    'Zuckerberg wrote that people don\'t want "over-reaching governments" seeing their messages. Isn\'t that a bit hypocritical coming from the boss of Facebook?',
    'Would the Online Harms Bill have prevented the 1,220 cases recorded between April and June?',
  ])('is an opinion: %s', (q) => {
    expect(asksOpinion(q.toLowerCase())).toBe(true);
    expect(answerQuestion(q, index).status).not.toBe('answered');
  });

  it.each([
    'My friend says Snapchat was used in 35% of cases. Is that right?',
    'My mate reckons grooming offences were falling before lockdown. Is he right?',
    'what does wanless believe the government should do?',
    // (A newcomer's review: what the source says, or what a figure covers, is no verdict asked of the bot.)
    'Does the article say whether safeguards would have stopped abuse being hidden?',
    'Would you consider the 20 percent as a share of all cases?',
    "Isn't it ironic? What did Facebook say it removes?",
  ])('is no opinion: %s', (q) => {
    expect(asksOpinion(q.toLowerCase())).toBe(false);
  });
});

describe('a run of financial years ending with one named', () => {
  it.each([
    ['the three financial years up to 2019/20', 2017, 2020],
    ['in the 3 years to 2018/19', 2016, 2019],
    ['two fiscal years ending 2019/20', 2018, 2020],
  ])('%s', (text, fromYear, toYear) => {
    expect(readAskedPeriod(text)).toMatchObject({ fromMonth: 4, fromYear, toMonth: 3, toYear });
  });

  it('answers the three-year total for the three financial years to 2019/20', () => {
    expect(
      factOf('Over the three financial years up to 2019/20, where were these offences recorded?'),
    ).toEqual(['offences-2017-2020']);
  });
});

describe("someone's spokesperson, named by what they are", () => {
  it("reads the company's spokesperson as whoever's spokesman the source quotes", () => {
    expect(factOf("What did the company's spokesperson actually say?")).toEqual(['facebook-97-percent']);
  });

  it('still declines a spokesperson of someone the source never quotes', () => {
    expect(answerQuestion("What did Apple's spokesperson say?", index).status).toBe('abstained');
  });
});

describe('words that say how two shares are set side by side', () => {
  it.each([
    [
      'Roughly how many percentage points separate Instagram and Snapchat?',
      ['instagram-over-a-third', 'snapchat-20-percent'],
    ],
    [
      'facebook family of apps vs snapchat - how big is each share',
      ['facebook-apps-51-percent', 'snapchat-20-percent'],
    ],
    [
      "snapchat share next to the facebook family share — what's snap's?",
      ['snapchat-20-percent', 'facebook-apps-51-percent'],
    ],
  ])('%s', (q, facts) => {
    expect(factOf(q)).toEqual(facts);
  });
});

describe("the year of a pack's own release", () => {
  it('does not turn away a comment on the release for naming its year', () => {
    expect(
      answeredWith(answerQuestion('Which road safety charity commented on the 2023 figures?', roads)),
    ).toEqual(['eastmoor-roads-2023/okafor-comment']);
  });

  it('still turns away a comment asked for a year the release is not about', () => {
    expect(answerQuestion('Which road safety charity commented on the 2019 figures?', roads).status).toBe(
      'abstained',
    );
  });
});
