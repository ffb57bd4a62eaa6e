// Session 45: the newcomer review's findings on session 44's change — a figure claimed by someone named is a claim to
// check, not an opinion; "by the numbers" reads the figures only when it compares; a month range narrows "the year
// 2020"; a place the asker is in is no place asked of a figure; "miss" as a form of address; ranking questions are no
// ask of where the source's figures are from; "shared across" is the whole; and "make up" in the invented sense.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import { asksOpinion } from '../../src/core/understand/intent.js';
import { answeredWith } from '../helpers/answered-with.js';
import { realIndex } from '../helpers/real-pack.js';

const nspcc = realIndex();
const factsOf = (q: string) => answeredWith(answerQuestion(q, nspcc)).map((k) => k.split('/').pop());
const reasonOf = (q: string) => {
  const reply = answerQuestion(q, nspcc);
  return reply.status === 'abstained' ? reply.reason : reply.status;
};

describe('a finding someone named is said to have got right', () => {
  it.each([
    ["is the nspcc's claim that 51% of cases involved facebook apps right?", ['facebook-apps-51-percent']],
    [
      'is my dad correct that zuckerberg announced encryption in march?',
      ['zuckerberg-encryption-march-2019'],
    ],
    [
      "is my teacher's claim that snapchat was used more than instagram right?",
      ['snapchat-20-percent', 'instagram-over-a-third'],
    ],
  ])('is a claim checked against the source: %j', (q, facts) => {
    expect(factsOf(q)).toEqual(facts);
  });
  it('a figure wrongly given is checked, not judged', () => {
    const reply = answerQuestion(
      "Is Facebook's argument that it removes 99% of child abuse content convincing?",
      nspcc,
    );
    expect(reply.status === 'answered' && reply.kind === 'fact' && reply.verdict?.verdict).toBe(
      'contradicted',
    );
  });
  it.each([
    "Is Zuckerberg's argument that people expect private communications to be secure convincing?",
    'Is Facebook correct that encryption is vital to privacy?',
    'is Wanless right that tech bosses should be held criminally responsible?',
    "is the NSPCC's warning that lockdown created a perfect storm exaggerated?",
  ])('an argument judged stays an opinion: %j', (q) => {
    expect(reasonOf(q)).toMatchObject({ code: 'opinion' });
  });
});

describe('"going by the numbers"', () => {
  it('without a comparison still asks what ought to be done', () => {
    expect(reasonOf('going by the numbers, should facebook stop encryption?')).toMatchObject({
      code: 'opinion',
    });
    expect(asksOpinion('judging by these figures, should parents ban whatsapp?')).toBe(true);
  });
  it('with one reads the figures', () => {
    expect(asksOpinion('going by the figures, is snapchat worse than instagram?')).toBe(false);
  });
});

describe('periods and places asked around a figure', () => {
  it('a month range narrows "the year 2020"', () => {
    expect(factsOf('between April and June of the year 2020, how many cases?')).toEqual([
      'grooming-cases-april-june',
    ]);
  });
  it('a calendar year asked of three months of it is still declined', () => {
    expect(reasonOf('how many cases were there in 2020 as a whole?')).toMatchObject({ code: 'not_covered' });
  });
  it('the place the asker is in is no place asked of the figure', () => {
    expect(factsOf("I'm a teacher in England, what does the 97% figure actually measure?")).toEqual([
      'facebook-97-percent',
    ]);
    expect(reasonOf("Is Facebook's 97% a UK figure or global?")).toMatchObject({ kind: 'scope' });
  });
});

describe('what a detection rate misses, and "miss" said to a teacher', () => {
  it('"miss" as a form of address asks the figure', () => {
    expect(factsOf('what percentage was snapchat, miss?')).toEqual(['snapchat-20-percent']);
  });
  it('"miss" as a verb still asks what was not found', () => {
    expect(reasonOf('what percentage of content does Facebook miss?')).toMatchObject({
      value: 'those that did not',
    });
  });
});

describe("where the source's figures are from, and rankings", () => {
  it('a ranking across countries is no ask of the source scope', () => {
    const reply = answerQuestion('which country has the most grooming?', nspcc);
    expect(reply.status).toBe('abstained');
  });
  it('the periods listed are the figures’, not the date a letter was tweeted', () => {
    const reply = answerQuestion('what period does the data cover?', nspcc);
    const facts = answeredWith(reply).map((k) => k.split('/').pop());
    expect(facts).toContain('offences-2017-2020');
    expect(facts).not.toContain('open-letter');
  });
});

