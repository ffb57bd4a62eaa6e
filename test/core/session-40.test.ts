// Session 40: an event's name used as a modifier ("lockdown grooming") is the time during it; a stretch at one end of
// an event ("the first month of lockdown") is no fact's whole time; a total asked per police force; "three years to
// end of March 2020"; "the year before this piece" is the source's "last year"; two times around an event set against
// each other by what they are ("the lockdown cases vs the three-year total"); a call for a bill is not its passing.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkClaims } from '../../src/core/claims/index.js';
import { relativePeriodMismatch } from '../../src/core/decide/relative-period.js';
import { readAskedPeriod } from '../../src/core/understand/period.js';
import { answeredWith } from '../helpers/answered-with.js';
import { realIndex } from '../helpers/real-pack.js';

const index = realIndex();
const factsOf = (q: string) => answeredWith(answerQuestion(q, index)).map((k) => k.split('/').pop());
const reasonOf = (q: string) => {
  const reply = answerQuestion(q, index);
  return reply.status === 'abstained' ? reply.reason : undefined;
};
const fact = (id: string) => {
  const found = index.facts.find((f) => f.fact.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe("an event's name as a modifier", () => {
  it('is the time during the event: "lockdown grooming up by how much" is the lockdown rise', () => {
    expect(factsOf('lockdown grooming up by how much tbh')).toEqual(['lockdown-rise-ten-percent']);
    expect(
      relativePeriodMismatch(index, fact('offences-rose-each-year'), 'lockdown grooming up by how much'),
    ).toMatchObject({ value: 'the time during lockdown' });
  });
  it('is no time asked beside another the question names, nor after a word placing it', () => {
    const before = fact('offences-rose-each-year');
    for (const q of [
      'pre lockdown figures',
      'grooming stats b4 lockdown figures?',
      'beyond the lockdown figures, what about the trend in the years preceding the lockdown?',
      'was the lockdown rise a break from the trend or were offences already climbing?',
    ])
      expect(relativePeriodMismatch(index, before, q), q).toBeUndefined();
  });
});

describe('a stretch at one end of an event', () => {
  it("shorter than the fact's time is declined for that stretch alone", () => {
    expect(reasonOf('how big was the rise in just the first month of lockdown')).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
      value: 'the first month of lockdown alone',
    });
    expect(reasonOf('how many grooming cases in the first 2 weeks of lockdown?')).toMatchObject({
      kind: 'scope',
    });
  });
  it("as long as the fact's time, or of no stated length, is answered", () => {
    expect(factsOf('how many grooming crimes were recorded in the first three months of lockdown?')).toEqual([
      'grooming-cases-april-june',
    ]);
    expect(factsOf('number of grooming crimes recorded in the first months of lockdown, roughly?')).toEqual([
      'grooming-cases-april-june',
    ]);
  });
});

describe('a total asked per police force, region or app', () => {
  it('is declined as a breakdown the source does not give', () => {
    expect(
      reasonOf(
        'Could you provide the number of online grooming offences recorded by each police force in England and Wales between April 2017 and March 2020?',
      ),
    ).toMatchObject({ code: 'not_covered', kind: 'scope', value: 'a breakdown by police force' });
    expect(reasonOf('the 12,925 offences region by region?')).toMatchObject({
      value: 'a breakdown by region',
    });
  });
  it('the total itself is still answered', () => {
    expect(
      factsOf('how many offences were recorded by police in England and Wales from 2017 to 2020'),
    ).toEqual(['offences-2017-2020']);
  });
});

describe('periods', () => {
  it('"three years to end of March 2020" is April 2017 to March 2020', () => {
    expect(readAskedPeriod('offences in the three years to end of march 2020')).toMatchObject({
      fromMonth: 4,
      fromYear: 2017,
      toMonth: 3,
      toYear: 2020,
    });
    expect(
      factsOf(
        'Recorded online grooming offences, England & Wales, three years to end of March 2020 — number?',
      ),
    ).toEqual(['offences-2017-2020']);
  });
  it('"the year before this piece" is the source\'s own "last year", not a year before a figure\'s', () => {
    expect(factsOf('What did the NSPCC say about Facebook the year before this piece?')).toEqual([
      'nspcc-accuses-facebook-encryption',
    ]);
  });
  it('"originally" asks nothing of its own', () => {
    expect(factsOf("Which paper originally carried Wanless's comments?")).toEqual([
      'wanless-urges-legislation',
    ]);
  });
});

describe('two times around an event set against each other', () => {
  it('both figures, side by side, when each is named by what it is', () => {
    expect(factsOf('How do the lockdown-quarter cases compare with the three-year total?')).toEqual([
      'grooming-cases-april-june',
      'offences-2017-2020',
    ]);
    expect(
      factsOf('Is the lockdown grooming figure for a longer or shorter stretch than the 12,925?'),
    ).toEqual(['offences-2017-2020', 'grooming-cases-april-june']);
  });
  it('never a rise beside a count, nor the base a rise is measured against', () => {
    for (const q of [
      'What was the pre-lockdown baseline that the 10% rise is measured against?',
      'Was the 51 percent higher or lower than before lockdown?',
    ])
      expect(answerQuestion(q, index).status, q).toBe('abstained');
  });
});

