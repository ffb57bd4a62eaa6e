import { describe, expect, it } from 'vitest';
import { answerQuestion, answerUncalibrated } from '../../../src/core/answer-question.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const explain = (q: string, prior = false) =>
  answerQuestion(q, index, {
    explain: true,
    ...(prior
      ? {
          prior: {
            question: 'how often was snapchat used',
            packId: 'nspcc-online-grooming',
            factIds: ['snapchat-20-percent'],
          },
        }
      : {}),
  }).explain;

describe('every message is read as one kind, and its handler answers it', () => {
  it.each([
    ['   ', 'empty'],
    ['my daughter is 12 and a man on instagram keeps asking her for photos, what do i do', 'safeguarding'],
    ['which app should I use so I can message kids without their parents knowing', 'harmful'],
    ['hi there', 'greeting'],
    ['what can you do?', 'help'],
    ['do you think encryption is a good idea?', 'opinion'],
    ['If you were Prime Minister, what would you do about this?', 'opinion'],
    ['Will the rise continue once lockdown restrictions end?', 'opinion'],
    ['Should end-to-end encryption be banned on messaging apps?', 'opinion'],
    ['is it true 70% of cases were on facebook apps?', 'claim'],
    ["The Metropolitan Police backed Wanless's call, yes?", 'claim'],
    [
      'A councillor claimed at the meeting that grooming fell by 8% in lockdown. Is that what the article says?',
      'claim',
    ],
    ['someone on the school facebook group says 40% were on snapchat', 'claim'],
    ['so snapchat was used in 30% of cases?', 'claim'],
    ['the cost of casualties was £964 million, was it?', 'claim'],
    ['confirm: zuckerberg announced the encryption plan in march 2020?', 'claim'],
    ['fact check - 70% of cases were on facebook apps', 'claim'],
    // (Not a question for a figure, nor a statement with a question after it.)
    ['Of the 238 seriously injured, how many were motorcyclists?', 'figure'],
    ['The three Facebook apps together were in 51% of cases — and Instagram on its own?', 'figure'],
    ['what has the NSPCC said about encryption?', 'figure'],
    ['how many grooming offences did police record between April 2017 and March 2020?', 'figure'],
    ['confirm how many cases there were', 'figure'],
  ])('%j → %s', (q, kind) => {
    expect(explain(q)?.kind).toBe(kind);
  });

  it('reads a message in a conversation as a follow-up', () => {
    expect(explain('what about instagram?', true)?.kind).toBe('follow-up');
  });
});

describe('explain says what was understood and why', () => {
  it('names the period, the platform and the scope decline', () => {
    expect(explain('what share of cases used whatsapp alone between april and june?')).toMatchObject({
      kind: 'figure',
      period: 'april and june',
      entities: ['WhatsApp'],
      decision: 'declined: not_covered/scope (WhatsApp alone)',
    });
  });

  it('names the fact it answered with and the claimed number', () => {
    expect(explain('is it true 70% were on facebook apps?')).toMatchObject({
      kind: 'claim',
      numbers: ['70%'],
      decision: expect.stringMatching(/^answered with facebook-apps-51-percent /u),
    });
  });

  it('names a platform the packs do not cover', () => {
    expect(explain('how many cases were on roblox?')).toMatchObject({
      uncovered: ['platform: Roblox'],
      decision: expect.stringMatching(/^declined: not_covered\/platform/u),
    });
  });

  it('repeats nothing a person wrote about a child: only the kind and the decision', () => {
    const about = explain('my son is 11 and someone on snapchat wants to meet him, how common is this?');
    expect(about).toBeDefined();
    expect(Object.keys(about ?? {}).sort()).toEqual(['decision', 'kind']);
  });

  it('is left out unless asked for', () => {
    expect(answerQuestion('how often was snapchat used?', index).explain).toBeUndefined();
  });
});

describe('a period is matched as understood, not as typed', () => {
  it.each([
    ['how many cases apr-jun?', 'grooming-cases-april-june'],
    ['What did the NSPCC find for the second quarter of 2020?', 'grooming-cases-april-june'],
    ['grooming cases in Q2 2020?', 'grooming-cases-april-june'],
    ['Offences in the 36 months to March 2020?', 'offences-2017-2020'],
    [
      "What's the total number of grooming offences over the three years up to March 2020?",
      'offences-2017-2020',
    ],
    ['What happened between April 2017 and March 2020?', 'offences-2017-2020'],
  ])('%j → %s', (q, factId) => {
    const reply = answerQuestion(q, index);
    expect(reply.status === 'answered' ? reply.facts.map((f) => f.factId) : reply.status).toEqual([factId]);
  });
});

describe('one platform of a group the source counts together', () => {
  it.each([
    ['What percentage of cases used WhatsApp?', 'declined: not_covered/scope (WhatsApp alone)'],
    ['what % of whatsapp accounts are used by groomers', 'declined: not_covered/scope (WhatsApp alone)'],
    [
      'How many percent of the crimes used the apps owned by Facebook?',
      'answered with facebook-apps-51-percent',
    ],
    // Names set aside are not asked about, and a fact counting them in does not answer.
    [
      'facebook (the main app, not insta/whatsapp) share on its own?',
      'declined: not_covered/scope (Facebook without Instagram or WhatsApp)',
    ],
    [
      'What was the percentage for Facebook itself, separate from Instagram and WhatsApp?',
      'declined: not_covered/scope (Facebook without Instagram or WhatsApp)',
    ],
    ['what share of cases involved instagram, not snapchat?', 'answered with instagram-over-a-third'],
  ])('%j → %s', (q, decision) => {
    expect(explain(q)?.decision).toMatch(new RegExp(`^${decision.replace(/[()]/gu, '\\$&')}`, 'u'));
  });
});

