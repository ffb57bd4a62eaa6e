// The asking sentence that wants a verdict or a forecast, whatever the message quotes first; and the questions that
// look like one but check a claim or ask what was said.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/answer-question.js';
import { askingSentence, asksJudgement } from '../../../src/core/understand/judgement.js';
import { readKind } from '../../../src/core/understand/read-kind.js';
import { screenMessage } from '../../../src/safety/screen.js';
import { foldText } from '../../../src/text/normalise.js';
import { realIndex } from '../../helpers/real-pack.js';

const fold = (q: string) => foldText(q).replace(/\s+/gu, ' ').trim();
const judges = (q: string) => asksJudgement(fold(q));

describe('asksJudgement', () => {
  it.each([
    'Wanless wants tech companies held "financially and criminally responsible". Is he right?',
    "My colleague reckons the 'world-leading Online Harms Bill' line is just PR fluff from the NSPCC. Is she right?",
    "Was Facebook's response just PR?",
    'On encryption, who has the better argument — the NSPCC or Zuckerberg?',
    'Wanless calls the pandemic a "perfect storm" for online offenders. Is that an exaggeration?',
    'Wanless fears ongoing restrictions will feed into the surge of online abuse. Will they?',
    'More than 100 organisations signed the open letter to Facebook. Was it effective?',
    'Was Facebook irresponsible to plan encryption without the safeguards the NSPCC wanted?',
    "Is Zuckerberg's privacy argument convincing or not?",
    'did the open letter actually change anything?',
    "Is Zuckerberg's point about 'over-reaching governments' a fair one or just PR?",
    'is that fair or unfair?',
  ])('reads a judgement or forecast in %j', (q) => {
    expect(judges(q)).toBe(true);
  });

  it.each([
    // Checks of a claim or of what was said.
    'Is it right that Wanless wants tech firms held criminally responsible, not only fined?',
    'Facebook said 97% is found before it is reported. Is that right?',
    'My mate reckons grooming offences were falling before lockdown. Is he right?',
    'my friend says 70% were on Facebook apps, is she right?',
    "My colleague says the NSPCC accused Facebook of 'actively choosing to give offenders a place to hide'. Is that really the charity's wording?",
    'Did Wanless really say the harm was entirely avoidable?',
    'is the 51% figure accurate?',
    // Figures and comparisons, however felt the words.
    'Is 12,925 a count of offences or of child victims?',
    "Is Instagram's share greater or less than one third?",
    'is snap or insta worse for groomers according to this',
    'is wanless worried ongoing restrictions will make things worse?',
    'Was the pre-lockdown growth in grooming offences measured year by year?',
    'are the fb-owned apps responsible for more or less than half of it?',
    'Was Instagram used more than Snapchat?',
    // Found by a review: a question asked first, a check of what a source said, ordinary questions about the data.
    'How many organisations signed the open letter? Was it effective?',
    'The NSPCC says grooming offences rose during lockdown. Did grooming offences really rise?',
    'Are rural roads dangerous?',
    'Was the 6% change positive or negative?',
    'Is STATS19 reliable?',
    'Is it valid to compare serious injuries in 2023 with 2018?',
    'Is it reasonable to say Instagram was used more than Snapchat?',
    'Is the drop in deaths just noise?',
    'Are the extra serious injuries genuine or due to the reporting change?',
    'My teacher argued Snapchat was used more than Instagram. Is she right?',
    'Which one best describes the 12,925 figure, cases or offences?',
    'Which one had the better year, 2022 or 2023?',
    // What a pack may say of its own figures (the roads release's caution on small numbers).
    'Is a ten percent rise in lockdown actually significant, or is it noise?',
    'are the figures reliable',
    'is the fall in road deaths significant?',
  ])('reads no judgement in %j', (q) => {
    expect(judges(q)).toBe(false);
  });
});

describe('askingSentence', () => {
  it('is the last sentence, after what the message quotes', () => {
    expect(askingSentence(fold('Wanless calls it a "perfect storm". Is that an exaggeration?'))).toBe(
      'is that an exaggeration?',
    );
    expect(askingSentence(fold('how many cases were there'))).toBe('how many cases were there');
  });
});

describe('a judgement asked after a quote', () => {
  const index = realIndex();
  it('is read as an opinion and declined with that reason, not answered with the quote', () => {
    const q = 'Wanless wants tech companies held "financially and criminally responsible". Is he right?';
    const screening = screenMessage(q);
    expect(readKind({ folded: fold(q), screening, asksForHelpService: false, hasPrior: false })).toBe(
      'opinion',
    );
    const reply = answerQuestion(q, index);
    expect(reply.status).toBe('abstained');
    expect(reply.status === 'abstained' && reply.reason.code).toBe('opinion');
  });
});
