// A newcomer review of weak-but-right matches (review 26d): a best fact that clearly leads, holds every word of the
// question the pack knows, and lacks only words the pack has never seen that phrase the ask (no nouns, names, figures
// or "how long") answers from a lower bar; look-alikes whose unseen word names what is asked stay declined.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { describeReply } from '../../src/eval/evaluate.js';
import { loadPack, loadPacks } from '../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const nspcc = buildIndex(loadPacks('knowledge'));
const packs = { roads, nspcc };

describe('a clear lead that only lacks words phrasing the ask is answered', () => {
  it.each([
    ['So these 2023 numbers are final and wont change?', 'provisional-figures'],
    ["what's lumped into 'other road users'?", 'other-road-user-casualties'],
    ["what's bundled into 'other road users'?", 'other-road-user-casualties'],
    // ("are the serious injury numbers inflated by the new reporting system?" passes this rule too, but the roads
    // pack's example questions read it as one to decline, which a later check honours.)
    [
      'Would you kindly explain the caveat attached to the slight casualty figures, specifically with regard to the completeness of reporting?',
      'slight-injuries-undercount',
    ],
  ])('%j → %s', (q, expected) => {
    expect(describeReply(answerQuestion(q, roads))).toBe(expected);
  });
});

describe('a word the pack lacks that names what is asked keeps the usual bar', () => {
  it.each([
    // A noun: the measure or thing asked.
    ['nspcc', 'What penalties would tech bosses face under the proposed law?'],
    ['roads', "What's the unemployment rate in Eastmoor?"],
    ['nspcc', 'how many accounts did facebook ban'],
    // A prediction, whatever its words.
    ['nspcc', 'Will future lockdowns cause more online abuse?'],
    ['nspcc', 'What will the grooming figures be next year?'],
    // "how long": a measure the pack lacks.
    ['nspcc', 'how long does facebook take on average to remove content?'],
    // A name or jargon no English list holds, or a word with digits.
    ['roads', 'how many casualties were there in Harnby?'],
    ['roads', 'how many people died during covid'],
    ['roads', 'should the speed limit be 20mph everywhere'],
    // A deed of someone the question names.
    ['nspcc', 'Did Zuckerberg apologise?'],
    // An amount asked of a fact with no amount.
    ['nspcc', "how much of this stuff happens on zuck's apps"],
    // A word of the pack's measures the fact lacks.
    ['roads', 'were cyclist casualties inflated by reporting changes?'],
    ['roads', 'were pedestrian casualties inflated by reporting changes?'],
  ] as const)('%s: %j is not answered', (pack, q) => {
    expect(answerQuestion(q, packs[pack]).status).not.toBe('answered');
  });
});