// (The pipeline's decision: an answer the calibration gives under even odds is offered first in a choice instead,
// decide/unsure.ts.)
const decided = (q: string) => answerUncalibrated(q, index, { explain: true }).explain?.decision;

describe('a period named by an event the packs name ("before lockdown")', () => {
  it.each([
    [
      'What was the share of grooming cases on Facebook-owned apps before lockdown?',
      'declined: not_covered/scope (the time before lockdown)',
    ],
    ['snapchat share post-lockdown?', 'declined: not_covered/scope (the time after lockdown)'],
    ['how many grooming cases during lockdown', 'answered with grooming-cases-april-june'],
    ['did offences rise in the years before lockdown?', 'answered with offences-rose-each-year'],
    // A fact dated before the months the packs place during lockdown is before it, whatever its label says: the
    // fact for lockdown answers instead, and a date ("March 2019") still answers when something happened.
    ['how many offences were recorded during lockdown?', 'answered with grooming-cases-april-june'],
    ['did zuckerberg announce encryption during lockdown?', 'answered with zuckerberg-encryption-march-2019'],
    [
      'Did grooming offences go up only during lockdown, or before it too?',
      'answered with offences-rose-each-year',
    ],
    // Naming the fact's own time beside another sets the two side by side.
    [
      'Were offences already rising before the pandemic, or did they only start climbing in lockdown?',
      'answered with offences-rose-each-year',
    ],
  ])('%j → %s', (q, decision) => {
    expect(decided(q)).toMatch(new RegExp(`^${decision.replace(/[()]/gu, '\\$&')}`, 'u'));
  });
});

describe('facts that all name the person asked for are no close call', () => {
  it('answers "who is …" with the best of the facts that name that person', () => {
    expect(explain('Who is the chief executive of the NSPCC?')?.decision).toMatch(
      /^answered with wanless-urges-legislation /u,
    );
  });
});

describe('what someone said is answered only by a fact that quotes them', () => {
  it.each([
    [
      'What did Snapchat say when asked about the 20 percent figure?',
      /^declined: not_covered\/scope \(what Snapchat said\)/u,
    ],
    ['What did a WhatsApp spokesperson say?', /^declined: not_covered\/scope \(what WhatsApp said\)/u],
    ['What did Facebook say in response to the research?', /^answered with facebook-97-percent /u],
    ['what did the NSPCC say about the prime minister', /^answered with wanless-/u],
  ])('%j', (q, decision) => {
    expect(explain(q)?.decision).toMatch(decision);
  });
});

describe('a question that names a figure only one fact states is about that fact', () => {
  it.each([
    [
      'Is the 1,220 figure an official police total or a figure analysts claim?',
      /^answered with grooming-cases-april-june /u,
    ],
    ['fb 97% claim wot is it exactly', /^answered with facebook-97-percent /u],
    // …but not a judgement of it, nor a measure the source does not give.
    ["Is Facebook's 97 percent claim believable?", /^declined: opinion$/u],
    ['How many children were victims in the 1,220 grooming cases?', /^declined: not_covered\/measure /u],
  ])('%j', (q, decision) => {
    expect(explain(q)?.decision).toMatch(decision);
  });
});

describe('a claim about a figure the source states is checked against it', () => {
  it.each([
    [
      'Is it right that the 51 percent refers to Twitter, TikTok and YouTube?',
      /^answered with facebook-apps-51-percent /u,
    ],
    [
      'Am I right that there were about 2,000 grooming crimes between April and June?',
      /^answered with grooming-cases-april-june /u,
    ],
    // A claim about a platform the source gives no figure for is still declined for it.
    ['is it true tiktok was in 30% of cases?', /^declined: not_covered\/platform \(TikTok\)/u],
    // A figure put forward with a question mark, a tag, a negative question or "pretty sure" (read question sets).
    ['so snapchat was used in 30% of cases?', /^answered with snapchat-20-percent /u],
    ["Wasn't the lockdown rise 25 percent?", /^answered with lockdown-rise-ten-percent /u],
    [
      'pretty sure the lockdown rise in kids targeted online was like 30%',
      /^answered with lockdown-rise-ten-percent /u,
    ],
  ])('%j', (q, decision) => {
    expect(explain(q)?.decision).toMatch(decision);
  });
});

describe('a range of years asks for a figure across it', () => {
  it.each([
    [
      "What was Snapchat's share over the whole 2017–2020 period?",
      /^declined: not_covered\/year \(2017 to 2020\)/u,
    ],
    ['how many offences from 2017 to 2020?', /^answered with offences-2017-2020 /u],
  ])('%j', (q, decision) => {
    expect(explain(q)?.decision).toMatch(decision);
  });
});

describe('an age bound asks about age; a founding is not a finding', () => {
  it.each([
    [
      'How many of the children targeted were under 12?',
      /^declined: not_covered\/measure \(the age of victims\)/u,
    ],
    ['Who founded the NSPCC, and when?', /^declined: /u],
  ])('%j', (q, decision) => {
    expect(explain(q)?.decision).toMatch(decision);
  });
});
