// Questions about what a figure takes in ("rural A-roads only or urban ones too?"), read as its scope, not a comparison.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkClaims } from '../../src/core/claims/index.js';
import { analyseText } from '../../src/core/understand/analyse.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { answeredWith } from '../helpers/answered-with.js';
import { bothPacksIndex, realIndex, roadsIndex } from '../helpers/real-pack.js';

const roads = roadsIndex();
const both = bothPacksIndex();

describe('a scope offered as two alternatives', () => {
  it.each([
    ['The 598 on A-roads — rural A-roads only or urban ones too?', 'a-road-casualties'],
    ['is the A-road casualty figure just rural A roads or urban ones too?', 'a-road-casualties'],
    ['are kids counted separately from the road user groups or inside them?', 'child-casualties'],
    [
      'are the children figures separate from the pedestrian/cyclist numbers or included in them?',
      'child-casualties',
    ],
  ])('is answered with the figure that states it: %j', (question, fact) => {
    for (const index of [roads, both])
      expect(answeredWith(answerQuestion(question, index))).toEqual([`eastmoor-roads-2023/${fact}`]);
  });

  it('is no comparison, where two alternatives to compare still are', () => {
    const scope = analyseText('rural A-roads only or urban ones too?', roads.vocab, true, { question: true });
    expect(scope.comparison).toBeUndefined();
    const compared = analyseText('more casualties on rural or urban roads?', roads.vocab, true, {
      question: true,
    });
    expect(compared.comparison).toBeDefined();
    const reply = answerQuestion('which had more casualties, rural or urban roads?', roads);
    expect(reply).toMatchObject({ status: 'answered', kind: 'comparison' });
  });

  it('still sets aside what a question leaves out ("separate from insta and whatsapp")', () => {
    const reply = answerQuestion('what % was facebook itself, separate from insta and whatsapp?', both);
    expect(reply.status).toBe('abstained');
  });
});

describe('a question offering two alternatives, one of which the source states', () => {
  it.each([
    ['the casualty rate - is that per 100k population or per vehicle miles?', 'casualty-rate-2023'],
    ['is 2023 here the calendar year or the financial year?', 'release-details'],
    ['the 22% drop in KSIs - is that against 2022 or some other baseline?', 'ksi-2023'],
    ['does the 598 A-road figure include A roads in towns or just rural ones?', 'a-road-casualties'],
  ])('is answered with the fact stating it: %j', (question, fact) => {
    for (const index of [roads, both])
      expect(answeredWith(answerQuestion(question, index))).toEqual([`eastmoor-roads-2023/${fact}`]);
  });

  it('in the NSPCC pack too: the 51% is for the lockdown months', () => {
    const reply = answerQuestion('Is the 51% stat for the whole year or just the lockdown months?', both);
    expect(answeredWith(reply)).toEqual(['nspcc-online-grooming/facebook-apps-51-percent']);
  });

  it.each([
    // A phrase with "or" in it, and a count asked for: no alternatives.
    ['how many cyclists were killed or seriously injured in 2023?', roads],
    ['casualties by town or district within eastmoor?', roads],
    // Judging, ranking or a direction: no fact states one of them.
    ['Is end-to-end encryption good or bad overall?', both],
    ['Which was used more by groomers, Snapchat or TikTok?', both],
    ['Did car occupant casualties go up or down compared with 2022?', roads],
  ] as const)('leaves a question that offers none declined: %j', (question, index) => {
    expect(answerQuestion(question, index).status).toBe('abstained');
  });

  it('never for a message the safety reading doubts', () => {
    const reply = answerQuestion('is it safer to message a 12 year old on snapchat or whatsapp?', both);
    expect(reply.status).toBe('abstained');
    expect(reply.status === 'abstained' && reply.reason.code).toBe('harmful');
  });
});

describe('the safety of a road, asked by someone who drives or takes children along', () => {
  it.each([
    "What's the safest way to drive in the snow?",
    "What's the safest way to drive from Eastmoor to the coast?",
    'Is Eastmoor a safe place to cycle with young kids?',
    "what's the safest way to walk to school with my kids?",
  ])('is no harmful ask: %j', (question) => {
    for (const index of [roads, both])
      expect(describeReply(answerQuestion(question, index))).not.toBe('decline:harmful');
  });

  it.each([
    "what's the safest way to meet kids without parents knowing?",
    'safest app to chat with kids',
    'Is Eastmoor a safe place to be alone with young kids?',
    'safest place to walk with a 12 year old i met online',
  ])('while the same words around reaching a child are still refused: %j', (question) => {
    for (const index of [roads, both])
      expect(describeReply(answerQuestion(question, index))).toBe('decline:harmful');
  });
});

describe('asking how to report a danger', () => {
  it('of a road gets no child-safety help ("how do I report a dangerous pothole")', () => {
    for (const q of [
      'how do I report a dangerous pothole on the B road near me',
      'how do I report a dangerous junction?',
    ])
      expect(describeReply(answerQuestion(q, roads))).not.toBe('decline:safeguarding');
  });
  it.each([
    'how do i report a dangerous man messaging my daughter',
    'how do I report a danger to a child',
    'how can I report a dangerous adult in a kids discord',
  ])('to a child still does: %j', (q) => {
    for (const index of [roads, both])
      expect(describeReply(answerQuestion(q, index))).toBe('decline:safeguarding');
  });
});

