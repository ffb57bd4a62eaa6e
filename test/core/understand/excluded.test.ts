// What a question names only to set aside.
import { describe, expect, it } from 'vitest';
import { excludedEntities } from '../../../src/core/understand/excluded.js';
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
