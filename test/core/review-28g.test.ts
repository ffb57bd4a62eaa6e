// A newcomer review's probes of the NSPCC article (base c270d0a): who said what, about what, and when.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { describeOutcome } from '../../src/render/wording.js';

const nspcc = buildIndex([loadPack('knowledge/nspcc-online-grooming')]);
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const replyTo = (q: string) => describeReply(answerQuestion(q, nspcc));

describe('"before or after lockdown?" asks which time, which the fact’s period says', () => {
  it.each([
    ['Was the ten percent rise before or after lockdown?', 'lockdown-rise-ten-percent'],
    ['Were the 12,925 offences before or after lockdown?', 'offences-2017-2020'],
    ['was the rise measured during or after the lockdown?', 'lockdown-rise-ten-percent'],
  ])('%j → %s', (q, fact) => expect(replyTo(q)).toBe(fact));
  it('still declines a time the fact is not for', () => {
    expect(replyTo('How many grooming cases were recorded after lockdown?')).toMatch(/^decline:/u);
  });
});

describe('what someone said about something their quoted words do not touch', () => {
  it.each([
    'What did Zuckerberg say about child grooming?',
    "What did Mark Zuckerberg say about the NSPCC's research?",
    'What did the police chiefs say about encryption?',
    'What did the experts say about encryption?',
  ])('%j is declined', (q) => expect(replyTo(q)).toBe('decline:not_covered/scope'));
  it('says what is missing in words', () => {
    const reply = answerQuestion('What did Zuckerberg say about child grooming?', nspcc);
    expect(describeOutcome(reply)).toMatch(
      /^The source does not report what Mark Zuckerberg said about child/u,
    );
  });
  it.each([
    ['What did Mark Zuckerberg say about encryption?', 'zuckerberg-encryption-march-2019'],
    ['What did Zuckerberg say about privacy?', 'zuckerberg-encryption-march-2019'],
    ["What did Facebook say about the NSPCC's research?", 'facebook-97-percent'],
    ['What did Wanless say about the Prime Minister?', 'wanless-turn-the-tide'],
    ['What did the experts say about safety measures?', 'experts-denounce-social-media'],
  ])('%j still answers with %s', (q, fact) => expect(replyTo(q)).toBe(fact));
});

describe('someone a quote only mentions is not someone it quotes', () => {
  it.each([
    'What did hackers say about encryption?',
    'What did the government say about the Online Harms Bill?',
  ])('%j is declined', (q) => expect(replyTo(q)).toBe('decline:not_covered/scope'));
  it.each([
    ['What did the analysts claim about the 1,220 cases?', 'grooming-cases-april-june'],
    ['What did a Facebook spokesman say?', 'facebook-97-percent'],
    ['What did the experts say?', 'experts-denounce-social-media'],
  ])('%j, someone a quote has speaking, still answers with %s', (q, fact) => expect(replyTo(q)).toBe(fact));
});

describe('a stand someone took, and whether a person no fact quotes took one', () => {
  it.each([
    'Did Boris Johnson agree to the Online Harms Bill?',
    "Could you tell me what Boris Johnson replied to the NSPCC's call for an Online Harms Bill?",
  ])('%j is declined', (q) => expect(replyTo(q)).toBe('decline:not_covered/scope'));
  it('still answers whether a body backed the call', () => {
    expect(replyTo("Did the police back the NSPCC's call?")).toBe('police-chiefs-backing');
  });
});

describe('what someone feared, told by two facts of one dispute', () => {
  it('answers what the NSPCC feared of encryption from its side of the dispute', () => {
    expect(replyTo('What did the NSPCC fear encryption would lead to?')).toMatch(
      /^(?:encryption-dispute|nspcc-accuses-facebook-encryption)$/u,
    );
  });
});

describe('what someone will do, and when someone took up a post', () => {
  it.each([
    "What will Boris Johnson do about the NSPCC's call?",
    'What is Facebook going to do about grooming?',
  ])('%j is a prediction', (q) => expect(replyTo(q)).toBe('decline:opinion'));
  it('declines when someone became chief executive', () => {
    expect(replyTo('When did Peter Wanless become NSPCC chief executive?')).toBe('decline:not_covered/scope');
  });
  it('still answers when someone announced something', () => {
    expect(replyTo('When did Zuckerberg announce encryption plans?')).toBe(
      'zuckerberg-encryption-march-2019',
    );
  });
  it('leaves another pack’s when-questions alone', () => {
    expect(describeReply(answerQuestion('when did comparable records begin?', roads))).toBe(
      'deaths-second-lowest',
    );
  });
});
