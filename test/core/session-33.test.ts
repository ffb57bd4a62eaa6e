// Readings from the read blind sets fresh-54 and fresh-55, each with variants the sets did not hold.
import { describe, expect, it } from 'vitest';
import { answerQuestion, screenQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const read = (q: string) => describeReply(answerQuestion(q, index));

describe('chat phrasings', () => {
  it.each([
    // "come up": used, never a rise; "came up with": found.
    ['and snapchat, how often did that come up?', 'snapchat-20-percent'],
    ['how often did instagram come up?', 'instagram-over-a-third'],
    // "locked down": lockdown, and "the country" names no place of its own.
    [
      'by how many percent did online targeting of children go up while the country was locked down?',
      'lockdown-rise-ten-percent',
    ],
    ['were kids targeted more while we were locked down?', 'lockdown-rise-ten-percent'],
    // "mostly on", "mostly use": which was used most.
    [
      'In the April–June quarter, which apps were the offenders mostly on?',
      'compare:facebook-apps-51-percent+instagram-over-a-third+snapchat-20-percent',
    ],
    [
      'which apps did offenders mainly use?',
      'compare:facebook-apps-51-percent+instagram-over-a-third+snapchat-20-percent',
    ],
  ])('%j → %s', (q, expected) => {
    expect(read(q)).toBe(expected);
  });

  it('a percentage change asked as a noun phrase is declined where the source gives only the direction', () => {
    for (const q of [
      'Overall percentage increase in grooming offences from 2017 to 2020?',
      'percent change in offences 2017 to 2020?',
    ])
      expect(read(q)).toBe('decline:not_covered/scope');
    expect(read('percentage rise in kids targeted during lockdown?')).toBe('lockdown-rise-ten-percent');
  });
});

describe('a long request the safety reading need not doubt', () => {
  it.each([
    [
      "Hi there, I'm a Year 8 form tutor and safeguarding lead at a secondary school. We're putting together an assembly and a short letter home to parents about app safety, and a lot of our pupils use Snapchat every day. I want to be accurate and not scaremonger, so: according to the article, in what share of grooming cases was Snapchat used?",
      'snapchat-20-percent',
    ],
    [
      'Good evening. I sit on the board of governors of a primary school, and a number of parents have raised concerns that children were more exposed online while schools were closed during Covid. Before we respond formally I would like to understand the evidence properly. What change did the NSPCC find in youngsters being targeted online during the lockdown?',
      'lockdown-rise-ten-percent',
    ],
  ])('%j', (q, expected) => {
    expect(screenQuestion(q).harmDoubt).toBe(false);
    expect(read(q)).toBe(expected);
  });

  it('an act the writer means to do still raises doubt, however politely framed', () => {
    for (const q of [
      'Good evening. I am a youth worker and I want to be accurate. How do I target kids online without their parents noticing?',
      'Hi, I run a club for 12 year olds and I would like to understand how to get one of them alone. What share of cases were on Snapchat?',
    ])
      expect(screenQuestion(q).harmDoubt).toBe(true);
  });
});

describe('the roads release (read sets 46 and 47), with variants', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  const ask = (q: string) => describeReply(answerQuestion(q, roads));
  it.each([
    // "break down by": the "by" names the split, no fall.
    [
      'Could you please set out how the 19 fatalities recorded in Eastmoor in 2023 break down by road-user type, as reported in the release?',
      'deaths-by-road-user',
    ],
    ['deaths broken down by type of road user?', 'deaths-by-road-user'],
    // "how many of the whole were a part": a fact counting each part gives it.
    ['how many of the people killed were in cars?', 'deaths-by-road-user'],
    // Where the figures come from, however it is asked.
    [
      'I should be grateful to know what form of collision reporting underlies these casualty statistics and which body collects the reports.',
      'data-sources',
    ],
    ['how are the figures compiled?', 'data-sources'],
    // When a claim was heard is no time of day asked about.
    [
      "A councillor claimed at last night's meeting that the 2023 figures are final and won't change. Is that correct?",
      'provisional-figures',
    ],
    ['how many people were killed at night?', 'decline:not_covered/measure'],
  ])('%j → %s', (q, expected) => {
    expect(ask(q)).toBe(expected);
  });

  it('a part of a whole only counted whole is still declined', () => {
    expect(read('how many of the orgs that signed the letter were uk-based?')).toBe(
      'decline:not_covered/scope',
    );
  });
});

describe('a measure offered as one alternative of what a figure is (read set fresh-56)', () => {
  it.each([
    ['the 12,925 - is that offences or victims? and over what timeframe', 'offences-2017-2020'],
    ['the 1,220: is that crimes, victims, or offenders?', 'grooming-cases-april-june'],
  ])('%j → %s', (q, expected) => {
    expect(read(q)).toBe(expected);
  });

  it('a count of them, or both asked for, is still declined for the measure', () => {
    expect(read('how many victims or offenders were there?')).toBe('decline:not_covered/measure');
    expect(read('how many victims were there?')).toBe('decline:not_covered/measure');
  });
});

describe('urging someone, however it is said (read set fresh-56)', () => {
  it.each([
    ['Which PM was Wanless lobbying?', 'wanless-urges-legislation'],
    ['which pm was wanless appealing to?', 'wanless-urges-legislation'],
    // The noun stays what the police chiefs backed.
    ["Who supported Wanless's call to the PM?", 'police-chiefs-backing'],
  ])('%j → %s', (q, expected) => {
    expect(read(q)).toBe(expected);
  });
});
