// What a question names only to set aside.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { excludedEntities, excludedWords } from '../../../src/core/understand/excluded.js';
import { loadPack, loadPacks } from '../../../src/pack/load-pack.js';
import { foldText } from '../../../src/text/normalise.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const setAside = (q: string) =>
  excludedEntities(foldText(q), index.vocab, (id) => index.entityKinds.get(id)).sort();

describe('names a question sets aside', () => {
  it.each([
    ['facebook (the main app, not insta/whatsapp) share on its own?', ['instagram', 'whatsapp']],
    ['Facebook itself, separate from Instagram and WhatsApp?', ['instagram', 'whatsapp']],
    ['what share was instagram, excluding snapchat?', ['snapchat']],
    ['What share of cases involved WhatsApp and Instagram, leaving Facebook out?', ['facebook']],
  ])('%j sets aside %j', (q, ids) => {
    expect(setAside(q)).toEqual(ids);
  });

  it.each([
    'what share of cases involved instagram and snapchat?',
    // Named again outside the aside, a name is asked about.
    'instagram not snapchat: what was the instagram share?',
    // Places are left to the place checks.
    'What was the ten percent rise in England only, excluding Wales?',
    'is it not true that whatsapp was used?',
  ])('sets nothing aside in %j', (q) => {
    expect(setAside(q)).toEqual([]);
  });
});

describe('other words a question sets aside', () => {
  it('reads "(not casualties)" and "setting casualties aside" as setting casualties aside', () => {
    for (const q of [
      'how many collisions (not casualties)?',
      'how many collisions, setting casualties aside?',
    ])
      expect(excludedWords(foldText(q), index.vocab).map((w) => w.words)).toEqual(['casualties']);
  });
  it('reads no aside in "put this release out" or in a name set aside', () => {
    expect(excludedWords('when did the council put this release out?', index.vocab)).toEqual([]);
    expect(excludedWords('instagram share, not snapchat?', index.vocab)).toEqual([]);
  });
  it('declines a fact about what the question sets aside', () => {
    const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
    const reply = answerQuestion('How many injury collisions (not casualties) were there in 2023?', roads);
    expect(reply.status === 'abstained' ? reply.reason : reply.status).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
    });
  });
});

describe('what a set-aside reading must leave alone (a review of it)', () => {
  const all = buildIndex([
    ...loadPacks('knowledge'),
    loadPack('test/fixtures/packs/eastmoor-roads-2023'),
    loadPack('test/fixtures/packs/riverton-libraries-2023'),
  ]);
  const got = (q: string) => {
    const r = answerQuestion(q, all);
    return r.status === 'answered' ? r.facts.map((f) => f.factId).join('+') : r.status;
  };
  it.each([
    ['Not sure but how many offences were recorded by police?', 'offences-2017-2020'],
    ['How many organisations signed the letter, not counting the NSPCC?', 'open-letter'],
    [
      'Is Instagram used more than Snapchat, not counting WhatsApp?',
      'instagram-over-a-third+snapchat-20-percent',
    ],
    ['How much did active library members rise in 2023?', 'active-members-2023'],
    ['How much did serious injuries rise?', 'serious-injuries-reporting-change'],
    ['Road deaths 2022-23?', 'deaths-2023'],
    ['Visits 2022/23?', 'visits-2023'],
  ])('%j → %s', (q, expected) => {
    expect(got(q)).toBe(expected);
  });
});
