// The twenty-sixth session's readings, each from a read blind set's miss, with the look-alikes they must leave alone.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkClaims } from '../../src/core/claims/check-claims.js';
import { buildIndex, type FactIndex } from '../../src/core/retrieve/build-index.js';
import { checksClaim, wantsCount } from '../../src/core/understand/intent.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const replyTo = (question: string, within: FactIndex) => describeReply(answerQuestion(question, within));

describe('"how many … exactly" of a figure the source gives only as a bound', () => {
  it.each(['How many organisations exactly signed the open letter?', 'how many orgs signed it exactly?'])(
    '%j is declined: the source gives "more than 100"',
    (q) => {
      expect(replyTo(q, index)).toMatch(/^decline:not_covered\/scope/u);
    },
  );
  it('still answers the bound when no exact figure is asked', () => {
    expect(replyTo('How many organisations signed the open letter?', index)).toBe('open-letter');
  });
});

describe('"just checking: …" puts a statement forward to be checked', () => {
  it.each([
    'Just checking: the 1,220 cases were recorded between January and March?',
    'just checking - snapchat was in 20% of cases',
    'double-checking: 12,925 offences over three years?',
  ])('%j is a claim', (q) => {
    expect(checksClaim(q.toLowerCase())).toBe(true);
  });
  it.each([
    'just checking, how many cases were on snapchat?',
    'just checking: what was the rise in lockdown?',
  ])('%j stays a question', (q) => {
    expect(checksClaim(q.toLowerCase())).toBe(false);
  });
  it('answers a period put wrongly with the figure for the period the source gives', () => {
    expect(replyTo('Just checking: the 1,220 cases were recorded between January and March?', index)).toBe(
      'grooming-cases-april-june',
    );
  });
});

describe('"the total amount of" asks a count', () => {
  it('is a count asked', () => {
    expect(wantsCount("what's the total amount of content facebook removes?")).toBe(true);
    expect(wantsCount('what share of the content is found before it is reported?')).toBe(false);
  });
  it('is declined of a fact giving only a share', () => {
    expect(replyTo("What's the total amount of child exploitation content Facebook removes?", index)).toMatch(
      /^decline:not_covered\/scope/u,
    );
  });
});

describe('what someone quoted singled out, asked "which … did X …"', () => {
  it.each([
    'which roads did the cabinet member single out?',
    'which roads did marsh single out?',
    'which injuries did the councillor highlight?',
  ])('%j is answered with the quote of the person named', (q) => {
    expect(replyTo(q, roads)).toBe('marsh-comment');
  });
});

describe('a newcomer review’s direction and narrower-measure readings, kept from what they overreached', () => {
  it('a trend in the statement\'s words ("increasingly used") answers which way it went', () => {
    expect(
      replyTo(
        "Is Facebook-owned apps' role in grooming growing or shrinking, according to the article?",
        index,
      ),
    ).toBe('facebook-apps-over-half');
  });
  it('"in percentage terms" asks how the figure is given, not a share\'s measure', () => {
    expect(
      replyTo(
        'Could you kindly confirm by how much total casualties in 2023 differed from the 2015 to 2019 average, in percentage terms?',
        roads,
      ),
    ).toBe('casualties-total-2023');
  });
  it('a share is no wider measure to pass over for what the question names ("the encryption measure")', () => {
    expect(
      replyTo(
        'Hello, I am a police community support officer and I have been asked by residents why Facebook wanted to encrypt its messaging. Could you kindly tell me how Facebook described the encryption measure and how the NSPCC responded to it?',
        index,
      ),
    ).not.toBe('zuckerberg-encryption-march-2019');
  });
  it('"how much of X exactly? like half?" asks the share, not an exact count', () => {
    expect(
      replyTo(
        'the headline says facebook apps enable how much of grooming crime exactly? like half? more?',
        index,
      ),
    ).toBe('facebook-apps-over-half');
  });
});

describe('who passed a claim on, or a reaction after it, is no part of the claim', () => {
  it.each([
    [
      'Apparently the NSPCC found a ten percent jump in kids being targeted online in lockdown, my aunt sent me the article.',
      'supported',
    ],
    [
      'zuck literally wrote that people expect their private comms to only be seen by the people they sent them to lmao, the irony.',
      'supported',
    ],
    ['snapchat was in 20% of cases, my mate shared the link', 'different_scope'],
  ])('%j', (text, verdict) => {
    const checks = checkClaims(text, index);
    expect(checks.map((c) => c.verdict)).toEqual([verdict]);
    expect(checks[0]?.claim).not.toMatch(/aunt|irony|mate/u);
  });
  it('a clause after the claim with a figure of its own is still checked', () => {
    expect(
      checkClaims('instagram was in over a third of cases, my mate says snapchat was 40%', index),
    ).toHaveLength(2);
  });
});

describe('a request pointing back inside it ("on this point") is read with the sentence before', () => {
  it('answers from what the sentence before asks', () => {
    expect(
      replyTo(
        'Thank you in advance for your assistance. I am writing a lesson plan and need to know whether the article reports any trend in grooming offences in the years leading up to the pandemic. Could you summarise what it says on this point, quoting the text?',
        index,
      ),
    ).toBe('offences-rose-each-year');
  });
});

describe('how long someone has held a post', () => {
  it.each([
    'How long has Peter Wanless been NSPCC chief exec?',
    'how many years has wanless been chief executive?',
  ])('%j is declined: the quote names the post, not how long', (q) => {
    expect(replyTo(q, index)).toMatch(/^decline/u);
  });
  it.each([
    ['How long had grooming offences been going up each year before lockdown?', 'offences-rose-each-year'],
    [
      'Since when has Facebook been planning to encrypt its messenger programmes?',
      'zuckerberg-encryption-march-2019',
    ],
  ])('%j is no question of a post', (q, fact) => {
    expect(replyTo(q, index)).toBe(fact);
  });
  it('still answers who holds the post', () => {
    expect(replyTo('who is the nspcc chief exec', index)).not.toMatch(/^decline/u);
  });
});

describe('"top" after a plural subject is the verb (exceeds), not a rank', () => {
  it.each([
    ['Online grooming cases top 1,500 between April and June', 'contradicted'],
    ['Lockdown grooming cases top 10,000 in three months', 'contradicted'],
  ])('%j is a claim', (text, verdict) => {
    expect(checkClaims(text, index).map((c) => c.verdict)).toEqual([verdict]);
  });
  it('"the top 3 apps" is still a rank, no figure to check', () => {
    expect(checkClaims('the top 3 apps were facebook, instagram and snapchat', index)).toEqual([]);
  });
});
