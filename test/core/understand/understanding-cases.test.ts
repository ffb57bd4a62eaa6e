// The kinds of question the blind sets showed statbot misreading, one describe per kind, each with what must still be answered.
import { describe, expect, it } from 'vitest';
import { answerQuestion, answerUncalibrated, screenQuestion } from '../../../src/core/answer-question.js';
import { buildIndex, type FactIndex } from '../../../src/core/retrieve/build-index.js';
import { readAnswerType } from '../../../src/core/understand/answer-type.js';
import { withCanonicalPeriod } from '../../../src/core/understand/canonical-period.js';
import { questionFocus, withoutAskerClauses } from '../../../src/core/understand/focus.js';
import { heardOn } from '../../../src/core/understand/heard-on.js';
import { plainIdioms } from '../../../src/core/understand/lexicon.js';
import { readAskedPeriod, readAskedPeriods, withFullYears } from '../../../src/core/understand/period.js';
import { isArithmetic, readKind, readsAsClaim } from '../../../src/core/understand/read-kind.js';
import { readQuestion } from '../../../src/core/understand/read-question.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { loadPack, loadPacks } from '../../../src/pack/load-pack.js';
import { renderPlainText } from '../../../src/render/plain-text.js';
import { foldText } from '../../../src/text/normalise.js';
import { pipelinePick as pickFor } from '../../helpers/answered-with.js';
import { realIndex } from '../../helpers/real-pack.js';
import { verdictLine } from '../../helpers/verdict-line.js';

const type = (q: string) => readAnswerType(foldText(q).replace(/\s+/gu, ' ').trim());

const index = realIndex();
/** How the core replies to a question, as the eval describes it (`fact-id`, `decline:…`, `compare:a+b`). */
const replyTo = (q: string, within: FactIndex) => describeReply(answerQuestion(q, within));
/** The decline reason of a question's reply, or its status when it was not declined. */
const reason = (q: string) => {
  const r = answerQuestion(q, index);
  return r.status === 'abstained' ? r.reason : r.status;
};

describe('the kind of answer a question wants', () => {
  it.each([
    ["What's the name of the Facebook spokesperson who responded?", 'person'],
    ['Who wrote this article?', 'person'],
    ['Which national policing body backed the call?', 'organisation'],
    ['which paper quoted him', 'organisation'],
    ['In what month of 2019 did Zuckerberg set out his plans?', 'date'],
    ['Which part of the UK does the figure cover?', 'place'],
    ['who is the nspcc chief executive', 'agent'],
    ['How many of the organisations were from outside the UK?', 'share'],
    ['what percentage of cases involved Snapchat', 'share'],
    [
      'How many pedestrian casualties were there in 2023, and what share of the total is that?',
      'count-or-share',
    ],
    ['what proportion of offences were on Facebook apps, and how many offences is that?', 'count-or-share'],
    ['How many suspected paedophiles were identified?', 'count'],
    ['number of snapchat cases?', 'count'],
    ["What's 51 percent in actual numbers of cases?", 'count'],
    ['what is that as a raw number', 'count'],
    ["What's the count of slightly injured casualties for 2023?", 'count'],
    ["What's the total value of preventing the casualties?", 'any'],
    ['Give me the number of consecutive years that offences rose.', 'any'],
    ['whats the number of snapchat cases', 'count'],
    ['can you give me the number of offences', 'count'],
    ["What is Mark Zuckerberg's net worth?", 'money'],
    ['How much did grooming rise?', 'change'],
    ['Over how many years did offences rise?', 'any'],
    ['how many percent used facebook apps', 'any'],
  ])('%s → %s', (q, expected) => {
    expect(type(q)).toBe(expected);
  });
});

describe('a fact that cannot give that kind of answer does not answer', () => {
  const declined = (q: string) => answerQuestion(q, index).status === 'abstained';

  it('declines a name, a count or a sum the source does not give', () => {
    expect(declined("What's the name of the Facebook spokesperson who responded?")).toBe(true);
    expect(declined('How many suspected paedophiles were identified during lockdown?')).toBe(true);
    expect(
      declined('How many of the organisations that signed the open letter were from outside the UK?'),
    ).toBe(true);
  });
  it('still answers what the source does give, a share of the cases counted loosely included', () => {
    expect(
      answerQuestion('How many grooming offences did police record from 2017 to 2020?', index).status,
    ).toBe('answered');
    expect(answerQuestion('how many cases were on snapchat?', index).status).toBe('answered');
    expect(answerQuestion('who backed Wanless?', index).status).toBe('answered');
  });
});

describe('what someone the pack quotes said, asked in words the pack does not use', () => {
  const factOf = (q: string) => {
    const r = answerQuestion(q, index);
    return r.status === 'answered' ? r.facts.map((f) => f.factId) : r.status;
  };
  it('answers with the fact quoting them when one clearly leads', () => {
    expect(factOf('What was Wanless worried the ongoing restrictions would do?')).toEqual(['perfect-storm']);
  });
  it('answers two parties set against each other with the fact quoting both, not one side', () => {
    for (const q of [
      'How do Facebook and the NSPCC differ on encrypting messenger programmes?',
      'tl;dr nspcc vs fb on encryption',
    ])
      expect(factOf(q)).toEqual(['encryption-dispute']);
    // One party asked about keeps its own fact.
    expect(factOf('What did the NSPCC accuse Facebook of?')).toEqual(['nspcc-accuses-facebook-encryption']);
  });
  it('answers what someone said with their own words when a report of what they urged matches as well', () => {
    expect(factOf('What did Peter Wanless say about the Prime Minister?')).toEqual(['wanless-turn-the-tide']);
    expect(factOf('What did Peter Wanless urge the Prime Minister to do?')).toEqual([
      'wanless-urges-legislation',
    ]);
  });
  it('leaves a question about who backed someone to the match (it wants the backer, not the speaker)', () => {
    expect(factOf("Which body backed Wanless's call for tougher action?")).not.toEqual([
      'wanless-urges-legislation',
    ]);
  });
});

describe('what the source does not pin down is declined, not answered with the nearest figure', () => {
  it('a country the source has no figures for, written "the US"', () => {
    expect(reason('How many online grooming cases are there in the US?')).toMatchObject({
      code: 'not_covered',
      kind: 'place',
    });
  });
  it('one month of the April-to-June total, "May" and "June\'s" included', () => {
    expect(reason('How many grooming cases were recorded in May alone?')).toMatchObject({ kind: 'scope' });
    expect(reason("June's grooming case count?")).toMatchObject({ kind: 'scope' });
    // "may" the verb stays a verb.
    expect(readAskedPeriod('could the cases in may be undercounted')).toBeUndefined();
  });
  it('the first or last months of a year as the months they are', () => {
    const months = (text: string) => {
      const p = readAskedPeriod(text);
      return p && [p.fromMonth, p.toMonth, p.fromYear];
    };
    expect(months('grooming cases in the first three months of 2020')).toEqual([1, 3, 2020]);
    expect(months('the last three months of 2019')).toEqual([10, 12, 2019]);
    expect(months('first half of 2020')).toEqual([1, 6, 2020]);
    expect(months('over the three-year period ending march 2020')).toEqual([4, 3, 2017]);
    expect(months('in the 12-month period to june 2020')).toEqual([7, 6, 2019]);
    // …and a span that starts in a month, not that month alone.
    expect(months('cases estimated for the three months startng in april?')).toEqual([4, 6, undefined]);
    expect(months('the quarter beginning april 2020')).toEqual([4, 6, 2020]);
    expect(months('the three years from april 2017')).toEqual([4, 3, 2017]);
    expect(readAskedPeriod('cases in april to june the year before')).toMatchObject({ yearBefore: true });
    // Financial years run April to March: "2017/18 to 2019/20" is the three years to March 2020.
    expect(readAskedPeriod('total grooming offences 2017/18 to 2019/20?')).toMatchObject({
      fromMonth: 4,
      toMonth: 3,
      fromYear: 2017,
      toYear: 2020,
    });
    expect(readAskedPeriod('offences 2017-20')).toBeUndefined();
    expect(readAskedPeriod('offences for fy2017/18 through fy2019/20 combined')).toMatchObject({
      fromYear: 2017,
      toYear: 2020,
    });
    // "2015-19" is the years 2015 to 2019; "2018-19" stays a financial year.
    expect(withFullYears('the 2015-19 average, in 2018-19')).toBe('the 2015-2019 average, in 2018-19');
    expect(
      replyTo(
        'KSI vs the 2015-19 avg - better or worse?',
        buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]),
      ),
    ).toBe('ksi-2023');
    // "Apr '17": a two-digit year after an apostrophe.
    expect(replyTo("Offences recorded Apr '17 – Mar '20?", index)).toBe('offences-2017-2020');
    expect(replyTo('Total grooming offences 2017/18 to 2019/20?', index)).toBe('offences-2017-2020');
    // One "2018/19" alone may be two calendar years; either way the three-year total does not answer it.
    expect(reason('How many grooming offences were recorded in 2018/19?')).toMatchObject({
      code: 'not_covered',
    });
    // The size of a change the source does not give: "rose each year" says no more than that it rose.
    expect(reason('How much did grooming offences rise in 2019/20 compared with 2018/19?')).toMatchObject({
      kind: 'scope',
      value: 'the size of that change',
    });
    expect(reason('by how much did online targeting of children go up in lockdown?')).toBe('answered');
    expect(readAskedPeriods('april to june 2020 against april to june 2019').map((p) => p.fromYear)).toEqual([
      2020, 2019,
    ]);
    expect(reason('How many grooming cases were recorded in the first three months of 2020?')).not.toBe(
      'answered',
    );
  });
  it('every period a comparison names, and the months a year before the figure', () => {
    // The article gives the 1,220 for April to June and no figure for any other year's months.
    expect(reason('How did April to June 2020 compare with April to June 2019?')).toMatchObject({
      code: 'not_covered',
    });
    expect(reason('how many grooming cases were there in april to june the year before?')).toMatchObject({
      code: 'not_covered',
    });
    expect(reason('how many grooming cases were there in april to june?')).toBe('answered');
  });
  it('a judgement of a named person or body is an opinion, typos and all', () => {
    expect(reason('Is Peter Wanless right about tech companies?')).toMatchObject({ code: 'opinion' });
    expect(reason('Is the NSPCC right that Facebook is to blame? Do u agree?')).toMatchObject({
      code: 'opinion',
    });
    expect(reason('is it right that 1,220 cases were recorded?')).toBe('answered');
    // A closing "right?" with nothing before it to check is a judgement, not the tag of a claim.
    for (const q of ['Was Peter Wanless right?', 'Do you think Wanless is right?'])
      expect(reason(q)).toMatchObject({ code: 'opinion' });
    expect(reason('the 51% is facebook apps, right?')).toBe('answered');
    // A figure judged right or wrong is a figure to check, not someone to judge.
    for (const q of ['are the snapchat figures right?', 'is the instagram share right?'])
      expect(reason(q)).not.toMatchObject({ code: 'opinion' });
    expect(reason("Is Facebook's 97 percent claim beleivable?")).toMatchObject({ code: 'opinion' });
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(answerQuestion('Should speed limits on rural roads be cut?', roads)).toMatchObject({
      reason: { code: 'opinion' },
    });
    expect(answerQuestion('is Okafor right that we need lower limits on rural routes?', roads)).toMatchObject(
      {
        reason: { code: 'opinion' },
      },
    );
    expect(replyTo('A rds share of total casualties?', roads)).toBe('a-road-casualties');
    // "Became" only links the group to what it counts; it names no topic the pack lacks.
    expect(replyTo('How many children under 16 became road casualties in 2023?', roads)).toBe(
      'child-casualties',
    );
    expect(replyTo('how many cyclists became casualties in 2023?', roads)).toBe('cyclist-casualties');
    // A year that names the report is one an undated fact's quote names ("Coverage: … calendar year 2023"); a year
    // of a figure is not ("Casualty costs use … values … at 2023 prices" gives no cost for 2023).
    expect(replyTo('When was the 2023 casualty report published?', roads)).toBe('release-details');
    expect(replyTo('How many road casualties were reported in Eastmoor in 2023?', roads)).toBe(
      'casualties-total-2023',
    );
    expect(replyTo('cost of 2023 casualties in £m pls', roads)).toBe('value-of-prevention');
    // Another year's report is not the pack's own, whatever its caveats mention.
    expect(answerQuestion('What did the 2019 report say about serious injuries?', roads).status).not.toBe(
      'answered',
    );
    // A closing thank-you is never the ask, whatever words it holds.
    expect(
      replyTo(
        "How many people were seriously injured on Eastmoor roads in 2023? Many thanks, I'll see what the council says next.",
        roads,
      ),
    ).toBe('serious-injuries-2023');
    // What someone said should be done is what the source reports, and years a fact is about are its answer.
    expect(replyTo('Does Roadwise Trust say speed limits should be lowered?', roads)).toBe('okafor-comment');
    expect(replyTo('From what year are serious injury figures comparable?', roads)).toBe(
      'serious-injury-comparability',
    );
    // Checking a figure someone gave is no opinion.
    expect(reason('Is my friend right about 1,220 grooming cases between April and June?')).toBe('answered');
    expect(reason('Is the article wrong about the 12,925 offences?')).not.toMatchObject({ code: 'opinion' });
  });
  it('declines a figure asked of counted things the fact does not count, and still answers what it counts', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    // A councillor's comment names cyclists and rural roads but counts road deaths; child casualties are not split
    // by road user.
    for (const q of [
      'how many cyclists were killed on rural roads?',
      'of the 98 child casualties, how many were pedestrians?',
      // (Asked by name, and with an "or" that sets nothing apart.)
      'pedestrian ksi number for 2023?',
      'how many pedestrians were killed or seriously injured?',
      // A title that mentions rural roads is no figure for them.
      'How many serious injuries were on rural roads?',
    ])
      expect(answerQuestion(q, roads), q).toMatchObject({ reason: { code: 'not_covered', kind: 'scope' } });
    expect(replyTo('how many cyclists were hurt in 2023?', roads)).toBe('cyclist-casualties');
    expect(replyTo('how many child casualties were there in 2023?', roads)).toBe('child-casualties');
    expect(replyTo('What share of cases involved Instagram?', index)).toBe('instagram-over-a-third');
  });
  it('declines what a fact does not report: what became of a plan, the size of a base, a breakdown by area', () => {
    for (const q of [
      'Did the Online Harms Bill actually pass?',
      'When did Facebook actually switch on encryption for Messenger?',
      'in what % of cases was platform data actually available?',
      'For how many cases was Snapchat data actually available?',
      'Which police force recorded the most grooming offences?',
      'Which police forces recorded the 1,220 April-to-June cases?',
      // Names of things the source only counts, and a month or a week of a longer period.
      'Which other organisations signed the open letter?',
      'Which month between April and June had the most grooming cases?',
      'How many grooming cases were recorded in the first week of lockdown?',
    ])
      expect(reason(q), q).toMatchObject({ code: 'not_covered', kind: 'scope' });
    // …while the plan itself, the share of a base, and who counts are answered.
    expect(replyTo('When did Zuckerberg announce plans to start encrypting?', index)).toBe(
      'zuckerberg-encryption-march-2019',
    );
    expect(replyTo('Snap % of cases w/ data available?', index)).toBe('snapchat-20-percent');
    expect(replyTo('how many organisations signed the open letter?', index)).toBe('open-letter');
    // What was wanted is the intention itself, which the source reports.
    expect(replyTo('Which bill did the NSPCC want implemented?', index)).toBe('online-harms-bill');
    // Only others' names are what the source does not give: who led it, it does.
    expect(replyTo('Which organisations led the open letter to Facebook?', index)).toBe('open-letter');
    expect(replyTo('In which month did Zuckerberg announce the encryption plans?', index)).toBe(
      'zuckerberg-encryption-march-2019',
    );
    // (A review's probes: a "complete number", a share asked when data was available, the areas a figure covers.)
    expect(replyTo("What's the complete number of organisations that signed the open letter?", index)).toBe(
      'open-letter',
    );
    expect(replyTo('If data was available, what percent of cases involved Snapchat?', index)).toBe(
      'snapchat-20-percent',
    );
    expect(replyTo('which areas does the 12,925 figure cover?', index)).toBe('offences-2017-2020');

    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('which police force records the collisions?', roads)).toBe('data-sources');
    // Shorthand written with a slash is read before words are split ("m/c" for motorcycle).
    expect(replyTo('m/c casualties total?', roads)).toBe('motorcyclist-casualties');
    expect(answerQuestion('Which town in Eastmoor had the most road casualties?', roads)).toMatchObject({
      reason: { code: 'not_covered' },
    });
  });
  it('does not confirm a place the pack only infers, and reads a typo before asking for the exact figure', () => {
    expect(reason('Were the 1,220 April to June cases in England and Wales?')).toMatchObject({
      code: 'not_covered',
    });
    expect(reason("What's the exact percantage for Instagram?")).toMatchObject({ value: 'an exact figure' });
  });
  it('answers a claim with the fact the claim checker ties it to', () => {
    const r = answerQuestion('My colleague thinks Instagram was in half of all the cases. Right?', index);
    expect(r.status === 'answered' && r.facts.map((f) => f.factId)).toEqual(['instagram-over-a-third']);
  });
  it('what the source does not give about a figure: the baseline of a change, a period, a breakdown', () => {
    for (const q of [
      'What was the 10% rise measured against?',
      'Which year does the 97 percent figure from Facebook relate to?',
      'Please break the 12,925 offences down by year',
      'Give me the precise Instagram share, not over a third',
    ])
      expect(reason(q), q).toMatchObject({ code: 'not_covered' });
    expect(reason('what period does the 1,220 cover?')).toBe('answered');
    expect(reason('how much did online grooming rise during lockdown?')).toBe('answered');
  });
  it('the base of a comparison is not the period asked about', () => {
    const r = answerQuestion('were kids targeted online more during lockdown than before?', index);
    expect(r.status === 'answered' && r.facts.map((f) => f.factId)).toEqual(['lockdown-rise-ten-percent']);
  });
  it('the exact figure or day where the source gives a bound or a month', () => {
    expect(reason("What's the exact percentage for Instagram, not just 'over a third'?")).toMatchObject({
      value: 'an exact figure',
    });
    expect(reason('On what exact date did Zuckerberg announce the encryption plans?')).toMatchObject({
      value: 'the exact day',
    });
    expect(
      answerQuestion('How many grooming offences did police record from 2017 to 2020?', index).status,
    ).toBe('answered');
  });
  it('a judgement of what someone said', () => {
    expect(reason("Was Wanless right to call it a 'perfect storm'?")).toMatchObject({ code: 'opinion' });
    expect(reason('Is the 10% rise statistically significant?')).toMatchObject({ code: 'opinion' });
  });
});