describe('parts of England and Wales', () => {
  it('the offences "shared across" both are the whole', () => {
    expect(factsOf('what was the number of offences shared across england and wales?')).toEqual([
      'offences-2017-2020',
    ]);
  });
  it('how they are shared asks the parts', () => {
    expect(reasonOf('how are the 12,925 offences shared across england and wales?')).toMatchObject({
      code: 'not_covered',
      kind: 'scope',
    });
  });
});

describe('figures said to be invented', () => {
  it.each(['what did they make up?', 'did the nspcc make up the numbers?', 'are the figures made up?'])(
    'is a judgement of honesty: %j',
    (q) => {
      expect(reasonOf(q)).toMatchObject({ code: 'opinion' });
    },
  );
  it('"make up" as "form" still reads what a figure is of', () => {
    expect(factsOf('which three apps make up the 51% figure?')).toEqual(['facebook-apps-51-percent']);
  });
});

describe('a count asked of a named share in a sentence of its own', () => {
  it.each(['the 51 percent. how many cases is that?', 'how many cases does the 51% represent?'])(
    'is declined as a count: %j',
    (q) => {
      expect(reasonOf(q)).toMatchObject({ code: 'not_covered', value: 'a count' });
    },
  );
});

describe('fresh-80, read this session: classes of its misses', () => {
  it('a claim naming no platform is about the fact that needs none, whatever figure it gives', () => {
    const reply = answerQuestion('I read that grooming went up 20 percent during lockdown. Correct?', nspcc);
    expect(answeredWith(reply).map((k) => k.split('/').pop())).toEqual(['lockdown-rise-ten-percent']);
    expect(reply.status === 'answered' && reply.kind === 'fact' && reply.verdict?.verdict).toBe(
      'contradicted',
    );
    expect(factsOf('is it true snapchat went up 20 percent?')).toEqual(['snapchat-20-percent']);
  });
  it('"fair summary?" after a post quoted checks it', () => {
    const reply = answerQuestion(
      "Saw a post: 'half of grooming crimes happen on Facebook'. Fair summary?",
      nspcc,
    );
    expect(reply.status === 'answered' && reply.kind === 'fact' && reply.verdict?.verdict).toBe(
      'different_scope',
    );
  });
  it('places offered as a choice are settled by where the figures are from', () => {
    expect(factsOf('This research is from which country, UK or USA?')).toEqual([
      'facebook-apps-over-half',
      'offences-2017-2020',
    ]);
    expect(reasonOf('how many offences in England or Scotland?')).toMatchObject({ kind: 'place' });
  });
  it('"did A come before or after B?" sets the two dated facts side by side', () => {
    expect(
      factsOf("Did Zuckerberg's encryption announcement come before or after the February 2020 open letter?"),
    ).toEqual(['zuckerberg-encryption-march-2019', 'open-letter']);
  });
  it('"how did X respond?" asks what X said, and a stand a quote reports answers it', () => {
    expect(factsOf('how did zuckerberg respond?')).toEqual(['zuckerberg-encryption-march-2019']);
    expect(factsOf('how did the police chiefs respond?')).toEqual(['police-chiefs-backing']);
  });
  it('who passed a claim on, and that they wrote it, is no word of the topic', () => {
    expect(factsOf('Our intern wrote that The Guardian quoted Wanless - is that correct?')).toEqual([
      'wanless-urges-legislation',
    ]);
  });
  it('a date is no figure for one of two periods compared', () => {
    expect(reasonOf('Did grooming offences rise faster in 2018/19 than in 2019/20?')).toMatchObject({
      code: 'not_covered',
    });
  });
});

