import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { checkMessage } from '../../src/core/claims/index.js';
import { outlineClaims } from '../../src/render/claims-outline.js';
import { outlineReply, statementText } from '../../src/render/reply-outline.js';
import { FOLLOW_UP_NOTE, HELP_HEADING } from '../../src/render/wording.js';
import { realIndex } from '../helpers/real-pack.js';

describe('outlineReply', () => {
  const index = realIndex();

  it('splits the statement on its figure and gives the quote on one line with its attribution', () => {
    const outline = outlineReply(answerQuestion('how many cases were recorded?', index));
    expect(outline.body.kind).toBe('fact');
    if (outline.body.kind !== 'fact') return;
    const { fact } = outline.body;
    expect(fact.statement).toEqual({
      before: 'An estimated ',
      figure: '1,220',
      after: ' criminal cases of online grooming were recorded between April and June.',
    });
    expect(statementText(fact)).toBe(
      'An estimated 1,220 criminal cases of online grooming were recorded between April and June.',
    );
    expect(fact.quote).not.toMatch(/\s{2}|\n/u);
    expect(fact.attribution).toMatch(/^Analysts/u);
    expect(outline.share).toBe('how many cases were recorded?');
  });

  it('gives a help-only reply nothing after the help: no suggestions, no follow-up note, no echo', () => {
    const reply = answerQuestion('I think someone is grooming my daughter on snapchat', index);
    const outline = outlineReply({ ...reply, readAs: 'x', suggestions: [] });
    expect(outline.body).toEqual({ kind: 'help-only' });
    expect(outline.help?.heading).toBe(HELP_HEADING);
    expect(outline.help?.alsoAsked).toBeUndefined();
    expect(outline).not.toHaveProperty('followUp');
    expect(outline).not.toHaveProperty('suggestions');
    expect(outline).not.toHaveProperty('echo');
  });

  it('says a follow-up was read with the previous question', () => {
    const reply = { ...answerQuestion('how often was snapchat used?', index), readAs: 'snapchat' };
    expect(outlineReply(reply).followUp).toBe(FOLLOW_UP_NOTE);
  });

  it('keeps a decline as one message, with the suggestions under their heading', () => {
    const outline = outlineReply(answerQuestion('how many cases on tiktok were recorded?', index));
    expect(outline.body.kind).toBe('message');
    expect(outline.suggestions?.heading).toBe('You could ask instead');
    expect(outline).not.toHaveProperty('share');
    expect(outline).not.toHaveProperty('feedback');
  });
});

describe('outlineClaims', () => {
  const index = realIndex();

  it('gives one verdict per claim with badge, figures, explanation and the quote with its attribution', () => {
    const outline = outlineClaims(checkMessage('70% of cases were on Facebook apps', index));
    expect(outline.kind).toBe('verdicts');
    if (outline.kind !== 'verdicts') return;
    expect(outline.claims).toHaveLength(1);
    expect(outline.claims[0]).toMatchObject({
      verdict: 'contradicted',
      badge: '❌ Contradicted',
      figures: 'Claimed: 70% · Source: 51 percent',
      quote: { attribution: expect.stringMatching(/^Law enforcement data/u) },
    });
  });

  it('turns a message with no statistic into one note', () => {
    expect(outlineClaims(checkMessage('see you at 3pm', index))).toMatchObject({ kind: 'note' });
  });
});