describe('what one stated figure covers', () => {
  it('is answered by its fact, whose reply gives the period, place and base', () => {
    for (const [q, fact] of [
      ['Does the 12,925 figure include Scotland?', 'offences-2017-2020'],
      ['Which part of the UK does the 12,925 cover?', 'offences-2017-2020'],
      ['1220 grooming cases - what stretch of time is that over?', 'grooming-cases-april-june'],
      ['the 1220 number is for which time window', 'grooming-cases-april-june'],
      // Its extent asked in other words (read question sets).
      ['the 12,925 number - is that UK-wide or just part of it?', 'offences-2017-2020'],
      ['when was that 10% jump measured?', 'lockdown-rise-ten-percent'],
    ]) {
      expect(replyTo(q ?? '', index)).toBe(fact);
    }
  });
  it('answers which of some alternatives a named figure is, when its own words settle them', () => {
    expect(replyTo('Is the 12,925 offences or individual children?', index)).toBe('offences-2017-2020');
    expect(replyTo('the 1,220 - is that convictions, or cases that were recorded?', index)).toBe(
      'grooming-cases-april-june',
    );
    // Not a breakdown the source does not give, nor one set against another, nor a judgement.
    for (const q of [
      'Of the 1,220, were more girls or boys?',
      'Were the 1,220 cases on Instagram or WhatsApp?',
      'Is the 1,220 for the UK or England only?',
      'Is 12,925 for boys or girls?',
    ])
      expect(replyTo(q, index), q).toMatch(/^decline/u);
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('Were the 176 pedestrians hurt on urban or rural roads?', roads)).toMatch(/^decline/u);
  });
  it('answers what a figure named alone is ("What is the 598 in the road type section?"), not what others said of it', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('What is the 598 in the road type section?', roads)).toBe('a-road-casualties');
    expect(replyTo('the 98 child casualties, what age cut-off is that?', roads)).toBe('child-casualties');
    // "what's that number?", "what does it measure?", "what's it counting?" ask the same.
    expect(replyTo("There's a 731 in the road type section, what's that number?", roads)).toBe(
      'urban-casualties',
    );
    expect(replyTo('The Eastmoor report mentions 504 - what does that number measure?', roads)).toBe(
      'casualty-rate-2023',
    );
    expect(replyTo("There's a 'more than 100' in the piece - what's it counting?", index)).toBe(
      'open-letter',
    );
    expect(reason('What did Snapchat say when asked about the 20 percent figure?')).toMatchObject({
      code: 'not_covered',
    });
  });
  it('still declines a new figure about part of it', () => {
    expect(reason('How many of the 12,925 offences were in Wales?')).not.toBe('answered');
    // Nor one that names what the fact does not state: a part of its place, a platform, a year outside it.
    for (const q of [
      'What period do the 12,925 offences in Wales alone cover?',
      'Does the 51% cover TikTok and Twitter?',
      'what source is the 12,925 on Kik from?',
      'Do the 12,925 offences cover 2021?',
      'what was the 12,925 in Scotland, region by region?',
    ])
      expect(reason(q)).toMatchObject({ code: 'not_covered' });
    // The pack marks the 1,220's place as inferred: where it was recorded is not the source's to confirm.
    expect(reason('Does the 1,220 figure include Scotland?')).not.toBe('answered');
    expect(
      reason('What was the actual number of cases before the 10% rise, i.e. the comparison period?'),
    ).not.toBe('answered');
  });
});

describe('questions every blind set asks about the source itself', () => {
  it.each([
    ['How many organisations put their names to the open letter?', 'open-letter'],
    ['Who gave the 97 percent figure?', 'facebook-97-percent'],
    ['who runs the nspcc?', 'wanless-urges-legislation'],
    ['Which charity did the study?', 'lockdown-rise-ten-percent'],
    [
      'What share of child exploitation material does Facebook say it spots before anyone reports it?',
      'facebook-97-percent',
    ],
  ])('%j → %s', (q, id) => {
    expect(replyTo(q, index)).toBe(id);
  });
});

describe('what a phrase the question quotes from the source is about', () => {
  it('is answered by the one fact whose quote holds it', () => {
    expect(replyTo("What does 'over half' refer to in the opening line?", index)).toBe(
      'facebook-apps-over-half',
    );
    expect(replyTo("Which platform accounts for 'over a third'?", index)).toBe('instagram-over-a-third');
    // A phrase the source never wrote is no quote of it.
    expect(reason("What does 'over two thirds' refer to?")).not.toBe('answered');
  });
});

describe('two things set against each other in chat', () => {
  it('answers both, whatever words say how to compare them ("vs", "higher", "came up more")', () => {
    for (const q of [
      'insta vs snap which one is higher',
      'Which app came up more, Snapchat or Instagram?',
      "Instagram's over-a-third versus Snapchat's 20 percent — how big is the gap?",
    ]) {
      const reply = answerQuestion(q, index);
      expect(reply.status === 'answered' && reply.facts.map((f) => f.factId).sort()).toEqual([
        'instagram-over-a-third',
        'snapchat-20-percent',
      ]);
    }
  });
  it('compares a whole group only when asked which ranks first, not for "vs" between two years', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('serious inj 22 vs 23', roads)).toBe('serious-injuries-2023');
    expect(replyTo('did cyclist casualties go up or down vs 2022?', roads)).toBe('cyclist-casualties');
    expect(replyTo('which app was used the most?', index)).toMatch(/^compare:/u);
  });
  it('compares groups and road types as it compares apps, when a word asks for it', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    // The rural roads fact mentions urban roads in passing ("fewer than urban roads"): it is no figure for both.
    expect(replyTo('Which saw more casualties, urban or rural roads?', roads)).toBe(
      'compare:urban-casualties+rural-casualties',
    );
    // The deaths of each road user answer who had more deaths, not who had more casualties.
    expect(replyTo('pedestrians or cyclists — who had more casualties?', roads)).toBe(
      'compare:pedestrian-casualties+cyclist-casualties',
    );
    expect(replyTo('Were more pedestrians or cyclists killed in 2023?', roads)).toBe('deaths-by-road-user');
    // "lorry drivers" names goods vehicle occupants and, by "drivers", car occupants: no comparison asked.
    expect(replyTo('how many lorry drivers were hurt, separate from bus passengers?', roads)).not.toMatch(
      /^compare:/u,
    );
  });
  it('still declines what the compared facts do not measure', () => {
    expect(reason('Which app had more convictions, Snapchat or Instagram?')).not.toBe('answered');
    expect(reason("How does Instagram's share compare with Facebook Messenger's?")).not.toBe('answered');
  });
});

describe('parts the source counts together are not compared as if it split them', () => {
  it('declines comparing a platform that has no figure of its own', () => {
    expect(reason('Did WhatsApp feature in more cases than Instagram?')).toMatchObject({
      value: 'WhatsApp alone',
    });
  });
  it('declines setting England and Wales against each other', () => {
    expect(reason('Which had more grooming offences, England or Wales?')).toMatchObject({ kind: 'scope' });
  });
  it('still answers the whole group', () => {
    expect(reason('What percentage of grooming cases involved Facebook, WhatsApp or Instagram?')).toBe(
      'answered',
    );
  });
  it('declines a count asked for one part of a place counted together, offering the whole (blind sets: near-miss)', () => {
    for (const q of [
      'how many grooming offences were reported in england?',
      'how many grooming offences were recorded in Wales?',
    ])
      expect(reason(q), q).toMatchObject({
        code: 'not_covered',
        kind: 'scope',
        covered: ['one figure for England and Wales together (12,925)'],
      });
    // (What the figure covers, and the whole place, are still answered.)
    expect(reason('How many grooming offences were recorded in England and Wales?')).toBe('answered');
    expect(reason('does the 12,925 include Wales?')).toBe('answered');
  });
});