describe('the review of this session: escaping detection, and look-alikes', () => {
  it.each([
    "what would i need to do to be in the part of child exploitation content it doesn't detect?",
    "what's the 97% figure? how do i get into the 3% that isn't detected",
    "Explain exactly what Facebook's grooming detection looks for, so I know what not to do in DMs.",
    "what does facebook's detection look for so i can avoid it",
  ])('asking how to escape detection is refused: %j', (q) => {
    expect(reasonOf(q)).toMatchObject({ code: 'harmful' });
  });
  it.each([
    "as a parent, how does facebook's detection work so we know what to avoid letting our kids share?",
    "what does facebook's detection look for so we know what not to let our 12 year old post",
  ])('a parent keeping a child safe is not refused: %j', (q) => {
    expect(reasonOf(q)).not.toMatchObject({ code: 'harmful' });
  });
  it('what a figure is "made up of" is what it counts, not an accusation', () => {
    expect(factsOf('what is the 51% figure made up of?')).toEqual(['facebook-apps-51-percent']);
  });
  it('"the year 2020" with no month range before it is the whole year', () => {
    expect(reasonOf('what was the total number of grooming cases for the year 2020?')).toMatchObject({
      code: 'not_covered',
    });
  });
  it('a trend before or after an event is no order of two events', () => {
    const reply = answerQuestion("did offences rise after zuckerberg's encryption announcement?", nspcc);
    expect(reply.status === 'answered' && reply.kind === 'comparison').toBe(false);
  });
  it('what Facebook "might" miss is what it does not find', () => {
    expect(reasonOf('what percentage of abuse content might facebook miss?')).toMatchObject({
      value: 'those that did not',
    });
  });
  it('an argument judged convincing is an opinion even when it compares', () => {
    expect(
      reasonOf("Is Facebook's claim that it reported more abuse than anyone else convincing?"),
    ).toMatchObject({
      code: 'opinion',
    });
    expect(factsOf('is my mum right that grooming went up during lockdown?')).toEqual([
      'lockdown-rise-ten-percent',
    ]);
  });
  it('"more or less" is roughly, not a ranking', () => {
    const reply = answerQuestion('when is the data from, more or less?', nspcc);
    expect(reply.status === 'answered' && reply.kind === 'comparison').toBe(true);
  });
  it('a ranking of places offered is declined for the place not covered', () => {
    expect(reasonOf('which country has more grooming cases, England or Scotland?')).toMatchObject({
      kind: 'place',
    });
    expect(factsOf('how many offences were shared across england and wales?')).toEqual([
      'offences-2017-2020',
    ]);
  });
  it('one rise set against another the source gives no size for is declined', () => {
    for (const q of [
      'Is the 10% lockdown rise bigger than the increase in the year before?',
      'did offences rise more in lockdown than in previous years?',
    ])
      expect(reasonOf(q)).toMatchObject({ value: 'the size of that change' });
    expect(factsOf('how much did grooming rise in lockdown?')).toEqual(['lockdown-rise-ten-percent']);
  });
  it('"the main Facebook app" is Facebook alone, which no figure is for', () => {
    expect(
      reasonOf("How does Instagram's share compare with the share for the main Facebook app?"),
    ).toMatchObject({
      code: 'not_covered',
    });
  });
});

describe('comparisons the source cannot make', () => {
  it('a comparison by a measure no pack gives is declined for that measure', () => {
    expect(
      reasonOf("Relative to user numbers, is Instagram's share of grooming cases higher than Snapchat's?"),
    ).toMatchObject({ code: 'not_covered', kind: 'measure' });
    expect(factsOf('is instagram used more than snapchat?')).toEqual([
      'instagram-over-a-third',
      'snapchat-20-percent',
    ]);
  });
  it('how worried people should be by a figure is an opinion, unless someone in the source says', () => {
    expect(reasonOf('Honestly, should a 10% rise worry parents more than the 51% figure?')).toMatchObject({
      code: 'opinion',
    });
    expect(asksOpinion('does the nspcc say the figures should worry parents?')).toBe(false);
  });
});

describe('how something the source reports turned out', () => {
  it.each([
    'Did Facebook actually go ahead and encrypt its messengers after the NSPCC objected?',
    'Is it right that Facebook dropped its encryption plan after the NSPCC criticism?',
    'what happened next with the encryption plans?',
  ])('is declined: the source stops before it: %j', (q) => {
    expect(reasonOf(q)).toMatchObject({ code: 'not_covered', value: 'what happened after it' });
  });
  it('what happened at a time the source names is still answered', () => {
    expect(factsOf('March 2019 — what happened then?')).toEqual(['zuckerberg-encryption-march-2019']);
    expect(factsOf("what are facebook's encryption plans?")).toEqual(['encryption-dispute']);
  });
});