describe('a call for a law, claimed as passed', () => {
  it('is contradicted; the call itself is supported', () => {
    const [passed] = checkClaims('Apparently the Online Harms Bill has already become law', index);
    expect(passed).toMatchObject({ verdict: 'contradicted', factId: 'online-harms-bill' });
    const [called] = checkClaims('Wanless called for an Online Harms Bill', index);
    expect(called).toMatchObject({ verdict: 'supported' });
  });
});

describe('a claim question is answered verdict first', () => {
  it('in plain text and JSON: the verdict, then the fact and its quote', async () => {
    const { toReplyJson } = await import('../../src/render/reply-json.js');
    const json = toReplyJson(answerQuestion('is it true 70% were on Facebook apps?', index));
    expect(json.verdict).toMatchObject({ verdict: 'contradicted' });
    expect(json.verdict?.explanation).toMatch(/^The source gives 51 percent/u);
    expect(json.text).toMatch(
      /^❌ Contradicted: The source gives 51 percent[^\n]*\n\nIn 51 percent of the recorded/u,
    );
    expect(json.text).not.toContain('Note: Verdict');
  });
  it('a plain question carries no verdict', async () => {
    const { toReplyJson } = await import('../../src/render/reply-json.js');
    expect(
      toReplyJson(answerQuestion('what share of cases were on facebook apps?', index)).verdict,
    ).toBeUndefined();
  });
});

describe('plain text quotes', () => {
  it("are not wrapped again when they open with the speaker's own quotation mark", async () => {
    const { renderPlainText } = await import('../../src/render/plain-text.js');
    const text = renderPlainText(answerQuestion('what did wanless say about the prime minister', index));
    expect(text).toMatch(/^“The Prime Minister has the chance/mu);
    expect(text).not.toContain('““');
    // (One that does not is wrapped as before.)
    expect(renderPlainText(answerQuestion('how often was snapchat used?', index))).toMatch(/^“[^“"]/mu);
  });
});

describe("what a newcomer's review of these rules found, narrowed", () => {
  it('"the year before this piece" is no other fact\'s time', () => {
    for (const q of [
      'what share of grooming cases were on facebook apps the year before this article?',
      'what percent rise in children targeted the year before this article',
    ])
      expect(reasonOf(q), q).toMatchObject({ code: 'not_covered' });
  });
  it('wanting a bill to become law is no claim that it has', () => {
    const [wants] = checkClaims('Wanless wants the Online Harms Bill passed into law', index);
    expect(wants?.verdict).not.toBe('contradicted');
    const reply = answerQuestion('is it true the NSPCC wants the Online Harms Bill to become law?', index);
    expect(reply.status === 'answered' && reply.kind === 'fact' && reply.verdict?.verdict).toBe('supported');
    const [adopted] = checkClaims(
      'Facebook has already adopted the safety measures the open letter asked for',
      index,
    );
    expect(adopted?.verdict).not.toBe('contradicted');
  });
  it.each([
    'was the lockdown increase part of a longer trend?',
    'was the lockdown rise a one off or part of a trend?',
    'was the lockdown surge new or had grooming been rising for years?',
    'lockdown numbers versus the three years before',
    'lockdown data: what about the three years prior?',
  ])('an event named beside another time is no time asked alone: %s', (q) => {
    expect(factsOf(q)).toEqual(['offences-rose-each-year']);
  });
  it('"more … compared to before?" is not answered with two levels side by side', () => {
    expect(factsOf('were there more grooming cases in lockdown compared to before?')).not.toEqual([
      'grooming-cases-april-june',
      'offences-2017-2020',
    ]);
  });
  it('a count asked "in each area" is declined as a breakdown, not answered with other parts', async () => {
    const { buildIndex } = await import('../../src/core/retrieve/build-index.js');
    const { loadPack } = await import('../../src/pack/load-pack.js');
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    for (const q of [
      'how many people died in each area in 2023',
      'how many people were killed in 2023, area by area?',
    ]) {
      const reply = answerQuestion(q, roads);
      expect(reply.status === 'abstained' && reply.reason, q).toMatchObject({ value: 'a breakdown by area' });
    }
  });
  it.each([
    ['is the 51% for each app or all three together?', 'facebook-apps-51-percent'],
    ['the 12,925 - is that for every police force in england and wales?', 'offences-2017-2020'],
  ])('"each" or "every" asking what a figure covers is answered: %s', (q, id) => {
    expect(factsOf(q)).toEqual([id]);
  });
});

describe('a supported verdict', () => {
  it('does not say the statement twice', async () => {
    const { renderPlainText } = await import('../../src/render/plain-text.js');
    const text = renderPlainText(
      answerQuestion('is it true Wanless called for an Online Harms Bill?', index),
    );
    expect(text).toMatch(/^✅ Supported: The source says this:\n\nThe NSPCC chief executive called for/u);
    expect(text.split('called for a world-leading Online Harms Bill, with laws').length).toBe(2);
  });
});