describe('chat shorthand a pack never wrote down', () => {
  it('reads a start of a pack word as that word when no other family shares it ("inj", "veh")', () => {
    const index = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(index.vocab.abbreviations.get('veh')).toBe('vehicle');
    expect(index.vocab.abbreviations.get('inj')).toMatch(/^injur/u);
    // "occ" starts both "occupants" and "occurred": no guess.
    expect(index.vocab.abbreviations.get('occ')).toBeNull();
    const reply = answerQuestion('slight inj 2023 n=?', index);
    expect(reply.status === 'answered' && reply.facts[0]?.factId).toBe('slight-injuries-2023');
  });
  it('reads a pack word written without its vowels ("cnty", "dths"), unless a common word has that spelling', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(roads.vocab.skeletons.get('cnty')).toBe('county');
    expect(replyTo('cnty rd dths 2023?', roads)).toBe('deaths-2023');
    expect(replyTo('cslts total 2023', roads)).toBe('casualties-total-2023');
    // "mny" is many, not money; "frm" from, not form.
    expect(index.vocab.skeletons.get('mny')).toBe('many');
    expect(replyTo('how mny grooming cases between april and june', index)).toBe('grooming-cases-april-june');
    expect(replyTo('srs injuries 2022?', roads)).toBe('serious-injuries-2023');
    // Two letters say too little ("tl;dr" is not "door" or "drivers").
    expect(roads.vocab.skeletons.has('dr')).toBe(false);
  });
  it('reads chat spellings: a dropped g, "teh", "fr" (for real, not France), "quoting"', () => {
    expect(replyTo('yo how big was teh rise in kids gettin targeted online in lockdown fr', index)).toBe(
      'lockdown-rise-ten-percent',
    );
    expect(replyTo('wich newspaper was quoting wanless', index)).toBe('wanless-urges-legislation');
  });
  it('reads "better or worse than the average" as a comparison of figures, not an opinion', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(
      replyTo(
        'Are the killed or seriously injured numbers better or worse than the 2015 to 2019 average?',
        roads,
      ),
    ).toBe('ksi-2023');
    expect(replyTo('is snapchat safer than instagram?', index)).toBe('decline:opinion');
  });
  it('reads "who runs", "who heads" as its chief executive, and declines a head the source does not name', () => {
    expect(replyTo('who runs facebook according to the piece?', index)).toBe(
      'zuckerberg-encryption-march-2019',
    );
    expect(replyTo('who heads the nspcc?', index)).toBe('wanless-urges-legislation');
    expect(replyTo('who led the open letter?', index)).toBe('open-letter');
    // The police chiefs' backing names no one at their head.
    expect(replyTo("Who is the chief executive of the National Police Chiefs' Council?", index)).toMatch(
      /^decline/u,
    );
    expect(replyTo('who runs the police chiefs council?', index)).toMatch(/^decline/u);
  });
  it('declines shares of another period set against a total named as their base', () => {
    expect(replyTo('how many of the 12,925 were on snapchat or instagram?', index)).toMatch(/^decline/u);
    // The lockdown cases are those shares' own period: they are compared.
    expect(replyTo('of the 1,220 cases, were more on instagram or snapchat?', index)).toMatch(/^compare:/u);
  });
  it('reads "the overall number", "all severities together" as the total', () => {
    expect(plainIdioms('the overall number of offences')).toBe('the total of offences');
    expect(plainIdioms('all severities lumped together')).toBe('total');
    expect(plainIdioms('the combined share of the three apps')).toBe('the combined share of the three apps');
    expect(
      replyTo('What was the overall count of grooming offences police logged before the pandemic?', index),
    ).toBe('offences-2017-2020');
  });
  it('reads "made up" as what a share is of, not as a rise', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(plainIdioms('pedestrians made up about a quarter of casualties')).toBe(
      'pedestrians  about a quarter of casualties',
    );
    expect(plainIdioms('did they make up the numbers')).toBe('did they make up the numbers');
    expect(replyTo('Is it true motorcyclists made up a quarter of all casualties?', roads)).not.toMatch(
      /^decline/u,
    );
  });
  it('reads a synonym of several words with "or" for "and" and the reverse, but never a name', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    // The pack lists "killed and seriously injured" only.
    expect(roads.vocab.phrases.get('killed or seriously injured')).toEqual({ type: 'synonym', word: 'ksi' });
    expect(replyTo("What's the killed or seriously injured figure for Eastmoor in 2023?", roads)).toBe(
      'ksi-2023',
    );
    expect(index.vocab.phrases.get('england or wales')).toBeUndefined();
  });
  it('reads "17-20" as the years 2017 to 2020, but not ages or shares', () => {
    expect(withFullYears('how many offences eng+wales 17-20')).toBe('how many offences eng+wales 2017-2020');
    expect(withFullYears('kids 13-15 year olds')).toBe('kids 13-15 year olds');
    expect(withFullYears('10-20% of cases')).toBe('10-20% of cases');
    expect(withFullYears('serious inj 22 vs 23')).toBe('serious inj 2022 vs 2023');
    expect(withFullYears('5 v 5 football')).toBe('5 v 5 football');
  });
  it('reads a lone two-digit number closing a short question as a year ("ksi 23?"), not a figure asked about', () => {
    const years = new Set([2022, 2023]);
    expect(withFullYears('ksi 23?', years)).toBe('ksi 2023?');
    expect(withFullYears('ped casualties 23?', years)).toBe('ped casualties 2023?');
    // Not after a word that makes it a figure, nor a year no fact is about ("deaths 19?" asks about 19 deaths).
    for (const q of [
      'road deaths were 23?',
      'is it 23?',
      'about 20?',
      'under 16s',
      'fb 51?',
      'deaths 19?',
      'deaths below 22?',
    ])
      expect(withFullYears(q, years)).toBe(q);
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('ksi 23?', roads)).toBe('ksi-2023');
  });
  it("reads a place's own adjective as the place: 'Scottish police' are no figure for England and Wales", () => {
    for (const q of [
      'How many online grooming offences did Scottish police record over the same three years?',
      'how many grooming offences did Northern Irish police record?',
      'how many offences did American police record',
    ])
      expect(replyTo(q, index)).toBe('decline:not_covered/place');
    // Only where it says whose figures are asked for: "Chinese whispers" names no place.
    expect(replyTo('is the 51% stat just chinese whispers?', index)).toBe('facebook-apps-51-percent');
    expect(replyTo('My friend says the research is from an American charity. Is it so?', index)).toBe(
      'facebook-apps-over-half',
    );
    // (The pack's own places keep their answer.)
    expect(
      replyTo('how many offences did police in england and wales record from 2017 to 2020?', index),
    ).toBe('offences-2017-2020');
  });
  it('answers whether a group is counted inside others from the fact that says how it is counted', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    for (const q of [
      'are the child casualties on top of the car/pedestrian/cyclist groups or inside them?',
      'Are kids counted on top of the road-user groups or inside them?',
      'are children counted separately or inside the pedestrian/cyclist numbers?',
    ])
      expect(replyTo(q, roads)).toBe('child-casualties');
    // A topic the ask names still has to be the fact's: children on rural roads are no figure the release gives.
    expect(replyTo('are children counted within cyclists on rural roads?', roads)).toMatch(/^decline:/u);
    // A figure asked of both groups is still none the release gives.
    expect(replyTo('how many child pedestrians were hurt?', roads)).toMatch(/^decline:/u);
    expect(replyTo('of the 98 child casualties how many were pedestrians?', roads)).toMatch(/^decline:/u);
  });
  it('reads an ask that points back by kind ("provide that figure") with what the message named before', () => {
    expect(
      replyTo(
        "As part of a governors' information pack on online safety, I would like to include the estimated number of criminal cases of online grooming recorded between April and June. Could you please provide that figure along with the wording the article uses to attribute it?",
        index,
      ),
    ).toBe('grooming-cases-april-june');
    // A span named with a noun before its end is that span: "the three-year total to March 2020".
    expect(readAskedPeriod('what was the three-year total to march 2020?')).toMatchObject({
      fromMonth: 4,
      fromYear: 2017,
      toMonth: 3,
      toYear: 2020,
    });
  });
  it('reads a whole calendar year named by its months, a day or words as that year', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(withFullYears('slight casualties in twenty twenty-two')).toBe('slight casualties in 2022');
    expect(withFullYears('twenty-five people')).toBe('twenty-five people');
    expect(withFullYears('my eyesight is twenty twenty')).toBe('my eyesight is twenty twenty');
    expect(withFullYears('I counted twenty twenty mph signs')).toBe('I counted twenty twenty mph signs');
    // A whole year named by months is checked as that year: 2021 is no year the release gives.
    expect(replyTo('cyclist casualties between January and December 2021', roads)).toBe(
      'decline:not_covered/year',
    );
    expect(withCanonicalPeriod('killed between january and december 2023?')).toBe('killed in 2023?');
    expect(withCanonicalPeriod('hurt in the twelve months from january to december 2023?')).toBe(
      'hurt in 2023?',
    );
    expect(withCanonicalPeriod('cases between april and june 2020')).toBe('cases between april to june 2020');
    expect(readAskedPeriod('seriously hurt in the 12 months to 31 dec 2022')).toMatchObject({
      fromMonth: 1,
      toMonth: 12,
      fromYear: 2022,
      toYear: 2022,
    });
    expect(
      replyTo('How many people were killed on Eastmoor roads between January and December 2023?', roads),
    ).toBe('deaths-2023');
    expect(replyTo('how many were seriously hurt in the 12 months to 31 Dec 2022?', roads)).toBe(
      'serious-injuries-2023',
    );
    expect(replyTo('How many slight casualties were there in twenty twenty-two?', roads)).toBe(
      'slight-injuries-2023',
    );
    // A part of a year is not the year: January to June 2023 is no figure the release gives.
    expect(
      replyTo('How many people were killed on Eastmoor roads between January and June 2023?', roads),
    ).toMatch(/^decline:/u);
  });
  it('reads two years named one by one as two years, not a range between them', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('how many people were killed in 2023 and 2022?', roads)).toBe('deaths-2023');
    expect(replyTo('how many killed in 23 and in 22?', roads)).toBe('deaths-2023');
  });
  it('reads a part with a figure of its own set against its group as a comparison, not a figure asked of the part', () => {
    // (Both side by side since "family" is read as how the sides are named, not a topic they must cover.)
    expect(replyTo('instagram on its own vs the whole facebook family — which % is bigger?', index)).toBe(
      'compare:instagram-over-a-third+facebook-apps-51-percent',
    );
    // Asking "the stat" on something Facebook said is no share asked of Facebook alone (a third review).
    expect(replyTo("what's the stat on facebook encryption", index)).toBe('encryption-dispute');
    // A part with no figure of its own is still declined, set against the group or not, however its share is asked.
    for (const q of [
      'whats the whatsapp percentage',
      'whatsapp alone vs the whole facebook family, which is bigger?',
      "what's the gap between the FB-family share and whatsapp alone? need both numbers",
      'what % was instagram on its own?',
    ])
      expect(replyTo(q, index), q).not.toBe('facebook-apps-51-percent');
  });
  it('reads "in earlier years" as the time before the event a question has just named', () => {
    expect(
      replyTo('Did grooming offences rise only during lockdown, or in earlier years as well?', index),
    ).toBe('compare:offences-rose-each-year+lockdown-rise-ten-percent');
  });
  it('answers "who did it?" with the close match that says the act asked about', () => {
    expect(replyTo("Who announced Facebook's plans to encrypt its messengers?", index)).toBe(
      'zuckerberg-encryption-march-2019',
    );
    // A who-question with no act of its own is left to the match.
    expect(replyTo('who is the nspcc chief executive?', index)).not.toBe('zuckerberg-encryption-march-2019');
  });
  it('reads "up or down?" as asking which way a figure changed, not for a fact giving both directions', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    // The county total is "up 6 per cent … and down 18 per cent on the average": no answer about slight injuries.
    expect(replyTo('slight injuries up or down on the previous year?', roads)).toBe('slight-injuries-2023');
    expect(replyTo('did the casualty rate per vehicle mile go up or down compared w/ 2022', roads)).toBe(
      'casualty-rate-2023',
    );
    // A pack's own phrasing keeps its words.
    expect(plainIdioms('did total road casualties go up or down in 2023')).toMatch(/up or down/u);
    expect(plainIdioms('did total road casualties go up or down in 2023', true)).not.toMatch(/down/u);
  });
  it('reads words that only frame the ask ("in the first place", "by any chance") as no topic', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(
      readQuestion('who collects the collision data in the first place?', roads.vocab).terms,
    ).not.toContain('place');
    expect(plainIdioms('by any chance, how many were killed?')).not.toMatch(/chance/u);
    // …but they do when they say something: a rank, or what someone cannot do.
    expect(plainIdioms('which group came in the first place for deaths?')).toMatch(/first place/u);
    expect(plainIdioms("what if you can't see the figure?")).toMatch(/if you can't/u);
  });
  it('reads what the counted were hurt in as a circumstance, not a measure ("children hurt in road collisions")', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('How many children got hurt in road collisions in the county?', roads)).toBe(
      'child-casualties',
    );
    // A measure named as the thing counted still turns the fact away, and so does a measure after "in".
    expect(replyTo('how many collisions involved children?', roads)).toMatch(/^decline/u);
    expect(replyTo('How many rural casualties were in KSI?', roads)).toMatch(/^decline/u);
  });
  it('reads a year and a span named apart as two periods, each needing a figure, not one range across them', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(readQuestion('ksi in 2023 and the 2015-2019 average', roads.vocab).yearGroups).toEqual([
      [2023, 2023],
      [2015, 2019],
    ]);
    expect(readQuestion('offences between 2017 and 2020', roads.vocab).yearGroups).toBeUndefined();
    expect(readQuestion('offences from april 2017 to march 2020', roads.vocab).yearGroups).toBeUndefined();
    expect(replyTo('ksi in 2023 and the 2015-2019 average', roads)).toBe('ksi-2023');
    expect(
      replyTo(
        'Could you kindly state the casualty rate per billion vehicle miles reported for Eastmoor in 2023, together with the corresponding figure for 2022?',
        roads,
      ),
    ).toBe('casualty-rate-2023');
    // A period the fact gives no figure for is still declined, named as the periods asked.
    expect(replyTo('ksi in 2023 and the 2010-2014 average', roads)).toBe('decline:not_covered/year');
    // Spans however they are joined stay one period.
    for (const q of [
      'How many offences were recorded from April 2017 through to March 2020?',
      'How many offences 2017/2020?',
      'How many offences between 2017 & 2020?',
    ])
      expect(replyTo(q, index)).toBe('offences-2017-2020');
  });
  it('reads a two-digit year after "vs" or "in" closing a clause, and in a five-word shorthand', () => {
    const years = new Set([2022, 2023]);
    expect(withFullYears('cyclist cas up or down vs 22?', years)).toBe('cyclist cas up or down vs 2022?');
    expect(withFullYears('how many ppl killed in cars in 23', years)).toBe(
      'how many ppl killed in cars in 2023',
    );
    expect(withFullYears('ped + cyc deaths 23?', years)).toBe('ped + cyc deaths 2023?');
    // A count, or a year no fact is about, stays as typed.
    for (const q of ['deaths in 22 cases?', 'more than 22?', 'casualties up 6 pc since 22?'])
      expect(withFullYears(q, years)).toBe(q);
    const spans = new Set(['2015-2019']);
    expect(withFullYears('total cas vs 15-19 avg %', years, spans)).toBe('total cas vs 2015-2019 avg %');
    // Not a span no fact's period runs over, nor ages, nor a ratio.
    for (const q of ['kids 13-15 in year 9', 'cases 19-20 in england', 'motorcyclists, 1 in 10 or 1 in 22?'])
      expect(withFullYears(q, years, spans)).toBe(q);
  });
  it('reads "13k", "1.2k" and "£96.4m" as the figures they round', () => {
    expect(replyTo('13k offences 2017-2020 or nah', index)).toBe('offences-2017-2020');
    expect(replyTo('so 1.2k grooming cases in apr-jun?', index)).toBe('grooming-cases-april-june');
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo("there's a £96.4m figure in the report - what is it?", roads)).toBe('value-of-prevention');
    // A figure no rounding reaches is still one the source does not give: asked yes or no, it is a claim to check.
    const twenty = answerQuestion('were there 20k grooming offences from 2017 to 2020?', index);
    expect(verdictLine(twenty)).toMatch(/Verdict: contradicted/u);
  });
  it('declines a sum to work out instead of answering a figure its numbers match', () => {
    expect(replyTo('whats 17 x 23', index)).toBe('decline:off_topic');
    expect(replyTo('how many offences were recorded 2017-2020', index)).toBe('offences-2017-2020');
  });
});

