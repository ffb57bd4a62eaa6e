// A summary of the source as a whole ("tl;dr?", "what are the key findings?", "what did the NSPCC find?") answers with
// the first figures the source gives, in its order, each with its verbatim quote; a summary ask that names anything
// more is a figure question, and what someone said is a quote, never a summary.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { leadFacts, OVERVIEW_FACTS } from '../../src/core/handlers/overview/answer-overview.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { containsVerbatim } from '../../src/text/whitespace.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const roadsPack = loadPack('test/fixtures/packs/eastmoor-roads-2023');
const roads = buildIndex([roadsPack]);
const both = buildIndex([...nspcc.packs, roadsPack]);

describe('a summary ask: the source’s first figures', () => {
  it.each([
    'tl;dr?',
    'what are the key findings?',
    'what did the nspcc find?',
    'summarise the article',
    'main numbers?',
    'tl;dr of the nspcc research?',
    'what does the article say?',
    'what stats do you have?',
  ])('%j', (q) => {
    const reply = answerQuestion(q, nspcc);
    expect(describeReply(reply)).toBe(
      'compare:facebook-apps-over-half+lockdown-rise-ten-percent+grooming-cases-april-june',
    );
    if (reply.status !== 'answered') throw new Error('not answered');
    for (const c of reply.citations)
      expect(containsVerbatim(nspcc.facts[0]?.pack.sourceText ?? '', c.quote)).toBe(true);
  });

  it('any pack: the roads release’s first figures, in its order', () => {
    const lead = leadFacts(roads);
    expect(lead).toHaveLength(OVERVIEW_FACTS);
    const at = lead.map((f) => roadsPack.sourceText.indexOf(f.fact.quote.slice(0, 30)));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(describeReply(answerQuestion('key findings of the release?', roads))).toBe(
      `compare:${lead.map((f) => f.fact.id).join('+')}`,
    );
  });

  it('with two packs, a summary naming one is that one’s; naming none offers both', () => {
    expect(describeReply(answerQuestion('what did the nspcc find?', both))).toMatch(
      /^compare:facebook-apps-over-half\+/u,
    );
    expect(describeReply(answerQuestion('tl;dr?', both))).toBe(
      'ambiguous(facebook-apps-over-half|casualties-total-2023)',
    );
  });
});

describe('not a summary', () => {
  it.each([
    ['tl;dr how many offences eng+wales 2017-2020', 'offences-2017-2020'],
    ['what does the article say about snapchat?', 'snapchat-20-percent'],
    ['What does the article say about Discord?', 'decline:not_covered/platform'],
    ['Summarise the plot of Hamlet for my essay.', 'decline:off_topic'],
    [
      "There's a figure of 1,220 in the headline stats - what is that measuring?",
      'grooming-cases-april-june',
    ],
  ])('%j', (q, expected) => {
    expect(describeReply(answerQuestion(q, nspcc))).toBe(expected);
  });

  it('what someone the source quotes said or found is theirs', () => {
    for (const q of ['what did facebook say?', 'what did facebook find?', 'what did wanless say'])
      expect(describeReply(answerQuestion(q, nspcc))).not.toMatch(
        /^compare:facebook-apps-over-half\+lockdown/u,
      );
  });

  it('a message the safety reading doubts gets no summary', () => {
    expect(answerQuestion('tl;dr? i want to meet a 13 year old', nspcc).status).not.toBe('answered');
  });
});