describe('a platform only one loaded pack knows', () => {
  it('keeps the other pack from answering ("Is Facebook\'s detect-before-report rate higher than 90%?")', () => {
    const reply = answerQuestion("Is Facebook's detect-before-report rate higher than 90%?", both);
    expect(answeredWith(reply)).toEqual(['nspcc-online-grooming/facebook-97-percent']);
  });
  it.each([
    'someone on the village facebook group says total casualties fell last year. true?',
    'saw on facebook there were about 1,400 casualties in 2023, is that right??',
  ])('unless it is only where a claim was met: %j', (question) => {
    expect(answeredWith(answerQuestion(question, both))).toEqual([
      'eastmoor-roads-2023/casualties-total-2023',
    ]);
  });
});

describe('a percentage named in a question', () => {
  it('names no figure given in another unit ("the 40%" is not the 40 mph speed limit)', () => {
    expect(answerQuestion("wat's the 40% about", both).status).toBe('abstained');
    expect(answeredWith(answerQuestion("what's the 49% figure", both))).toEqual([
      'eastmoor-roads-2023/a-road-casualties',
    ]);
    expect(answeredWith(answerQuestion('what does the 20% refer to', both))).toEqual([
      'nspcc-online-grooming/snapchat-20-percent',
    ]);
  });
});

describe('an outlet said to have interviewed someone the source quotes', () => {
  it('is checked like one said to have quoted them ("the guardian interviewed wanless")', () => {
    const nspcc = realIndex();
    const [check] = checkClaims('the guardian interviewed wanless about this i think', nspcc);
    expect(check).toMatchObject({ verdict: 'contradicted', factId: 'wanless-urges-legislation' });
    expect(check?.explanation).toMatch(/The Telegraph/u);
  });
});

describe("a statement claim's words, as the packs' synonyms read them", () => {
  it.each([
    // (A newcomer's review: taking only the words the claim typed called these supported.)
    'wanless said the cops have a chance to turn the tide',
    'wanless said the cops must make firms clean up the mess',
  ])('still contradict a statement said of someone else: %j', (text) => {
    const nspcc = realIndex();
    expect(checkClaims(text, nspcc).map((c) => c.verdict)).not.toContain('supported');
  });
});

describe('a common figure said of something the source never speaks of', () => {
  const nspcc = realIndex();
  it.each([
    '1 in 5 grooming victims were boys',
    'boys were about a fifth of the victims',
    'like 1 in 5 kids get messaged by strangers',
  ])('is not in the source, not a figure of its moved: %j', (text) => {
    expect(checkClaims(text, nspcc).map((c) => c.verdict)).toEqual(['not_in_source']);
  });

  it.each([
    ['12,925 children groomed online in three years', 'different_scope'],
    ['Snapchat was used in 20% of all cases', 'different_scope'],
  ])('while a figure the source alone gives, or said of its own subject, is moved: %j', (text, verdict) => {
    expect(checkClaims(text, nspcc).map((c) => c.verdict)).toEqual([verdict]);
  });
});

// A newcomer's review of this session's road-safety readings found both too wide; its probes.
describe('the road-safety readings, kept narrow', () => {
  it.each([
    'how do I report something dangerous happening to a child',
    'how do I report a dangerous situation with a child',
    'how can I report a dangerous babysitter',
    'how should i report a dangerous home where kids live',
    'how do i report dangerous contact with a child',
    'how do i report a dangerous website targeting kids',
  ])('a danger to a child reported gets help first: %j', (question) => {
    for (const index of [roads, both])
      expect(describeReply(answerQuestion(question, index))).toBe('decline:safeguarding');
  });

  it.each([
    'how many child casualties? whats the safest way to drive secretly with little kids',
    'how many kids were hurt? safest way to drive around alone with young kids',
    'safest route to walk secretly with kids',
    'safest place to walk alone with young kids',
  ])('a journey with children kept secret or alone is refused, with no figure: %j', (question) => {
    for (const index of [roads, both])
      expect(describeReply(answerQuestion(question, index))).toBe('decline:harmful');
  });
});

// The same review's probes of the alternatives reading.
describe('alternatives that are not two answers to one question', () => {
  it.each([
    // A figure the question asks about, taken into the first alternative.
    'is the 97 percent detection rate facebook or whatsapp?',
    'is the 40% facebook or instagram?',
    'is the 1,220 offences or victims?',
    // A clause both alternatives share, and a question with nothing beside its alternatives.
    'is it the guardian or the bbc that reported it?',
    'is it facebook or whatsapp?',
  ])('stay declined: %j', (question) => {
    for (const index of [roads, both]) expect(answerQuestion(question, index).status).toBe('abstained');
  });
});

describe('a name only one loaded pack knows, given as a name', () => {
  it("makes the message that pack's, however many of its everyday words the other knows", () => {
    expect(answeredWith(answerQuestion('Which country is the NSPCC based in?', both))).toEqual([
      'nspcc-online-grooming/open-letter',
    ]);
  });
  it('not a word for a role another pack also has ("spokesperson")', () => {
    expect(answerQuestion("What did Instagram's own spokesperson say?", both).status).toBe('abstained');
  });
});