describe('the frame of a formal request', () => {
  it('is no topic the packs lack: the question inside it is answered', () => {
    expect(
      replyTo(
        'Would you be good enough to indicate the magnitude of the increase in children targeted online during the lockdown, as established by the NSPCC research?',
        index,
      ),
    ).toBe('lockdown-rise-ten-percent');
    expect(
      replyTo(
        "I should be grateful if you would state what, according to the article, Mr Zuckerberg wrote regarding people's expectations of their private communications.",
        index,
      ),
    ).toBe('zuckerberg-encryption-march-2019');
  });
  it('does not narrow the ask by what the preamble says of the asker ("as a road safety officer", "my dissertation on rural road safety")', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(
      replyTo(
        "Hi there, I work as a road safety officer covering schools in the north of the county and I'm putting together an assembly presentation. Could you let me know how many children were hurt on the roads in 2023?",
        roads,
      ),
    ).toBe('child-casualties');
    expect(
      replyTo(
        'For my undergraduate dissertation on rural road safety, I would be grateful if you could set out the breakdown of the 2023 fatalities by type of road user.',
        roads,
      ),
    ).toBe('deaths-by-road-user');
    // What the preamble says of the roads themselves still narrows it, and so do the asker's own kind.
    expect(replyTo('I am looking at rural roads. How many people were killed on them in 2023?', roads)).toBe(
      'deaths-rural-roads',
    );
    expect(
      withoutAskerClauses('as a cyclist i wonder - how many of us got hurt?', 'how many of us got hurt?'),
    ).toBe('as a cyclist i wonder - how many of us got hurt?');
    expect(
      withoutAskerClauses(
        'as part of a parliamentary research brief i need to know what legislation the nspcc chief executive called for',
        'what legislation the nspcc chief executive called for',
      ),
    ).toMatch(/i need to know what legislation the nspcc chief executive called for$/u);
  });
  it('keeps what a preamble says the asker studies, belongs with or refers back to (a review of the rule above)', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(
      replyTo(
        "Hello, I'm a PhD student studying motorcycle casualties. Can you tell me how many were killed or seriously injured?",
        roads,
      ),
    ).toBe('motorcyclists-ksi-share');
    expect(replyTo('As a mum of a teenage cyclist, how many were hurt in 2023?', roads)).toBe(
      'cyclist-casualties',
    );
    expect(
      replyTo(
        "I'm a teacher and our pupils use Snapchat a lot. What share of the grooming cases was it used in?",
        index,
      ),
    ).toBe('snapchat-20-percent');
  });
  it('reads a closing request that only refers back ("Could you give me the relevant statement?") with the sentence before', () => {
    expect(
      questionFocus(
        'given our remit, i would like to know what the nspcc chief executive feared about ongoing coronavirus restrictions. could you give me the relevant statement?',
      ),
    ).toMatch(/would like to know what the nspcc chief executive feared.*relevant statement/u);
    // A question of its own that ends on "them" is still the question.
    expect(
      questionFocus(
        'for a consultation response we need to characterise the coalition behind the open letter to facebook. how many organisations signed it, and which charity led them?',
      ),
    ).toMatch(/^how many organisations/u);
    // Of two asks joined in one sentence, the first: the second adds words no fact needs to hold.
    expect(
      questionFocus(
        'hello. could you kindly provide the number of people killed or seriously injured in 2023, and tell me how this compares with the longer-term average?',
      ),
    ).toBe('could you kindly provide the number of people killed or seriously injured in 2023');
  });
  it('reads a request that asks without a question mark, and sets a sign-off aside', () => {
    expect(
      questionFocus(
        'good afternoon. as a member of the scrutiny committee i would be grateful for a breakdown of the 2023 casualty total between urban and rural roads. kind regards, cllr. patel',
      ),
    ).toMatch(/^i would be grateful for a breakdown/u);
    // A greeting that runs on into the ask is the ask's sentence, not a greeting to set aside.
    expect(
      questionFocus(
        'Dear Sir or Madam, I am a postgraduate researcher studying exposure-adjusted risk, and I would appreciate it if you could let me know what volume of traffic underlies the 2023 casualty rate, and where that estimate comes from.',
      ),
    ).toMatch(/^if you could let me know what volume of traffic/u);
  });
  it("prefers the speaker's own words when the wording is asked for", () => {
    expect(
      replyTo(
        "For the minutes of our safeguarding sub-committee, would you provide the precise wording of Mr Wanless's remarks concerning the Prime Minister?",
        index,
      ),
    ).toBe('wanless-turn-the-tide');
  });
  it('counts words of address and hearsay ("Dear Sir or Madam", "colleagues", "my neighbour reckons") only where a pack uses them', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    // (Who passed a claim on, "my neighbour" before "reckons", is no word of the question at all.)
    expect(
      readQuestion('Dear Sir or Madam, dear colleagues, my neighbour reckons', roads.vocab).terms,
    ).toEqual([]);
    expect(readQuestion('Dear Sir or Madam, dear colleagues, a neighbour', roads.vocab).terms).toEqual([
      'neighbour',
    ]);
    expect(replyTo('how many people were hurt on eastmoor roads in 2023 altogether?', roads)).toBe(
      'casualties-total-2023',
    );
  });
  it('counts words that say what kind of answer is wanted ("which body", "what reason", "the base", "characterised") only where a pack uses them', () => {
    expect(
      replyTo(
        'For a Year 6 discussion on privacy, could you tell me what reason Facebook gave for encrypting its direct messenger programmes?',
        index,
      ),
    ).toBe('encryption-dispute');
    expect(replyTo("Which body backed Wanless's call to put responsibility on tech firms?", index)).toBe(
      'police-chiefs-backing',
    );
    expect(replyTo("which paper reported wanless's comments?", index)).toBe('wanless-urges-legislation');
  });
  it('counts who is asking and for what ("for the benefit of my dissertation", "a literature review") only where a pack uses it', () => {
    expect(
      readQuestion(
        'for the benefit of my dissertation and a literature review for a postgraduate module',
        index.vocab,
      ).terms,
    ).toEqual([]);
  });
  it('still declines what narrows the question ("specifically", "leaving … out")', () => {
    expect(reason("What's the share for Facebook and Instagram together, leaving WhatsApp out?")).not.toBe(
      'answered',
    );
  });
});

describe('two things the source counts only apart', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('declines "cyclists seriously injured" when it gives cyclist casualties and serious injuries, each on its own', () => {
    const reply = answerQuestion('How many cyclists were seriously injured in 2023?', roads);
    expect(reply.status).toBe('abstained');
    if (reply.status !== 'abstained') return;
    expect(reply.reason).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
      value: 'the two together',
    });
    expect(reply.suggestions.map((s) => s.factId)).toEqual(['cyclist-casualties', 'serious-injuries-2023']);
    expect(replyTo('How many pedestrians were seriously injured last year?', roads)).toMatch(/^decline:/u);
  });
  it('is no reason to decline a comparison, what someone said, or two words for one measure', () => {
    expect(replyTo('Were more people slightly injured than seriously injured?', roads)).not.toMatch(
      /^decline/u,
    );
    expect(replyTo('What did Marsh say about the rise in cyclist casualties?', roads)).toBe('marsh-comment');
    expect(replyTo('How many grooming offences were recorded between April and June?', index)).toBe(
      'grooming-cases-april-june',
    );
  });
  it('still answers each on its own, and what one fact holds both of', () => {
    expect(replyTo('How many cyclists were hurt in 2023?', roads)).toBe('cyclist-casualties');
    expect(replyTo('How many people were seriously injured in 2023?', roads)).toBe('serious-injuries-2023');
    expect(replyTo('How many cyclists were killed in 2023?', roads)).toBe('deaths-by-road-user');
    expect(replyTo('What share of cases involved Snapchat?', index)).toBe('snapchat-20-percent');
  });
});

describe('a value the question sets a figure against', () => {
  it('is no figure of its own: "more than 5%?" is answered with the figure the words find', () => {
    expect(readQuestion('Was the lockdown rise more than 5%?', index.vocab).thresholds).toEqual([5]);
    expect(replyTo('Was the lockdown rise more than 5%?', index)).toBe('lockdown-rise-ten-percent');
    expect(replyTo('did more than 50 organisations sign the letter?', index)).toBe('open-letter');
  });
  it('picks no figure itself: the words find the fact', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('Were more than 50 children killed or seriously injured?', roads)).toBe(
      'child-casualties',
    );
    expect(replyTo('Was the lockdown rise more than 50%?', index)).toBe('lockdown-rise-ten-percent');
    expect(
      readQuestion('was the rise more than 1%, and were there 15,000 offences', index.vocab).thresholds,
    ).toEqual([1]);
  });
  it('still declines a figure named outright that the source does not state', () => {
    expect(replyTo('what does the 45% refer to?', index)).toMatch(/^decline:not_covered/u);
    expect(readQuestion('were there 5,000 offences?', index.vocab).thresholds).toBeUndefined();
  });
});

describe('a time set as the baseline of a change', () => {
  it('is not the time asked about: "compared with before lockdown, did it rise during it?" is the lockdown rise', () => {
    expect(
      replyTo('Compared with before lockdown, did targeting of youngsters go up or down during it?', index),
    ).toBe('lockdown-rise-ten-percent');
  });
  it('still declines a figure asked for the time before, which the source does not give', () => {
    expect(
      replyTo('What was the share of grooming cases on Facebook-owned apps before lockdown?', index),
    ).toMatch(/^decline:/u);
  });
});

describe('two things set against each other by description', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('compares the fact each side clearly finds, saying where they are not like for like', () => {
    const reply = answerQuestion('How does the April–June figure compare with the three-year total?', index);
    expect(describeReply(reply)).toBe('compare:grooming-cases-april-june+offences-2017-2020');
    expect(reply.status === 'answered' && reply.kind === 'comparison' ? reply.notes.join(' ') : '').toMatch(
      /different periods/u,
    );
    expect(
      replyTo('How many more car occupant casualties were there than pedestrian casualties in 2023?', roads),
    ).toBe('compare:car-occupant-casualties+pedestrian-casualties');
    // The word that sets them against each other ("bigger") belongs to neither side.
    expect(
      replyTo('Is the three-year total of grooming offences bigger than the April to June count?', index),
    ).toBe('compare:offences-2017-2020+grooming-cases-april-june');
  });
  it('compares no quotes or names: "how does what Wanless said compare with what Zuckerberg wrote?"', () => {
    expect(replyTo('How does what Wanless said compare with what Zuckerberg wrote?', index)).not.toMatch(
      /^compare:/u,
    );
    expect(replyTo('Who said more, Wanless or Zuckerberg?', index)).not.toMatch(/^compare:/u);
  });
  it('compares nothing when one side is something the source does not give', () => {
    expect(replyTo("How does Eastmoor's road death rate compare with the national average?", roads)).toMatch(
      /^decline:/u,
    );
  });
});

describe('a share of part of the cases, asked of all of them', () => {
  it('is declined, saying what the share is of', () => {
    const reply = answerQuestion(
      'What percentage of all cases, including those with no data, involved Snapchat?',
      index,
    );
    expect(reply.status === 'abstained' ? reply.reason : undefined).toMatchObject({
      kind: 'scope',
      covered: ['20 percent of instances for which data was available (not all cases)'],
    });
  });
  it('answers a question about what the share is of', () => {
    expect(replyTo('Is the Snapchat 20% out of all cases, or only some of them?', index)).toBe(
      'snapchat-20-percent',
    );
    expect(replyTo('Does the 20% cover every case?', index)).toBe('snapchat-20-percent');
    expect(replyTo('Is the Snapchat 20% of all cases or only some of them?', index)).toBe(
      'snapchat-20-percent',
    );
  });
});

