// A period an author labels only with a year ("label: \"2023\"", no from/to) is that calendar year: a question naming
// the year finds the fact, and another year still turns it away.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { loadPack } from '../../../src/pack/load-pack.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);

describe('a period labelled only by a year', () => {
  it('spans that calendar year', () => {
    const marsh = roads.facts.find((f) => f.fact.id === 'marsh-comment');
    expect(marsh?.fact.period).toMatchObject({ label: '2023' });
    expect(marsh?.fact.period?.from).toBeUndefined();
    expect(marsh?.spans).toEqual([{ from: '2023-01', to: '2023-12', fromYear: 2023, toYear: 2023 }]);
  });
  it('answers a question naming that year, and still declines another', () => {
    expect(describeReply(answerQuestion('which councillor commented on the 2023 figures?', roads))).toBe(
      'marsh-comment',
    );
    expect(answerQuestion('which councillor commented on the 2019 figures?', roads)).toMatchObject({
      status: 'abstained',
    });
  });
});
