// Questions about what a figure takes in ("rural A-roads only or urban ones too?"), read as its scope, not a comparison.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { buildIndex } from '../../src/core/retrieve/build-index.js';
import { analyseText } from '../../src/core/understand/analyse.js';
import { loadPack, loadPacks } from '../../src/pack/load-pack.js';
import { answeredWith } from '../helpers/answered-with.js';

const roadsPack = loadPack('test/fixtures/packs/eastmoor-roads-2023');
const roads = buildIndex([roadsPack]);
const both = buildIndex([...loadPacks('knowledge'), roadsPack]);

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