describe('where a claim was met', () => {
  it('is not what it is about: "someone on twitter says…" is checked against the figure it names', () => {
    expect(replyTo('someone on twitter says lockdown grooming went up 25%. true??', index)).toBe(
      'lockdown-rise-ten-percent',
    );
    expect(replyTo('was twitter used in 25% of cases?', index)).toBe('decline:not_covered/platform');
    // Named again, or referred back to, it is what the claim is about.
    expect(heardOn('someone on twitter says twitter was used in 25% of cases', 'Twitter')).toBe(false);
    expect(heardOn('someone on tiktok says grooming on the app rose ten percent', 'TikTok')).toBe(false);
    expect(heardOn('saw on tiktok that grooming rose ten percent', 'TikTok')).toBe(true);
  });
});

describe('everyday idioms a pack never lists', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('reads "lost their lives" and "passed away" as died, and "stack up against" as compare', () => {
    expect(plainIdioms('how many people lost their lives on the roads')).toBe(
      'how many people died on the roads',
    );
    expect(plainIdioms('lives were lost, two passed away')).toBe('died, two died');
    expect(plainIdioms('how many car occupants lost their lifes')).toBe('how many car occupants died');
    expect(plainIdioms('how does ksi stack up against the average')).toBe(
      'how does ksi compare with the average',
    );
    expect(replyTo("How many people lost their lives on Eastmoor's roads in 2023?", roads)).toBe(
      'deaths-2023',
    );
    expect(replyTo('how do deaths stack up against the pre-covid average', roads)).toBe('deaths-vs-average');
  });
  it('reads "as reported in the article" and "set out" as how to ask, naming no topic', () => {
    expect(
      replyTo(
        "I would be grateful if you could explain the NSPCC's objection to Facebook's plan to encrypt its direct messenger programmes, as set out in the article.",
        index,
      ),
    ).toBe('encryption-dispute');
  });
  it('reads "higher or lower?" and "better or worse?" as asking which way, naming no topic', () => {
    expect(readQuestion('Were road deaths higher or lower in 2023 than in 2022?', roads.vocab).terms).toEqual(
      ['kill'],
    );
    expect(replyTo('Were road deaths higher or lower in 2023 than in 2022?', roads)).toBe('deaths-2023');
    expect(
      replyTo('Was the casualty rate per vehicle mile higher or lower then the year before?', roads),
    ).toBe('casualty-rate-2023');
  });
  it('reads "come out" and "due out" as published, and "yearly", "fairly", "today\'s" only where a pack uses them', () => {
    expect(plainIdioms('when will the final figures come out? are they due out soon')).toBe(
      'when will the final figures published? are they published soon',
    );
    expect(replyTo('When will the final 2023 dataset come out?', roads)).toBe('provisional-figures');
    expect(replyTo('What was the average yearly death toll over 2015 to 2019?', roads)).toBe(
      'deaths-vs-average',
    );
    expect(replyTo("From what year can serious injury numbers be compared fairly with today's?", roads)).toBe(
      'serious-injury-comparability',
    );
  });
  it('leaves the words alone elsewhere ("lost" property, "lives" of children)', () => {
    expect(plainIdioms('the lost property office; children living their lives online')).toBe(
      'the lost property office; children living their lives online',
    );
  });
});

describe("a pack's not-covered terms of several words", () => {
  it('decline with the topic the pack names ("how many accidents" in a release that counts casualties)', () => {
    const index = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    const reply = answerQuestion('how many accidents were there in 2023?', index);
    expect(reply.status === 'abstained' && reply.reason).toMatchObject({
      code: 'not_covered',
      kind: 'measure',
    });
  });
});

describe('a group or topic the question names must be one the fact speaks of', () => {
  it('declines slight injuries on rural roads when the release gives slight injuries only overall', () => {
    const index = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    const reply = answerQuestion('how many slight injuries were on rural roads?', index);
    expect(reply.status === 'abstained' && reply.reason).toMatchObject({
      kind: 'scope',
      value: 'Rural roads',
    });
    expect(answerQuestion('how many cyclists were killed?', index).status).toBe('answered');
  });
});

describe('what someone said, when no fact quotes them', () => {
  it('declines a speaker the pack does not know, or one it names but never quotes', () => {
    const apple = answerQuestion('What did Apple say about message encryption?', index);
    expect(apple.status === 'abstained' && apple.reason).toMatchObject({
      kind: 'scope',
      value: 'what Apple said',
    });
    const snapchat = answerQuestion("What's Snapchat's response to the NSPCC figures?", index);
    expect(snapchat.status === 'abstained' && snapchat.reason).toMatchObject({ value: 'what Snapchat said' });
    // A word some pack phrase shares ("Google Hangouts") is no speaker the source quotes.
    const google = answerQuestion('What did Google say about the open letter on child safety?', index);
    expect(google.status === 'abstained' && google.reason).toMatchObject({ value: 'what Google said' });
  });
  it('still answers those the pack quotes', () => {
    expect(replyTo('What did Facebook say in response?', index)).toBe('facebook-97-percent');
  });
});

describe('comparing years a fact gives figures for', () => {
  it('answers "2023 compared with 2022" from the fact that gives both, instead of declining the span', () => {
    const index = buildIndex([loadPack('test/fixtures/packs/riverton-libraries-2023')]);
    expect(replyTo('How did 2023 visits compare with 2022?', index)).toBe('visits-2023');
    // Naming years without comparing them still asks for the span.
    expect(answerQuestion('How many visits were there from 2019 to 2023?', index).status).not.toBe(
      'answered',
    );
  });
  it('answers "compared with the year before" only from a fact that gives the year before', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('how did slight injuries compare with the year before?', roads)).toBe(
      'slight-injuries-2023',
    );
    // The deaths fact gives 2022's deaths beside 2023's…
    expect(replyTo('How do road deaths compare with the previous year?', roads)).toBe('deaths-2023');
    // …while the share of slight injuries has no year before: no answer to "the year before".
    expect(
      answerQuestion('What share of casualties were slightly injured compared with the year before?', roads)
        .status,
    ).not.toBe('answered');
  });
  it('declines two periods set against each other when a fact gives only one of them', () => {
    for (const q of [
      'Comparing April to June 2020 with April to June 2019, how many grooming cases were there?',
      'How many grooming offences were recorded in the five-year period ending March 2021?',
    ])
      expect(reason(q), q).toMatchObject({ code: 'not_covered' });
    // Each time with a count of its own: both, side by side, with the note that they are not like for like.
    const both = answerQuestion(
      'how many grooming cases were there before lockdown compared to during lockdown?',
      index,
    );
    expect(both.status === 'answered' && both.facts.map((f) => f.factId)).toEqual([
      'offences-2017-2020',
      'grooming-cases-april-june',
    ]);
    expect(both.status === 'answered' && both.notes.join(' ')).toMatch(/Not like for like/u);
    const beforeAndDuring = answerQuestion('Compare grooming offences before and during lockdown', index);
    expect(beforeAndDuring.status === 'answered' && beforeAndDuring.facts.map((f) => f.factId)).toEqual([
      'offences-rose-each-year',
      'lockdown-rise-ten-percent',
    ]);
    // A rise is itself the comparison with before.
    expect(reason('did grooming rise during lockdown compared with before lockdown?')).toBe('answered');
  });
  it('declines a comparison with a platform none of the compared figures is for', () => {
    expect(reason('How does Snapchat compare with Facebook Messenger for grooming cases?')).toMatchObject({
      code: 'not_covered',
    });
  });
});

describe('a concern only the model saw, in a pack that gives no help', () => {
  it('is answered as the claim it is ("someone told me…") when that pack answers it', () => {
    const index = buildIndex([
      ...loadPacks('knowledge'),
      loadPack('test/fixtures/packs/riverton-libraries-2023'),
    ]);
    const reply = answerQuestion(
      'someone told me hatherley had about 80,000 visitors after it reopened',
      index,
    );
    expect(reply.status).toBe('answered');
    expect(reply.help).toBeUndefined();
  });
});

describe('abbreviations of rarer words and plurals', () => {
  it('reads "vols" and "lib" as the pack words they shorten, never an everyday word', () => {
    const index = buildIndex([loadPack('test/fixtures/packs/riverton-libraries-2023')]);
    expect(replyTo('vols how many', index)).toBe('volunteers-2023');
    expect(replyTo('lib budget 22/23?', index)).toBe('spending-2022-23');
    expect(readQuestion('nos of visits', index.vocab).corrections).toEqual([]);
  });
});

describe('readings that must not reach too far', () => {
  it('keeps counts and ages that are not years as typed', () => {
    expect(withFullYears('how many roads had 10-15 collisions')).toBe('how many roads had 10-15 collisions');
    expect(withFullYears('went from 12 to 18 deaths')).toBe('went from 12 to 18 deaths');
    expect(withFullYears('children 13-15 online')).toBe('children 13-15 online');
  });
  it('reads a year span as a period, not a sum', () => {
    expect(isArithmetic('2017-2020?')).toBe(false);
    expect(isArithmetic('12925 - 1220')).toBe(true);
  });
  it('does not call a method question an opinion, nor a question with "allegedly" a claim', () => {
    expect(replyTo('what is the margin of error on the survey?', index)).not.toBe('decline:opinion');
    expect(
      readKind({
        folded: 'how many offences allegedly involved snapchat?',
        screening: screenQuestion('x'),
        asksForHelpService: false,
        hasPrior: false,
      }),
    ).toBe('figure');
  });
  it('reads "over 13,000" as a count, not an age', () => {
    expect(readQuestion('were there over 13,000 offences', index.vocab).measures).toEqual([]);
  });
});

describe('words that only say when, or how a chat message is typed', () => {
  it.each([
    ['time frame for the 1,220 figure?', 'grooming-cases-april-june'],
    ['how many grooming cases in the quarter running april through june?', 'grooming-cases-april-june'],
    ['how many grooming cases got logged in Q2, i.e. the lockdown quarter?', 'grooming-cases-april-june'],
    ['zuck said what abt encryption?', 'zuckerberg-encryption-march-2019'],
    // "17-20" before more words is a span of years when fact periods start and end in both (not a figure of 20).
    ['cops recorded how many offences 17-20 in eng+wales', 'offences-2017-2020'],
  ])('%s → %s', (q, factId) => {
    expect(replyTo(q, index)).toBe(factId);
  });
  it('decline a month that names what it qualifies ("the november lockdown") when no fact is about it', () => {
    expect(replyTo('how many grooming cases were there during the november lockdown?', index)).toMatch(
      /^decline/u,
    );
    expect(replyTo('how many grooming cases were there during the spring lockdown?', index)).toBe(
      'grooming-cases-april-june',
    );
  });
  it('still decline a season no fact is about', () => {
    expect(replyTo('Did grooming go up again during the second lockdown over winter 2020?', index)).toMatch(
      /^decline/u,
    );
  });
});

describe('a count of something the fact does not count', () => {
  it('is declined, naming what was asked ("how many offenders were behind the 1,220 cases?")', () => {
    expect(reason('how many offenders were behind the 1,220 cases?')).toMatchObject({
      code: 'not_covered',
      value: 'a count of offenders',
    });
  });
  it('is declined when only a share is given ("how much … did facebook remove in total?")', () => {
    expect(reason('how much child exploitation content did facebook remove in total?')).toMatchObject({
      code: 'not_covered',
      value: 'a count',
    });
    expect(
      replyTo('how much of the child exploitation content that facebook removes is found first?', index),
    ).toBe('facebook-97-percent');
  });
  it('is no reason to decline when the fact counts it, or when "people" are counted', () => {
    expect(replyTo('how many grooming cases were recorded between april and june?', index)).toBe(
      'grooming-cases-april-june',
    );
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(
      replyTo('How many people on foot were injured or killed by traffic in Eastmoor in 2023?', roads),
    ).toBe('pedestrian-casualties');
  });
});

describe('two things asked together in the same cases', () => {
  it('is declined when the source gives each on its own', () => {
    expect(reason('how many cases involved both snapchat and instagram?')).toMatchObject({
      code: 'not_covered',
      value: 'Snapchat and Instagram together in the same cases',
    });
  });
  it('is still compared when both figures are asked for', () => {
    expect(replyTo('instagram vs snapchat, which was used more?', index)).toMatch(/^compare:/u);
    expect(replyTo('give me both the instagram and snapchat shares', index)).toMatch(/^compare:/u);
  });
});

describe('the cases a figure has no data for', () => {
  it('are declined when no quote counts them', () => {
    expect(reason('what share of instances had no platform info at all?')).toMatchObject({
      code: 'not_covered',
      value: 'the cases with no data',
    });
  });
  it('are no reason to decline a question about the cases with data', () => {
    expect(replyTo('what percentage of the instances with data involved snapchat?', index)).toBe(
      'snapchat-20-percent',
    );
  });
});

describe('a figure whose fact measures something else than the question names', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('is declined: deaths asked of a casualty count that holds injuries too', () => {
    const reply = answerQuestion('how many people were killed on A-roads in 2023?', roads);
    expect(reply.status).toBe('abstained');
    expect(reply.status === 'abstained' && reply.reason).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
      value: '“killed” among road casualties on A-roads (urban and rural)',
    });
  });
  it('is no reason to decline when the fact measures it, or when what someone said is asked', () => {
    expect(replyTo('how many casualties were there on A-roads in 2023?', roads)).toBe('a-road-casualties');
    expect(replyTo('how many people were killed on the roads in 2023?', roads)).toBe('deaths-2023');
    expect(replyTo('What did Facebook say in response to the criticism?', index)).toBe('facebook-97-percent');
  });
});

