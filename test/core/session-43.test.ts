// Session 43: the event named on its own ("lockdown") set against a time around it ("pre-lockdown", "before") is two
// times side by side, answered with each time's own fact.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { asksJudgement } from '../../src/core/understand/judgement.js';
import { answeredWith } from '../helpers/answered-with.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const factsOf = (q: string) => answeredWith(answerQuestion(q, nspcc)).map((k) => k.split('/').pop());
const reasonOf = (q: string) => {
  const reply = answerQuestion(q, nspcc);
  return reply.status === 'abstained' ? reply.reason.code : reply.status;
};

describe('the event named on its own against a time around it', () => {
  it('sets the two times side by side when the question contrasts them', () => {
    for (const q of [
      'Lockdown vs pre-lockdown: did the NSPCC find an increase?',
      'how does the lockdown jump compare with the pre-lockdown trend?',
    ])
      expect(factsOf(q), q).toEqual(['offences-rose-each-year', 'lockdown-rise-ten-percent']);
  });
  it('keeps one time when nothing is set against it', () => {
    expect(factsOf('Were grooming offences rising before lockdown?')).toEqual(['offences-rose-each-year']);
    expect(factsOf('how much did grooming rise in lockdown?')).toEqual(['lockdown-rise-ten-percent']);
  });
});

describe('how I read something, and claims in words the packs do not know', () => {
  it('"How do I read…" asks how to, it reports nothing read', () => {
    expect(reasonOf('How do I read a CSV into pandas and drop empty rows?')).toBe('off_topic');
  });
  it('a claim whose only tie to a figure is its number is about nothing the packs cover', () => {
    expect(reasonOf('i read pandas sleep 10 hours a day')).toBe('off_topic');
    expect(reasonOf('i read that 51 people came to the party')).toBe('off_topic');
  });
  it('still checks claims in the packs’ words, and bare figures', () => {
    expect(factsOf('someone said 51% of them used fb apps')).toEqual(['facebook-apps-51-percent']);
    expect(factsOf('my friend says 12,925')).toEqual(['offences-2017-2020']);
    expect(factsOf('I read 10% more kids were targeted in lockdown')).toEqual(['lockdown-rise-ten-percent']);
  });
});

describe('verdicts on whether something was enough', () => {
  it('are opinions when someone’s action is judged', () => {
    expect(asksJudgement("was facebook's response to the nspcc adequate?")).toBe(true);
    expect(asksJudgement('is the law sufficient to protect children?')).toBe(true);
  });
  it('are not when the data is what is judged', () => {
    expect(asksJudgement('is the data adequate for that claim?')).toBe(false);
  });
});

describe('what a figure does not give, asked in so many words', () => {
  it('a count behind a percentage the question names ("the raw increase behind the ten percent rise")', () => {
    const reply = answerQuestion("What's the raw increase in cases behind the ten percent rise?", nspcc);
    expect(reply.status === 'abstained' && reply.reason).toMatchObject({
      code: 'not_covered',
      value: 'a count',
    });
    // (The percentage named is what is asked about: a share asked outright is still a share.)
    expect(factsOf('what percent of cases involved snapchat?')).toEqual(['snapchat-20-percent']);
  });
  it('a breakdown by areas asked in so many words, however long the request', () => {
    const reply = answerQuestion(
      'Dear colleagues, in preparation for a regional briefing, could you kindly provide the breakdown of the 1,220 online grooming cases recorded between April and June by police force area?',
      nspcc,
    );
    expect(reply.status === 'abstained' && reply.reason).toMatchObject({
      value: 'a breakdown by police force area',
    });
    expect(factsOf('how many offences were recorded by police forces in England and Wales?')).toEqual([
      'offences-2017-2020',
    ]);
  });
});

describe('a platform named "specifically"', () => {
  it('is that platform singled out: its own figure, or the decline for a group member', () => {
    expect(factsOf('whats the figure for instagram specifically?')).toEqual(['instagram-over-a-third']);
    const whatsapp = answerQuestion('what % of cases involved whatsapp specifically?', nspcc);
    expect(whatsapp.status === 'abstained' && whatsapp.reason).toMatchObject({ value: 'WhatsApp alone' });
  });
});

// Found by a newcomer's review of this session's changes: each of these went wrong under a first version of a rule.
describe('where the new rules must not fire', () => {
  it.each([
    // One year before is no time before the event as a whole (the source has no figure for it).
    ['Were there more cases in lockdown than the year before?', 'not_covered'],
    ['lockdown numbers vs the year before', 'not_covered'],
  ])('%s → declined (%s)', (q, code) => {
    expect(reasonOf(q)).toBe(code);
  });
  it.each([
    // What a named percentage measures is asked, not a count.
    ['Is the 51 percent the number of offences or something else?', 'facebook-apps-51-percent'],
    ['is the ten percent rise in the number of cases recorded?', 'lockdown-rise-ten-percent'],
    // How to read a figure is no opinion.
    ['should i read the 51% as a share of all cases?', 'facebook-apps-51-percent'],
  ])('%s → %s', (q, fact) => {
    expect(factsOf(q)).toEqual([fact]);
  });
  it('reads a split of platforms beside "recorded by police forces" as the platforms’, not a split by area', () => {
    expect(
      factsOf(
        'Instagram and Snapchat separately: what share of cases recorded by police forces involved each?',
      ),
    ).toEqual(['instagram-over-a-third', 'snapchat-20-percent']);
  });
});
