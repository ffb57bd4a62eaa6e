// Session 42: with several packs loaded, the pack a question is about keeps it — a pack alone in knowing any of its
// words, a platform only one pack knows when that pack's answer is about it, and a nearer pack's "no figures on
// that" about its own topic over another pack's answer; "cases" is no plural of a pack's "cas".
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { analyseText } from '../../src/core/understand/analyse.js';
import { answeredWith } from '../helpers/answered-with.js';
import { bothPacksIndex, realIndex, roadsIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const roads = roadsIndex();
const both = bothPacksIndex();
type Index = ReturnType<typeof realIndex>;
const factsOf = (q: string, index: Index) =>
  answeredWith(answerQuestion(q, index)).map((k) => k.split('/').pop());
const reasonOf = (q: string, index: Index) => {
  const reply = answerQuestion(q, index);
  return reply.status === 'abstained' ? reply.reason : undefined;
};

describe('the pack a question is about, with both packs loaded', () => {
  it('is the one alone in knowing any of its words, where its asking part holds none of them', () => {
    const q = 'the rise in grooming offences BEFORE lockdown - how many years did that run for?';
    expect(factsOf(q, nspcc)).toEqual(['offences-rose-each-year']);
    expect(factsOf(q, both)).toEqual(['offences-rose-each-year']);
  });
  it('is the one knowing a platform the question names, when its answer is about that platform', () => {
    for (const q of [
      'Was Snapchat used more or less than a fifth of the time?',
      "Is Snapchat's share of cases bigger or smaller than one in four?",
    ])
      expect(factsOf(q, both), q).toEqual(['snapchat-20-percent']);
  });
  it('is not the one knowing a platform named only as where a claim was met ("my mate on Facebook says…")', () => {
    expect(factsOf('my mate on Facebook says road deaths went up', both)).toEqual(['deaths-2023']);
    expect(factsOf('my mate on facebook says grooming went up in lockdown', both)).toEqual([
      'lockdown-rise-ten-percent',
    ]);
  });
  it('is the nearer one that has the topic but not what is asked of it: its decline, not the other pack’s answer', () => {
    for (const q of [
      'What ages were the children who were targeted?',
      'What age were the children who were targeted?',
    ]) {
      expect(reasonOf(q, nspcc), q).toMatchObject({ code: 'not_covered', kind: 'measure' });
      expect(reasonOf(q, both), q).toMatchObject({
        code: 'not_covered',
        kind: 'measure',
        source: 'the NSPCC article',
      });
    }
  });
  it('still answers a question about the other pack’s topic from that pack', () => {
    expect(factsOf('how many children were hurt on the roads in 2023?', both)).toEqual(['child-casualties']);
    expect(factsOf('Does the 12,925 figure include Scotland?', both)).toEqual(['offences-2017-2020']);
    expect(factsOf('where is the NSPCC based?', both)).toEqual(['open-letter']);
  });
});

describe('a plural read as a pack word', () => {
  it('takes "-es" off only where "-s" leaves no word: "cases" is not the roads pack’s "cas"', () => {
    expect(analyseText('1.2k cases', roads.vocab, true).terms).toEqual(['case']);
    expect(analyseText('crashes', roads.vocab, true).terms).toEqual(['crash']);
    expect(analyseText('casualties', roads.vocab, true).terms).toEqual(['casualti']);
  });
  it('so "1.2k cases = what period?" is the NSPCC article’s 1,220 cases, not the roads release’s 1,214 casualties', () => {
    expect(factsOf('1.2k cases = what period?', both)).toEqual(['grooming-cases-april-june']);
  });
});

describe('numbers that are no figures, with both packs loaded', () => {
  it('reads an age as no figure: "11-13 year olds" names no 11 or 13 of the roads release', () => {
    const q = 'Are 11-13 year olds targeted more than 14-17 year olds?';
    expect(analyseText(q, roads.vocab, true).numbers).toEqual([]);
    expect(analyseText('were kids aged 11 to 13 hurt more', roads.vocab, true).numbers).toEqual([]);
    expect(analyseText('the 3-year police data', nspcc.vocab, true).numbers.map((n) => n.value)).toEqual([3]);
    expect(reasonOf(q, both)).toMatchObject({ code: 'not_covered', kind: 'measure' });
  });
});

describe('a kind of road named "specifically" (session 43)', () => {
  it('still narrows to what the roads release gives no figure for', () => {
    expect(reasonOf('deaths on rural A-roads specifically?', roads)).toMatchObject({ code: 'not_covered' });
  });
});