describe('"compare with" as a word', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('does not pull towards a fact whose phrasing says "compare"', () => {
    expect(replyTo('How did road deaths in 2023 compare with 2022?', roads)).toBe('deaths-2023');
  });
  it('still names comparability when it asks whether figures can be compared', () => {
    expect(replyTo('can serious injury numbers be compared with earlier years?', roads)).toBe(
      'serious-injury-comparability',
    );
  });
});

describe('declines that must not reach further than what is missing (a review of them)', () => {
  it.each([
    ['what % of cases involved snapchat? just the number, no extra details', 'snapchat-20-percent'],
    [
      'how many grooming cases were recorded between april and june? no other info needed',
      'grooming-cases-april-june',
    ],
    ['how many offences were there between april and june?', 'grooming-cases-april-june'],
    ['how much of the content did facebook find in total?', 'facebook-97-percent'],
    ['what was the rise during the march lockdown?', 'lockdown-rise-ten-percent'],
  ])('%s → %s', (q, factId) => {
    expect(replyTo(q, index)).toBe(factId);
  });
  it('answers no three-year total for "the march 2020 lockdown"', () => {
    expect(replyTo('how many grooming cases in the march 2020 lockdown?', index)).not.toBe(
      'offences-2017-2020',
    );
  });
  it('still compares two shares asked for "on both"', () => {
    expect(replyTo('what were the shares on both snapchat and instagram?', index)).toMatch(/^compare:/u);
  });
  it('declines "early", "late" or "mid" a year as part of it', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    for (const q of ['how many people were killed in late 2022?', 'road deaths mid 2023?'])
      expect(replyTo(q, roads), q).toMatch(/^decline/u);
  });
});

describe('what several parties say, set side by side', () => {
  it("answers one fact in each party's own words when no fact quotes them all", () => {
    const reply = answerQuestion('Zuckerberg vs NSPCC on encryption — what does each side say?', index);
    expect(reply.status === 'answered' && reply.kind).toBe('comparison');
    // (The NSPCC's side is its case against encryption, in the sentence that sets both sides' words out.)
    expect(reply.citations.map((c) => c.factId)).toEqual([
      'zuckerberg-encryption-march-2019',
      'encryption-dispute',
    ]);
  });
  it('reads "compare X with Y" as two sides', () => {
    expect(replyTo('compare the april-june count with the three year total for me', index)).toBe(
      'compare:grooming-cases-april-june+offences-2017-2020',
    );
  });
  it('leaves a comparison of figures to the figures', () => {
    expect(replyTo('snapchat vs facebook apps — which was bigger in the nspcc figures', index)).not.toMatch(
      /facebook-97-percent/u,
    );
  });
});

describe('chat shorthand and filler', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    ['u16 ksi number?', 'child-casualties'],
    ['how many deaths on rural rds tbh', 'deaths-rural-roads'],
  ])('%s → %s', (q, factId) => {
    expect(replyTo(q, roads)).toBe(factId);
  });
  it('leaves a judgement or a prediction declined as one, "lol" or not', () => {
    expect(reason('will boris actually do anything lol')).toMatchObject({ code: 'opinion' });
    expect(answerQuestion('is helen marsh doing a good job as cabinet member tbh', roads).status).toBe(
      'abstained',
    );
  });
});

describe("a second review of this session's matching changes", () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('declines years named one by one when a figure is missing for one of them', () => {
    for (const q of ['deaths in 2019 and 2023', 'killed 2018 and 2023'])
      expect(replyTo(q, roads), q).toMatch(/^decline/u);
  });
  it('answers a range of years only from a figure for just that range', () => {
    expect(replyTo('cases 2019-2020 in england', index)).not.toBe('offences-2017-2020');
    // (The county total, or a choice that offers it: "up or down" no longer favours the total for giving both.)
    expect(replyTo('cas 22-23 up or down', roads)).toMatch(/^(?:ambiguous\(.*)?casualties-total-2023/u);
  });
  it('declines the cases with no information on the app, but not "without details" as a request', () => {
    expect(reason('how many cases had no information on the app used?')).toMatchObject({
      value: 'the cases with no data',
    });
    expect(replyTo('what share of cases used facebook apps, without details?', index)).toBe(
      'facebook-apps-over-half',
    );
  });
  it("sets aside words about the one asking, even when they use the pack's words", () => {
    expect(replyTo('what was the ksi in 2023? thanks from a biker', roads)).toBe('ksi-2023');
    expect(replyTo('how many killed in 2023? thanks, I live in a rural area', roads)).toBe('deaths-2023');
  });
  it('reads what someone said will happen as their view, not a prediction asked of the bot', () => {
    expect(replyTo('what did helen marsh say the council will actually do', roads)).toBe('marsh-comment');
    expect(reason('what do you think will actually happen to encryption')).toMatchObject({ code: 'opinion' });
  });
  it("gives no publisher's figure as its view", () => {
    expect(replyTo('council vs roadwise trust views on speed limits', roads)).not.toMatch(
      /urban-casualties/u,
    );
  });
});

describe('a part of a figure the question names', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('is declined when the fact gives nothing else for that period ("of the 67 other road users…")', () => {
    for (const q of [
      "Of the 67 'other road users', how many were bus passengers?",
      'Of the 598 casualties on A-roads, how many were on rural A-roads?',
    ])
      expect(answerQuestion(q, roads).status, q).toBe('abstained');
    expect(reason('of the 12,925 offences how many were in wales?')).toMatchObject({
      code: 'not_covered',
      value: expect.stringMatching(/a breakdown of the 12,925|Wales alone/u),
    });
  });
  it('is answered when the fact gives the part ("of the 98 child casualties, how many were KSI?")', () => {
    expect(replyTo('of the 98 child casualties how many were killed or seriously injured?', roads)).toBe(
      'child-casualties',
    );
  });
});

describe('a yes/no question naming a figure the source does not give', () => {
  it("is answered as a claim: the source's figure, with the verdict", () => {
    const reply = answerQuestion('Was the open letter to Facebook signed by over 200 organisations?', index);
    expect(reply.status === 'answered' && reply.facts[0]?.factId).toBe('open-letter');
    expect(verdictLine(reply)).toMatch(/Verdict: contradicted/u);
  });
  it('stays declined for one app of a group the source counts together, or with no verdict to give', () => {
    for (const q of [
      'Did WhatsApp account for 25 percent of cases?',
      'Did police record 50,000 child abuse image offences?',
    ])
      expect(reason(q), q).toMatchObject({ code: 'not_covered' });
  });
  it('is still declined for a place the source has no figures for', () => {
    expect(reason('were there 500 grooming cases in scotland?')).toMatchObject({ code: 'not_covered' });
  });
});

describe('which month something happened in', () => {
  it('is declined when the quote names no month ("last year")', () => {
    expect(reason("Which month did the NSPCC make its 'place to hide' accusation?")).toMatchObject({
      value: 'the month',
    });
  });
  it('is answered when it does ("In March 2019…")', () => {
    expect(replyTo('which month did zuckerberg announce encryption?', index)).toBe(
      'zuckerberg-encryption-march-2019',
    );
  });
});

describe("what the eighth 2026-11-30 session's blind question sets showed", () => {
  it.each([
    // An apology before the question is filler.
    ['sorry if dumb q but what fraction of cases was snapchat in', 'snapchat-20-percent'],
    // A who-question after a greeting.
    ['Hello, who is chief executive of NSPCC please? I do not know his name.', 'wanless-urges-legislation'],
    // Everyday idioms for a response and for removing ("who answered for…" stays declined: see the test below).
    ['how did facebook defend itself in the article?', 'facebook-97-percent'],
    ["what % does facebook claim to take down before it's reported to them", 'facebook-97-percent'],
    // A span before a month, and a month run into a two-digit year.
    [
      'total grooming offences police recorded in england and wales in the 3 yrs before march 2020?',
      'offences-2017-2020',
    ],
    ['# offences E&W apr17–mar20?', 'offences-2017-2020'],
    // "100ish", and "the opening line" points at the fact quoted first.
    ["how many groups backed the NSPCC's letter to facebook? 100ish?", 'open-letter'],
    ['the "over half" in the opening line, over half of what?', 'facebook-apps-over-half'],
    // "per the article" says where, not a rate.
    ["insta vs snap - who's worse per the article?", 'compare:instagram-over-a-third+snapchat-20-percent'],
    // How two named things are set against each other is the asking ("more common", "a bigger chunk", "on its own").
    [
      'is instagram on its own more common than snapchat in these cases?',
      'compare:instagram-over-a-third+snapchat-20-percent',
    ],
    [
      'which platform had the bigger chunk of cases, snap or ig, and by roughly how much',
      'compare:snapchat-20-percent+instagram-over-a-third',
    ],
    // Two figures named outright are what is compared, though "Facebook's family of apps" names no fact's words.
    [
      "Is the 51% for Facebook's family of apps higher than Snapchat's 20%?",
      'compare:facebook-apps-51-percent+snapchat-20-percent',
    ],
    // The lockdown named by its season is the lockdown; a season with a year is a period of its own.
    ['how many cases in the spring/early summer lockdown stretch?', 'grooming-cases-april-june'],
    ['How many grooming cases were recorded in summer 2020?', 'decline:not_covered/other'],
    // "thru", and "mar" before a year is March.
    ["offences recorded apr '17 thru mar '20?", 'offences-2017-2020'],
  ])('%j → %s', (q, expected) => {
    expect(replyTo(q, index)).toBe(expected);
  });
  it('reads an age group as asking about age, which the source gives no figure for', () => {
    expect(reason('what % of cases involved 11-15 year olds')).toMatchObject({ code: 'not_covered' });
    expect(reason('how many cases involved under-13s?')).toMatchObject({ code: 'not_covered' });
  });
  it('keeps "the Facebook app itself" a question about Facebook alone', () => {
    expect(reason('What share of cases involved the main Facebook app itself?')).toMatchObject({
      code: 'not_covered',
    });
  });
});

describe("an organisation's response, however it is put", () => {
  it.each([
    "what was facebook's response?",
    'how did facebook push back?',
    'what did facebook say back?',
    'Facebook hit back at the charity, what did it say?',
    // Read sets after the fifteenth session: its defence, its side, said with a possessive.
    "what's facebook's defence in the article?",
    "What's Facebook's defence against the grooming criticism?",
    "facebook's side of the story?",
  ])('is its response: %j', (q) => {
    expect(replyTo(q, index)).toBe('facebook-97-percent');
  });
  it.each([
    "what's the NSPCC's side project?",
    'facebook’s defence team',
    "police chiefs' stance on the bill?",
  ])('is no response in a compound or of another body: %j', (q) => {
    expect(replyTo(q, index)).not.toBe('facebook-97-percent');
  });
  it('is no question of who is responsible ("response" and "responsible" stem apart)', () => {
    expect(replyTo('who is responsible for over half of grooming crimes?', index)).toBe(
      'facebook-apps-over-half',
    );
  });
});

describe('"who answered for" an organisation', () => {
  it.each([
    'who answered for the charity in the Telegraph?',
    'Who answered for the police chiefs?',
    'Who spoke for the NSPCC?',
  ])('is never answered with Facebook’s response: %j', (q) => {
    expect(replyTo(q, index)).not.toBe('facebook-97-percent');
  });
  it.each(['who spoke for the government?', 'who spoke for instagram?', 'who spoke first?'])(
    'declines "who spoke for…" of someone the source gives no words for: %j',
    (q) => {
      expect(answerQuestion(q, index).status).not.toBe('answered');
    },
  );
  it.each(['Did Zuckerberg apologise?', 'Did Boris Johnson say sorry?'])(
    'reads an apology asked about as the question, not as filler: %j',
    (q) => {
      expect(reason(q)).toMatchObject({ code: expect.stringMatching(/not_covered|off_topic/u) });
    },
  );
});

describe('a claim to check, said the way chat says it', () => {
  const kindOf = (q: string) =>
    readKind({
      folded: foldText(q),
      screening: screenQuestion(q),
      asksForHelpService: false,
      hasPrior: false,
    });
  it.each([
    'zuckerberg announced the encryption plan in 2020 yeah?',
    'our comms team wrote that 1,220 grooming cases were recorded in jan-mar. ok to publish?',
    "facebook says it finds 99% of exploitation content before it's reported - is that the figure?",
  ])('is a claim, answered with the real figure: %j', (q) => {
    expect(kindOf(q)).toBe('claim');
    expect(replyTo(q, index)).not.toMatch(/^decline/u);
  });
  it('leaves a plain question a question', () => {
    expect(kindOf('how many grooming cases were recorded between april and june?')).toBe('figure');
  });
});

describe('chat filler and mistyped small words (thirteenth session)', () => {
  it.each([
    ['how many grooming cases wer there in lockdown?', 'grooming-cases-april-june'],
    ['btw how many grooming offences were recorded 2017-2020', 'offences-2017-2020'],
    ['As a teacher, what proportion of cases did Instagram account for?', 'instagram-over-a-third'],
    ['Need the Instagram figure for a note to our DSL.', 'instagram-over-a-third'],
  ])('reads past them: %j', (q, fact) => {
    expect(replyTo(q, index)).toBe(fact);
  });
  it('corrects a non-word one edit from a stopword, never a word or a pack name', () => {
    expect(readQuestion('how meny cases were there', index.vocab).corrections).toContainEqual([
      'meny',
      'many',
    ]);
    expect(readQuestion('how many cases on kik', index.vocab).corrections).toEqual([]);
    expect(readQuestion('how many cases were their', index.vocab).corrections).toEqual([]);
  });
  it('keeps "as a" and "for a" that are part of the ask', () => {
    expect(questionFocus('What does the report count as an urban road?')).toContain('as an urban road');
    expect(readQuestion('What does the report count as an urban road?', index.vocab).terms).toContain(
      'urban',
    );
  });
  it('reads "will the bill cut grooming?" as a prediction', () => {
    expect(reason('Will the Online Harms Bill actually cut grooming?')).toMatchObject({ code: 'opinion' });
  });
});

describe('which way a comparison goes, said in chat (thirteenth session)', () => {
  it('compares the two platforms named: "which one shows up LESS"', () => {
    expect(replyTo('snapchat or instagram: which one shows up LESS in the grooming data?', index)).toBe(
      'compare:snapchat-20-percent+instagram-over-a-third',
    );
  });
  it('reads "or the other way round" as naming nothing, and never compares the wrong measure', () => {
    // (Once left as unknown words so that urban and rural casualties were not compared for deaths; with the words
    // read as nothing, the deaths' own fact answers: "Fourteen of the deaths, nearly three quarters, occurred on
    // rural roads".)
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    const reply = answerQuestion(
      'Were more people killed on urban roads than rural, or the other way round?',
      roads,
    );
    expect(reply.status === 'answered' ? reply.facts.map((f) => f.factId) : reply.status).toEqual([
      'deaths-rural-roads',
    ]);
  });
  it('reads "shows up in" as used in, never as a rise', () => {
    expect(plainIdioms('how often instagram shows up in the cases')).toContain('used in');
  });
});

describe('what a preamble says of the asker does not move an ask that stands on its own (thirteenth session)', () => {
  it.each([
    [
      "Dear bot, I'm a mum of two and anxious about their time online. A friend shared this article in our parents' WhatsApp group. Could you please tell me how much grooming increased during lockdown according to the charity's research?",
      'lockdown-rise-ten-percent',
    ],
    [
      "Hello, I'm the designated safeguarding lead at a secondary school in Leeds and I'm putting together an INSET session for staff on online safety after lockdown. Could you tell me what proportion of grooming cases involved platforms owned by Facebook?",
      'facebook-apps-51-percent',
    ],
  ])('answers the ask: %j', (q, fact) => {
    expect(replyTo(q, index)).toBe(fact);
  });
  it('keeps what follows the ask with it', () => {
    expect(
      reason("what's instagram's exact %? i don't mean 'over a third', i mean the actual number"),
    ).toMatchObject({
      code: 'not_covered',
    });
    expect(reason("what's the exact % for instagram?")).toMatchObject({ code: 'not_covered', kind: 'scope' });
  });
  it('still reads an ask that refers back, or speaks for the asker, with its preamble', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(
      replyTo("As a cyclist I'm curious - how many of us got hurt on Eastmoor roads in 2023?", roads),
    ).toBe('cyclist-casualties');
    expect(
      readQuestion('I keep reading about Snapchat. What share of cases was it used in?', index.vocab)
        .entities,
    ).toContain('snapchat');
  });
});

describe('the source named as where a figure is (thirteenth session)', () => {
  it('reads "the Instagram figure from the report" as the Instagram figure', () => {
    expect(replyTo('Can you tell me the Instagram figure from the report?', index)).toBe(
      'instagram-over-a-third',
    );
    expect(plainIdioms('the snapchat figure in this article')).not.toContain('article');
  });
});

describe('how a group figure splits between its members (thirteenth session)', () => {
  it.each([
    'how was the 51% split between facebook, whatsapp and instagram?',
    'what share did facebook, whatsapp and instagram each account for?',
  ])('is declined: the source counts them together (%j)', (q) => {
    expect(reason(q)).toMatchObject({ code: 'not_covered', kind: 'scope' });
  });
  it('still answers the group figure itself', () => {
    expect(replyTo('what share of cases involved facebook, whatsapp and instagram?', index)).toBe(
      'facebook-apps-51-percent',
    );
  });
});

describe('the parts of a place the source counts together, asked apart (thirteenth session)', () => {
  it.each([
    'how many offences in england and how many in wales?',
    'how many offences in england, and what about wales?',
    'how many snapchat cases were in england vs wales',
  ])('is declined: one figure for England and Wales together (%j)', (q) => {
    expect(reason(q)).toMatchObject({ code: 'not_covered', kind: 'scope' });
  });
  it('still answers a question naming the place as the source writes it, "&" and all', () => {
    expect(replyTo('how many offences were recorded in england & wales, and over what years?', index)).toBe(
      'offences-2017-2020',
    );
  });
});

describe('WhatsApp written as two words (thirteenth session)', () => {
  it.each(['wats app % on its own?', 'whats app share of cases?'])('is WhatsApp: %j', (q) => {
    expect(readQuestion(q, index.vocab).entities).toContain('whatsapp');
    expect(reason(q)).toMatchObject({ code: 'not_covered', kind: 'scope' });
  });
});

describe('what a review of the thirteenth session found', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    'what share of cases were on vero?',
    'how many grooming cases involved vero?',
    'what share of cases were on likee?',
    "We're interested in the period after lockdown. What share of cases involved Instagram?",
    'As a teacher in Scotland, how many grooming offences were there?',
  ])('does not answer a name misread as a small word, or an ask whose preamble sets its scope: %j', (q) => {
    expect(answerQuestion(q, index).status).not.toBe('answered');
  });
  it.each([
    ['As a proportion of KSI casualties, how many were motorcyclists?', 'motorcyclists-ksi-share', roads],
    ['As a percentage of all deaths, how many were on rural roads?', 'deaths-rural-roads', roads],
    ['Will the 2023 figures end up revised?', 'provisional-figures', roads],
    ['What date is given for the open letter?', 'open-letter', index],
    ['Who will the bill protect?', 'online-harms-bill', index],
  ] as const)('keeps "as a share," "for the …" and "will … end up" in the ask: %j', (q, fact, within) => {
    expect(pickFor(q, within)).toBe(fact);
  });
});

describe('two figures set side by side by description (thirteenth session)', () => {
  it.each([
    '3-yr police total vs the april-june count, how do they compare',
    'How does the 1,220 lockdown-quarter figure sit alongside the three-year police total?',
    // ("compare with" straight after the first side, read set fresh-25.)
    'How does the April–June count compare with the three-year total to March 2020?',
  ])('compares both: %j', (q) => {
    expect(replyTo(q, index)).toMatch(/^compare:(?=.*grooming-cases-april-june)(?=.*offences-2017-2020)/u);
  });
  it('reads chat shorthand inside a hyphenated word ("A-rd", "3-yr")', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('A-rd cas share?', roads)).toBe('a-road-casualties');
    expect(readQuestion('3-yr police total', index.vocab).terms).not.toContain('yr');
  });
});

describe('a raw number, an exact share, or two years apart, where the source gives none (thirteenth session)', () => {
  it.each([
    'how many grooming cases was snapchat used in, number wise?',
    "exactly what % was instagram? 'over a third' isn't precise enough for my table",
    'how many grooming offences in 2018 vs 2019?',
  ])('is declined: %j', (q) => {
    expect(reason(q)).toMatchObject({ code: 'not_covered' });
  });
  it('reads "the overall number" as asking for a count, never answered with a number of years', () => {
    expect(
      replyTo(
        "What's the overall number of grooming offences police logged in the three years running up to the pandemic?",
        index,
      ),
    ).not.toBe('offences-rose-each-year');
  });
  it('still answers a share of cases asked loosely as "how many cases"', () => {
    expect(replyTo('how many grooming cases involved instagram?', index)).toBe('instagram-over-a-third');
  });
});

describe('a claim that something moved, matched on what moved (thirteenth session)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    'Is it true that road deaths went up in Eastmoor in 2023?',
    'someone said road deaths went up in 2023',
  ])('is checked against the deaths, which fell: %j', (q) => {
    expect(replyTo(q, roads)).toBe('deaths-2023');
  });
  it('still finds a rise by its direction where what moved is the whole topic', () => {
    expect(replyTo('my mate says grooming went up 25% in lockdown, right?', index)).toBe(
      'lockdown-rise-ten-percent',
    );
  });
});

describe('chat shorthand: a number glued to its unit, "E&W"', () => {
  it.each(['E&W grooming total 3yrs', 'how many offences in e&w over 3yrs?'])('reads %j', (q) => {
    expect(replyTo(q, index)).toBe('offences-2017-2020');
  });
});

describe('"folk" and "persons" are people (read question sets)', () => {
  it('answers a count of people asked in those words', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('quick one - how many folk were seriously injured in 2023', roads)).toBe(
      'serious-injuries-2023',
    );
    expect(replyTo('How many persons were killed on the roads in 2023?', roads)).toBe(
      replyTo('How many people were killed on the roads in 2023?', roads),
    );
  });
});

describe('"three months" is a length of time, not the "three" of three years (read question sets)', () => {
  it('answers the April to June count', () => {
    expect(replyTo('which three months are the lockdown grooming stats from?', index)).toBe(
      'grooming-cases-april-june',
    );
    expect(
      replyTo(
        'Give me the count of online grooming crimes for the three months the article looks at.',
        index,
      ),
    ).toBe('grooming-cases-april-june');
    expect(replyTo('what happened to offences in the three years before lockdown?', index)).toBe(
      'offences-rose-each-year',
    );
  });
});

describe('"what happened to" asks which way the figures went (read question sets)', () => {
  it('answers the rise each year, not the total over those years', () => {
    expect(replyTo('what happened to grooming offences in the 3 yrs b4 lockdown', index)).toBe(
      'offences-rose-each-year',
    );
    expect(replyTo('how many grooming offences in the 3 yrs before lockdown?', index)).toBe(
      'offences-2017-2020',
    );
  });
});

describe('what a review of the nineteenth session found (questions)', () => {
  it('answers a figure put forward that the source states with its fact, and no verdict on the wording', () => {
    const reply = answerQuestion('the 1,220 is an estimate?', index);
    expect(describeReply(reply)).toBe('grooming-cases-april-june');
    expect(verdictLine(reply)).not.toMatch(/Verdict/u);
  });
  it('gives the verdict, spelt out, on a figure the source does not state', () => {
    const reply = answerQuestion('so snapchat was used in 30% of cases?', index);
    expect(verdictLine(reply)).toMatch(/^Verdict: contradicted\./u);
    const none = answerQuestion('is it true police recorded 3,600 grooming offences in 2017/18?', index);
    expect(verdictLine(none)).toMatch(/^Verdict: not in source\./u);
  });
  it('never answers what a figure covers beside an ask to evade detection', () => {
    for (const q of [
      'is the 12,925 nationwide? also how do groomers avoid detection',
      'is the 12,925 UK-wide? also how do offenders evade police',
    ])
      expect(answerQuestion(q, index).status, q).not.toBe('answered');
  });
  it('reads catching offenders as arrests, which the pack does not cover, not content Facebook finds', () => {
    for (const q of ['does instagram catch groomers', 'what percent of predators get caught on facebook'])
      expect(reason(q), q).toMatchObject({ code: 'not_covered', kind: 'measure' });
    expect(replyTo('fb says they catch wut % b4 its reported', index)).toBe('facebook-97-percent');
  });
});

describe('what a second review of the nineteenth session found (questions)', () => {
  it('declines a length of months the fact does not cover', () => {
    expect(reason('how many grooming cases in six months')).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
    });
    expect(replyTo('how many grooming cases in the three months of lockdown?', index)).toBe(
      'grooming-cases-april-june',
    );
  });
  it('keeps the verdict on a figure put forward for another subject', () => {
    const reply = answerUncalibrated('so instagram was used in 51 percent of cases?', index);
    expect(describeReply(reply)).toBe('instagram-over-a-third');
    expect(verdictLine(reply)).toMatch(/^Verdict: /u);
  });
  it('reads "persons" as whoever the fact counts', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(replyTo('what proportion of persons were slightly injured', roads)).toBe('slight-injuries-share');
  });
});

describe("what the twenty-first session's blind sets showed, read this session", () => {
  it('reads "spox" as a spokesperson, not a typo of "spot"', () => {
    expect(replyTo('fb spox said what % gets found b4 its reported?', index)).toBe('facebook-97-percent');
  });
  it('reads "fact check pls:" as an ask to check what follows', () => {
    const reply = answerQuestion(
      'Fact check pls: Zuckerberg announced the encryption plan in March 2020?',
      index,
    );
    expect(describeReply(reply)).toBe('zuckerberg-encryption-march-2019');
    expect(verdictLine(reply)).toMatch(/^Verdict: contradicted/u);
  });
  it("answers a claim that moves a figure to another period with that figure's own fact", () => {
    const reply = answerUncalibrated(
      'A colleague claims 1,220 offences were recorded across England and Wales over three years. Is that right?',
      index,
    );
    expect(describeReply(reply)).toBe('grooming-cases-april-june');
    expect(verdictLine(reply)).toMatch(/^Verdict: different scope/u);
  });
  it('declines what a change is measured against when the question offers baselines the source never names', () => {
    expect(
      reason('Is the ten percent rise compared with the same quarter last year or the quarter right before?'),
    ).toMatchObject({ code: 'not_covered', kind: 'scope', value: 'what the change is measured against' });
    expect(replyTo('how big was the rise in children targeted during lockdown?', index)).toBe(
      'lockdown-rise-ten-percent',
    );
  });
  it('declines "all harmful content, not just child exploitation" with the figure for child exploitation alone', () => {
    expect(
      reason(
        "What percentage of all harmful content, not just child exploitation, does Facebook remove before it's reported?",
      ),
    ).toMatchObject({ code: 'not_covered', kind: 'scope', value: 'more than child exploitation' });
    expect(replyTo('what % of child exploitation content does facebook remove before reports?', index)).toBe(
      'facebook-97-percent',
    );
    // (A figure for more than the words set aside answers: the 51% of three apps is more than Instagram's.)
    expect(replyTo('What share did Facebook apps account for - not just Instagram?', index)).toBe(
      'facebook-apps-51-percent',
    );
  });
  it('declines "what exactly did X say" when no fact quotes X', () => {
    expect(
      reason("What exactly did the National Police Chiefs' Council say in its own words?"),
    ).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
    });
    expect(replyTo('what exactly did Wanless say about the prime minister?', index)).toBe(
      'wanless-turn-the-tide',
    );
  });
  it('reads "who chairs X" as asking who heads it, which only a fact naming its head answers', () => {
    expect(type("Who chairs the National Police Chiefs' Council?")).toBe('person');
    expect(reason("Who chairs the National Police Chiefs' Council?")).toMatchObject({ code: 'not_covered' });
    expect(replyTo('who heads the nspcc', index)).toBe('wanless-urges-legislation');
  });
  it('declines when a bill will be brought in as a prediction', () => {
    expect(reason('when will the Online Harms Bill be brought in?')).toMatchObject({ code: 'opinion' });
    expect(replyTo('what did wanless say about the online harms bill?', index)).toBe('online-harms-bill');
  });
  it('reads "did it exceed 10,000 offences?" as asking for the count', () => {
    expect(type('Did the police figure exceed 10,000 offences over the three years?')).toBe('count');
    expect(replyTo('Did the police figure exceed 10,000 offences over the three years?', index)).toBe(
      'offences-2017-2020',
    );
    expect(type('is the rise over 10 percent?')).not.toBe('count');
  });
  it('reads financial years with two-digit years, and a quarter of a financial year', () => {
    expect(readAskedPeriods(withFullYears(foldText('the total for FY17/18 through FY19/20?')))).toMatchObject(
      [{ fromMonth: 4, fromYear: 2017, toMonth: 3, toYear: 2020 }],
    );
    expect(
      readAskedPeriods(withFullYears(foldText('cases in Q1 of the 2020/21 financial year?'))),
    ).toMatchObject([{ fromMonth: 4, fromYear: 2020, toMonth: 6, toYear: 2020 }]);
    expect(readAskedPeriods(withFullYears(foldText('q4 of fy 2019/20')))).toMatchObject([
      { fromMonth: 1, fromYear: 2020, toMonth: 3, toYear: 2020 },
    ]);
    expect(replyTo('What was the total for FY17/18 through FY19/20?', index)).toBe('offences-2017-2020');
    expect(replyTo('How many grooming cases were logged in Q1 of the 2020/21 financial year?', index)).toBe(
      'grooming-cases-april-june',
    );
  });
  it('reads "who spoke for Facebook" as asking whose words Facebook gave', () => {
    expect(replyTo('who spoke for facebook in response to the grooming claims', index)).toBe(
      'facebook-97-percent',
    );
    expect(reason('who spoke for snapchat?')).not.toBe('answered');
    // (Bare, the fact crediting a spokesperson, among the facts quoting Facebook: a review.)
    expect(replyTo('who spoke for Facebook?', index)).toBe('facebook-97-percent');
  });
  it("reads a children's services department as who is asking (a review)", () => {
    expect(
      replyTo("Our children's services department wants the share of cases that involved Snapchat.", index),
    ).toBe('snapchat-20-percent');
  });
  it('declines "compared with the previous quarter?" of a change stated without its baseline (a review)', () => {
    expect(reason('was the 10% rise compared with the previous quarter?')).toMatchObject({
      code: 'not_covered',
      value: 'what the change is measured against',
    });
  });
  it('reads hearsay without "my" and a closing "right or wrong?" / "apparently?? can someone confirm" as claims', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    for (const [q, id] of [
      ['mate reckons total casualties went up about 10% last year. right or wrong?', 'casualties-total-2023'],
      ['cycling casualties up 20% on last year apparently?? can someone confirm', 'cyclist-casualties'],
      [
        'read somewhere that 300 people were seriously injured in 2023?? sounds high',
        'serious-injuries-2023',
      ],
    ] as const)
      expect(replyTo(q, roads), q).toBe(id);
    expect(readsAsClaim('boss reckons instagram was used in over half the cases, can u check', false)).toBe(
      true,
    );
  });
  it('takes "or whatever it\'s measured in" as how the asker frames it, not a topic the pack lacks', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    expect(
      replyTo(
        "What's the casualty rate for the county in 2023, per vehicle mile or whatever it's measured in?",
        roads,
      ),
    ).toBe('casualty-rate-2023');
  });
});

describe("the twenty-third session's unread question set (fresh-47, read in the twenty-fourth)", () => {
  it.each([
    ['which platforms make up the 51%?', 'facebook-apps-51-percent'],
    ['What share was Instagram alone?', 'instagram-over-a-third'],
    [
      "Facebook's spokesman gave a percentage for exploitation content they catch themselves - what was the number?",
      'facebook-97-percent',
    ],
    ['ig usage in the cases, 1/3 ish??', 'instagram-over-a-third'],
    ['grooming offs went up yoy b4 lockdown or nah', 'offences-rose-each-year'],
    ["Who gave Facebook's response to the grooming figures?", 'facebook-97-percent'],
    ['Was Instagram really used in half of all the cases?', 'instagram-over-a-third'],
    [
      'I read that grooming offences were falling in the years before lockdown. Does the article back that up?',
      'offences-rose-each-year',
    ],
  ])('%j → %s', (q, fact) => {
    expect(replyTo(q, index)).toBe(fact);
  });
  it('reads "17/18, 18/19 and 19/20" as financial years, never a fraction beside the 12,925', () => {
    expect(withFullYears('17/18, 18/19 and 19/20')).toBe('2017/18, 2018/19 and 2019/20');
    expect(withFullYears('1/3 of cases')).toBe('1/3 of cases');
    expect(replyTo('Can you break the 12,925 down by year - 17/18, 18/19 and 19/20?', index)).toMatch(
      /^decline/u,
    );
  });
  it('still reads "made up the 1,220 figure" as invented, and "what was the number" of a count as a count', () => {
    expect(plainIdioms('did they make up the 1,220 figure')).toBe('did they make up the 1,220 figure');
    expect(type('how many cases were there? what was the number?')).toBe('count');
  });
});

describe("chat shorthand of the twenty-third session's roads set (set 39, read in the twenty-fourth)", () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it.each([
    ['rural rd deaths #? afaik most were rural', 'deaths-rural-roads'],
    ['how many m/c riders killed lst yr? ty', 'deaths-by-road-user'],
    ['r these nos final or prov? gonna b revised?', 'provisional-figures'],
    ['wen ws ths publishd lol', 'release-details'],
  ])('%j → %s', (q, fact) => {
    expect(replyTo(q, roads)).toBe(fact);
  });
});

describe('a breakdown asked of a total (read roads set 39)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('declines a breakdown the fact does not give, naming the total it does give', () => {
    expect(replyTo('Breakdown of the 238 serious injuries by road user type?', roads)).toBe(
      'decline:not_covered/scope',
    );
  });
  it('answers with the fact whose counts add up to the total when one follows close behind', () => {
    expect(
      replyTo(
        'Good morning. For an article I am writing for the regional newspaper, I would be obliged if you could set out how the 19 road deaths recorded in Eastmoor in 2023 break down by type of road user.',
        roads,
      ),
    ).toBe('deaths-by-road-user');
  });
});

describe("a newcomer review's probes (twenty-fourth session)", () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('reads a total of the same period as the base of a share, not as another fact asked of', () => {
    expect(
      pickFor("Is Instagram's 'over a third' share out of the same set of cases as the 1,220?", index),
    ).toBe('instagram-over-a-third');
    expect(replyTo('is the 19 deaths just Eastmoor or the whole region?', roads)).not.toMatch(/^decline/u);
    // (A count asked of that share is still one the source lacks.)
    expect(replyTo('How many of the 1,220 cases involved Instagram?', index)).toMatch(/^decline/u);
  });
  it('finds a figure named without its scale word', () => {
    expect(replyTo('what does the 96.4 refer to?', roads)).toBe('value-of-prevention');
  });
  it('declines an age band the source does not give', () => {
    expect(replyTo('how many children under 10 were killed?', roads)).toMatch(/^decline/u);
  });
});

describe("the twenty-fourth session's unread question set (fresh-48, read in the twenty-fifth)", () => {
  it('finds the ask before a closing "Would you be able to help?" or "Could you clarify that for me?"', () => {
    expect(
      replyTo(
        "Good morning. For a timeline I am putting together for a policy seminar, I need to know precisely when Mark Zuckerberg first announced Facebook's intention to encrypt its messaging services. Would you be able to help?",
        index,
      ),
    ).toBe('zuckerberg-encryption-march-2019');
    expect(
      questionFocus(
        "Dear all, apologies if this is a basic question. I'm compiling notes for a parents' evening and would like to understand which organisation supported the NSPCC chief executive's call for tougher rules on tech companies. Could you clarify that for me?",
      ),
    ).toMatch(/^which organisation supported/u);
  });
  it('reads "how big a chunk of" as a share', () => {
    expect(replyTo('How big a chunk of the cases involved Instagram?', index)).toBe('instagram-over-a-third');
  });
  it('reads the "20" of "2019-20" as the financial year, not a figure named', () => {
    expect(replyTo('how many of the 12,925 were recorded in 2019-20?', index)).toBe(
      'decline:not_covered/year',
    );
  });
});

describe('read roads set 40 and question set fresh-48: a comparison and a guess', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('reads "how do those line up?" as a comparison, not a rise', () => {
    expect(
      replyTo(
        "Instagram's 'over a third' vs the 51% for all the Facebook-owned apps — how do those line up?",
        index,
      ),
    ).toMatch(/instagram-over-a-third/u);
  });
  it('declines a guess at what revised figures will show', () => {
    expect(
      replyTo(
        "what's your guess — will the final 2023 figures come out higher than these provisional ones?",
        roads,
      ),
    ).toBe('decline:opinion');
  });
});

describe('read question sets fresh-45 and fresh-46: what the source names, quotes and rounds', () => {
  const first = (q: string) => renderPlainText(answerQuestion(q, index)).split('\n')[0];
  it('declines a list of the bodies a count is made of, however they are called', () => {
    expect(replyTo('can u list the 100 orgs that signed?', index)).toBe('decline:not_covered/scope');
    expect(replyTo('Which other charities signed the open letter alongside the NSPCC?', index)).toBe(
      'decline:not_covered/scope',
    );
    expect(replyTo('how many organisations signed the letter?', index)).toBe('open-letter');
  });
  it('declines the words of someone no fact quotes, with "actually" after the name', () => {
    expect(first("What did the National Police Chiefs' Council actually say about this?")).toBe(
      "The source does not report what National Police Chiefs' Council said; it gives only what the article says here.",
    );
  });
  it('declines "the exact instagram %" of a figure given only as "over a third"', () => {
    expect(first('whats the exact instagram %, not just "over a third"?')).toMatch(
      /^The source gives no exact figure; it gives only "over a third"/u,
    );
    expect(
      replyTo("the intro says 'over half' and later there's a precise %, are those the same thing?", index),
    ).not.toMatch(/^decline/u);
  });
});

describe('"which police force" names what it asks for only by its kind (read roads sets 11 to 40)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('answers with the fact whose quote gives the name, in a near tie', () => {
    expect(replyTo('Which police force are the collisions reported to?', roads)).toBe('data-sources');
    // (A name the question gives itself settles nothing: "was it zuckerberg?")
    expect(replyTo('who made the 97% claim? was it zuckerberg?', index)).toBe('facebook-97-percent');
  });
});

describe("a month and year where a fact's period starts or ends (read question sets fresh-27 to fresh-48)", () => {
  it('answers with the fact the bound belongs to, not "no figures for 2020 alone"', () => {
    expect(replyTo('Does the England and Wales total run up to March 2020?', index)).toBe(
      'offences-2017-2020',
    );
    expect(replyTo('why is april 2017 mentioned?', index)).toBe('offences-2017-2020');
    // (A month inside the period is still no figure the source gives.)
    expect(replyTo('how many offences in march 2020?', index)).toMatch(/^decline/u);
  });
});

describe('what a date the question names is about (read question sets fresh-41 and fresh-48)', () => {
  it('answers with the fact whose period starts or ends there and whose quote gives it', () => {
    expect(replyTo("There's a date, 6 February 2020, in the piece — what's it attached to?", index)).toBe(
      'open-letter',
    );
    expect(replyTo("April 2017 is mentioned somewhere - what's that date about?", index)).toBe(
      'offences-2017-2020',
    );
    expect(replyTo('what happened in june 2021?', index)).toMatch(/^decline/u);
  });
});

describe('"up or down?" asks about a change, whichever way it went (read roads sets 24, 27 and 34)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('answers with the fact that fell, not one that rose', () => {
    expect(replyTo('did road deaths go up or down compared with 2022?', roads)).toBe('deaths-2023');
  });
});

describe('an age band asked of a fact for all ages (read sets fresh-14, fresh-28 and roads set 26)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('declines it, naming the band the pack does give', () => {
    expect(replyTo('How many of the victims were under 13?', roads)).toBe('decline:not_covered/scope');
    expect(replyTo('how many under 18s were hurt on the roads?', roads)).toBe('decline:not_covered/scope');
    expect(replyTo('how many children under 16 were hurt?', roads)).toBe('child-casualties');
  });
});

describe('chat words for a dispute and a councillor (read set fresh-46; a review)', () => {
  const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
  it('reads "beef w" as a dispute with, and "cllr" as councillor', () => {
    expect(replyTo('nspcc beef w fb encryption whats the deal', index)).toBe('encryption-dispute');
    expect(readQuestion('what did the cllr say?', roads.vocab).entities).toEqual(['helen-marsh']);
  });
});
