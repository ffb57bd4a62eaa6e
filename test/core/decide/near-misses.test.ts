// Near-misses the sixth 2026-11-30 session read in the blind sets (fresh-19, roads questions-blind-17 and earlier):
// one member of a group the source counts together, a value for one of what a total counts, a response from someone
// the source never quotes, a prediction, and a "2020-21" no figure covers. Each is declined; the question the fact
// does answer still is.
import { describe, expect, it } from 'vitest';
import { answerQuestion, answerUncalibrated } from '../../../src/core/answer-question.js';
import { listedTogether } from '../../../src/core/decide/listed-together.js';
import { perUnitAsked } from '../../../src/core/decide/per-unit.js';
import type { Reply } from '../../../src/core/reply.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { readQuestion } from '../../../src/core/understand/read-question.js';
import { describeReply } from '../../../src/eval/evaluate.js';
import { loadPack, loadPacks } from '../../../src/pack/load-pack.js';
import { foldText } from '../../../src/text/normalise.js';
import { realIndex } from '../../helpers/real-pack.js';
import { verdictLine } from '../../helpers/verdict-line.js';

const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const nspcc = buildIndex(loadPacks('knowledge'));
const outcome = (reply: Reply) => {
  if (reply.status === 'answered') return reply.facts.map((f) => f.factId).join('+');
  if (reply.status !== 'abstained') return reply.status;
  return `abstained:${reply.reason.code}${'kind' in reply.reason ? `/${reply.reason.kind}` : ''}`;
};
const factOf = (index: typeof roads, id: string) => {
  const fact = index.facts.find((f) => f.fact.id === id);
  if (!fact) throw new Error(`no fact ${id}`);
  return fact;
};

describe('one member of a group counted together', () => {
  const others = factOf(roads, 'other-road-user-casualties');
  it.each([
    'How many bus passengers were injured?',
    'how many bus passengers were hurt',
    'how many goods vehicle occupants were hurt',
  ])('is declined with the group’s one figure: %j', (q) => {
    const reason = listedTogether(roads, others, readQuestion(q, roads.vocab), foldText(q));
    expect(reason?.covered[0]).toContain('bus, goods vehicle and other vehicle occupants together (67)');
    expect(outcome(answerQuestion(q, roads))).toBe('abstained:not_covered/scope');
  });
  it.each([
    'casualties among other road users',
    'how many bus / lorry occupants were casualties?',
    'othr road users cas (bus/HGV etc) #?',
    'how many people in buses, vans or goods vehicles were injured',
  ])('still answers the group, or two of its members: %j', (q) => {
    expect(outcome(answerQuestion(q, roads))).toBe('other-road-user-casualties');
  });
  it('reads no list in a clause or in two sides of one thing', () => {
    const aRoads = factOf(roads, 'a-road-casualties');
    const q = 'How many casualties were there on A-roads in 2023?';
    expect(listedTogether(roads, aRoads, readQuestion(q, roads.vocab), foldText(q))).toBeUndefined();
    expect(outcome(answerQuestion(q, roads))).toBe('a-road-casualties');
  });
});

describe('a value for one of what a total counts', () => {
  it.each([
    'What’s the value per fatal casualty used in the £96.4m estimate?',
    'What’s the value used for preventing a single road death?',
    'what’s the value of preventing each casualty?',
  ])('is declined: %j', (q) => {
    expect(outcome(answerQuestion(q, roads))).toBe('abstained:not_covered/scope');
  });
  it.each([
    // How the value was worked out, which the source does say (a review found these declined).
    ['what values per casualty are used to cost the casualties?', 'casualty-cost-basis'],
    ['How many children were killed - just a single child?', 'child-casualties'],
    ['Marsh said each death is a family devastated. How many deaths were there?', 'marsh-comment'],
  ])('still answers what is given: %j', (q, expected) => {
    expect(outcome(answerQuestion(q, roads))).toBe(expected);
  });
  it('reads "per case" of a share as its base, not a value per unit', () => {
    expect(outcome(answerQuestion('the 51% figure - is that per case or per offence?', nspcc))).toBe(
      'facebook-apps-51-percent',
    );
  });
  it('still answers a rate the source gives, and a question that wants a name', () => {
    expect(outcome(answerQuestion('what is the casualty rate per billion vehicle miles', roads))).toBe(
      'casualty-rate-2023',
    );
    const q = 'Which councillor is quoted saying each death is a family devastated?';
    expect(perUnitAsked(factOf(roads, 'marsh-comment'), foldText(q))).toBeUndefined();
  });
});

describe('a response from someone the source never quotes, and a prediction', () => {
  it.each([
    ['Has Snapchat commented on the findings?', 'abstained:not_covered/scope'],
    ['Did Boris Johnson respond to Wanless?', 'abstained:not_covered/scope'],
    ['Did Snapchat give any stats in reply?', 'abstained:not_covered/scope'],
    ['Will Facebook drop its encryption plans?', 'abstained:opinion'],
  ])('%j → %s', (q, expected) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe(expected);
  });
  it('still answers what Facebook, which the source quotes, said', () => {
    expect(outcome(answerQuestion('Has Facebook responded?', nspcc))).toBe('facebook-97-percent');
  });
});

describe('a year and the next ("2020-21")', () => {
  it('asks about both years: no figure covers 2020-21', () => {
    expect(readQuestion('How many grooming offences were recorded in 2020-21?', nspcc.vocab).years).toEqual([
      2020, 2021,
    ]);
    expect(outcome(answerQuestion('How many grooming offences were recorded in 2020-21?', nspcc))).toBe(
      'abstained:not_covered/year',
    );
  });
  it('still reads a range of financial years as the three-year total', () => {
    expect(outcome(answerQuestion('grooming offences 2017/18 to 2019/20?', nspcc))).toBe(
      'offences-2017-2020',
    );
  });
});

describe('an exact figure or a name the source does not give', () => {
  it.each([
    'Exactly what percentage of cases was Instagram used in?',
    'ok but exactly how many cases were there in apr-jun, not the estimate, the real number',
    'whats the name of the facebook spokesman?',
  ])('is declined: %j', (q) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe('abstained:not_covered/scope');
  });
  it.each([
    'Is the 1,220 an exact count or an estimate?',
    'The 1,220 cases - what time frame is that, and is it an exact count?',
  ])('still answers whether a figure is exact: %j', (q) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe('grooming-cases-april-june');
  });
});

describe('a preposition no pack uses', () => {
  it('names no topic the packs lack ("killed on the roads during 2023" of a road release)', () => {
    expect(
      outcome(answerQuestion('How many people were killed on Eastmoor’s roads during 2023?', roads)),
    ).toBe('deaths-2023');
  });
  it('still narrows what is asked where it does ("within the quarter")', () => {
    expect(
      outcome(answerQuestion('How much did cases rise from April to June within the quarter?', nspcc)),
    ).not.toBe('grooming-cases-april-june');
  });
});

describe('"name" asks for a name; it is no topic', () => {
  it.each(['nspcc ceo name pls', 'Who’s the NSPCC chief executive named in the article?', 'NSPCC CEO name?'])(
    '%j → the fact that names him',
    (q) => {
      expect(outcome(answerQuestion(q, nspcc))).toBe('wanless-urges-legislation');
    },
  );
});

describe('what a review of these rules found', () => {
  it.each([
    ['How did the police chiefs respond to Wanless’s call?', 'police-chiefs-backing', nspcc],
    ['Has the council commented on the figures?', 'marsh-comment', roads],
    ['what does Zuckerberg say about hackers and criminals?', 'zuckerberg-encryption-march-2019', nspcc],
    ['Will the report show the drop in deaths since 2022?', 'deaths-2023', roads],
    [
      'I always stay within the limit on the A-roads - how many casualties were on A-roads?',
      'a-road-casualties',
      roads,
    ],
    ['What’s the actual number of cases April-June?', 'grooming-cases-april-june', nspcc],
  ])('%j → %s', (q, expected, index) => {
    expect(outcome(answerQuestion(q, index))).toBe(expected);
  });
  it.each([
    'How many people were killed after 2020?',
    'how many deaths until 2022?',
    'How many people were killed on roads beyond Eastmoor?',
    'how many people died during covid',
    'Good afternoon, I am preparing a briefing for the county’s agricultural liaison group on rural safety. Could you tell me how many tractor drivers were killed?',
  ])('still declines what the words narrow or name: %j', (q) => {
    expect(answerQuestion(q, roads).status).toBe('abstained');
  });
});

describe('a question about one body itself', () => {
  it.each([
    ['What does NSPCC stand for?', 'lockdown-rise-ten-percent'],
    ['Where is the NSPCC based?', 'open-letter'],
    ['Who carried out the research on grooming during lockdown?', 'lockdown-rise-ten-percent'],
    ['which country is the charity behind this research from?', 'facebook-apps-over-half'],
  ])('%j → the fact whose quote says it (%s)', (q, expected) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe(expected);
  });
  it('leaves a question that also asks a figure to the figure', () => {
    const q =
      "Could you quote the article's opening claim about what share of online child grooming crimes Facebook-owned apps are said to enable, and whose research it's attributed to?";
    expect(outcome(answerQuestion(q, nspcc))).not.toBe('lockdown-rise-ten-percent');
  });
});

describe('a question about what one named person is', () => {
  it.each([
    ['Which organisation does Daniel Okafor speak for?', roads, 'okafor-comment'],
    ["what is Helen Marsh's role?", roads, 'marsh-comment'],
    ['who does Peter Wanless work for?', nspcc, 'wanless-urges-legislation'],
  ])('%j → the fact whose quote gives their role', (q, index, expected) => {
    expect(outcome(answerQuestion(q, index))).toBe(expected);
  });
  it('leaves a role asked of another year, an unknown place or a party to the matcher', () => {
    for (const q of [
      'Which organisation did Daniel Okafor speak for in 2019?',
      'Which council does Helen Marsh work for in Westshire?',
      'Which party does Helen Marsh represent?',
    ])
      expect(answerQuestion(q, roads).status, q).not.toBe('answered');
  });
  it('leaves a question about who backed someone to the facts about backing', () => {
    expect(outcome(answerQuestion("Which body backed Wanless's call for tougher action?", nspcc))).toBe(
      'police-chiefs-backing',
    );
  });
});

describe('a word that says which data a base is', () => {
  it.each([
    'What percentage of cases with known platform data involved Snapchat?',
    'Among cases where platform data existed, what percentage involved Snapchat?',
  ])('names the base, not another measure: %j', (q) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe('snapchat-20-percent');
  });
});

describe('a count and a share asked together', () => {
  it.each([
    'Could you please let me know how many pedestrian casualties Eastmoor recorded in 2023 and what share of all casualties they represent?',
    'how many pedestrians were hurt in 2023 and what proportion of the total is that',
  ])('is answered by the fact that gives either (a share in words counts): %j', (q) => {
    expect(outcome(answerQuestion(q, roads))).toBe('pedestrian-casualties');
  });
  it('still declines a share alone of a fact that gives only a count', () => {
    expect(outcome(answerQuestion('what share of casualties were other road users?', roads))).toBe(
      'abstained:not_covered/scope',
    );
  });
});

describe('what a long message names before its ask', () => {
  it.each([
    // The preamble's "cycling" names cyclists; the ask names children (and "under sixteen" is under 16).
    "Hello, I am writing on behalf of a local parents' association. We are concerned about the safety of children walking and cycling to school, and we would like to know how many children under sixteen were injured on Eastmoor's roads in 2023 and how many of those were killed or seriously injured.",
  ])('is not what it asks about when the ask names one of the same kind: %j', (q) => {
    expect(outcome(answerQuestion(q, roads))).toBe('child-casualties');
  });
  it('still names what the ask refers back to', () => {
    const q = 'I saw the cyclist figures in the release. How many of them were there in 2023?';
    expect(readQuestion(q, roads.vocab).entities).toContain('cyclists');
  });
});

describe('a lead before a dash that only says who asks', () => {
  it('is set aside ("As a mum of two I\'d like to know - …")', () => {
    expect(
      outcome(
        answerQuestion(
          "As a mum of two I'd like to know - how many children were hurt on the roads in Eastmoor in 2023?",
          roads,
        ),
      ),
    ).toBe('child-casualties');
  });
  it('is kept when the ask refers back to the asker ("As a cyclist I\'m curious - how many of us got hurt?")', () => {
    expect(
      outcome(answerQuestion("As a cyclist I'm curious - how many of us got hurt in 2023?", roads)),
    ).not.toBe('casualties-total-2023');
  });
});

describe('a figure from notes, its meaning forgotten', () => {
  it.each([
    [
      "I've got 731 written in my notes from the Eastmoor release but forgot what it was. Any idea?",
      'urban-casualties',
    ],
    ["My notes just say '331' from the Eastmoor release and I can't remember what it was, help", 'ksi-2023'],
  ])('is a reverse look-up: %j', (q, fact) => {
    expect(outcome(answerQuestion(q, roads))).toBe(fact);
  });
});

describe('a claim the words alone decline, which the claim checker ties to a figure', () => {
  it('is answered with that fact and the verdict ("…serious injuries fell in 2023. Is that right?")', () => {
    const reply = answerQuestion('The local paper says serious injuries fell in 2023. Is that right?', roads);
    expect(outcome(reply)).toBe('serious-injuries-2023');
    expect(verdictLine(reply)).toMatch(/^Verdict: contradicted\./u);
  });
  it('still declines a claim about who said words no fact holds', () => {
    expect(
      outcome(answerQuestion('Facebook said encryption was about boosting ad revenue, right?', nspcc)),
    ).toMatch(/^abstained/u);
  });
});

describe('a group only a caveat names, a rate’s base, one part set aside (read sets after the fifteenth session)', () => {
  it.each(['pedestrian KSI for 2023?', 'car occupants KSI?', 'how many child pedestrians were hurt?'])(
    'declines what only the child fact’s caveat names: %j',
    (q) => {
      expect(outcome(answerQuestion(q, roads))).toBe('abstained:not_covered/scope');
    },
  );
  it('answers whether the figure counts them in, which that caveat says', () => {
    expect(
      outcome(answerQuestion('are children counted in the pedestrian figures or separately?', roads)),
    ).toBe('child-casualties');
  });
  it('reads what a rate is per as its base: no traffic figure for 2022 in the 2022 casualty rate', () => {
    expect(outcome(answerQuestion('vehicle miles for 2022?', roads))).toMatch(/^abstained:not_covered/u);
    expect(outcome(answerQuestion('vehicle miles in 2023?', roads))).toBe('traffic-2023');
  });
  it('declines one part of England and Wales with the other set aside', () => {
    expect(outcome(answerQuestion('whats the figure for england only, not wales', nspcc))).toBe(
      'abstained:not_covered/scope',
    );
    expect(
      outcome(answerQuestion('grooming offences in england and wales, april 2017 to march 2020?', nspcc)),
    ).toBe('offences-2017-2020');
  });
});

describe('what a figure covers, asked of the figure itself (a review)', () => {
  it('answers "are those figures England only, not Wales too?" with the England and Wales figure', () => {
    expect(outcome(answerQuestion('Are those police figures England only, not Wales too?', nspcc))).toBe(
      'offences-2017-2020',
    );
    expect(outcome(answerQuestion('is there a figure for england only, not wales?', nspcc))).toBe(
      'abstained:not_covered/scope',
    );
  });
});

describe('a policy asked as "should …?" and a rate of another measure (roads sets 29 and 31)', () => {
  it.each([
    'Should the council drop rural speed limits to 50? yes or no',
    'should the council lower speed limits?',
  ])('declines an opinion: %j', (q) => {
    expect(outcome(answerQuestion(q, roads))).toBe('abstained:opinion');
  });
  it.each([
    'what was the fatality rate per billion vehicle miles in 2023?',
    'whats the fatality rate per billion vehicle miles',
    "What's the KSI rate per billion vehicle miles?",
  ])('declines a rate the release gives only for all casualties: %j', (q) => {
    expect(outcome(answerQuestion(q, roads))).toBe('abstained:not_covered/scope');
  });
  it('still answers the casualty rate', () => {
    expect(
      outcome(answerQuestion('what was the casualty rate per billion vehicle miles in 2023?', roads)),
    ).toBe('casualty-rate-2023');
  });
});

describe('"should" asking which figure, and a split asked beside a question of cover (second review)', () => {
  it.each([
    ['should the deaths be 19 or 23 for 2023?', roads, 'deaths-2023'],
    ['should the 2023 figures be treated as provisional?', roads, 'provisional-figures'],
    ['should i quote 1,220 or 1,200?', nspcc, 'grooming-cases-april-june'],
  ] as const)('is no opinion: %j', (q, index, fact) => {
    expect(outcome(answerQuestion(q, index))).toBe(fact);
  });
  it('declines the part asked apart even when it also asks what the figure covers', () => {
    expect(
      outcome(answerQuestion('is the total for england only, and how many for wales alone?', nspcc)),
    ).toBe('abstained:not_covered/scope');
  });
  it('still declines unit figures the release does not give ("30 mph roads")', () => {
    expect(outcome(answerQuestion('How many casualties were on 30 mph roads?', roads))).toBe(
      'abstained:not_covered/number',
    );
    expect(outcome(answerQuestion('How many casualties were on 40 mph roads?', roads))).toBe(
      'urban-casualties',
    );
  });
});

describe('a total over several years asked of one year (final review)', () => {
  it.each(['how many deaths over 5 years', 'how many cyclists hurt in the last 10yrs'])(
    'declines %j',
    (q) => {
      expect(outcome(answerQuestion(q, roads))).toBe('abstained:not_covered/scope');
    },
  );
  it('still answers a span the figure covers', () => {
    expect(outcome(answerQuestion('how many offences were recorded over three years', nspcc))).toBe(
      'offences-2017-2020',
    );
  });
});

describe('two names of one group set against each other, and a measure only a caveat names', () => {
  it.each([
    'of the car occupant casualties how many were drivers vs passengers?',
    'car occupant casualties: which was higher, drivers or passengers?',
  ])('is declined as the group counted together: %j', (q) => {
    const reply = answerQuestion(q, roads);
    expect(outcome(reply)).toBe('abstained:not_covered/scope');
    expect(reply.status === 'abstained' && 'covered' in reply.reason && reply.reason.covered[0]).toContain(
      'only car occupants together',
    );
  });
  it.each([
    ['How many car drivers and passengers were injured in total?', 'car-occupant-casualties'],
    [
      'How many online grooming offences were recorded in England and Wales from April 2017 to March 2020?',
      '',
    ],
  ])('still answers the group asked about as a whole: %j', (q, id) => {
    const reply = answerQuestion(q, id ? roads : nspcc);
    expect(reply.status).toBe('answered');
    if (id) expect(outcome(reply)).toBe(id);
  });
  it("declines a 2015-2019 average of slight injuries, which only the total's caveat mentions", () => {
    const reply = answerQuestion('What was the 2015-2019 average for slight injuries?', roads);
    expect(outcome(reply)).toBe('abstained:not_covered/scope');
    expect(outcome(answerQuestion('What was the 2015-2019 average for road casualties?', roads))).toBe(
      'casualties-total-2023',
    );
  });
});

describe('a comparison of another measure than the one asked', () => {
  it.each([
    ['did more deaths happen on rural or urban roads?', 'deaths-rural-roads'],
    ['Among the people killed, were there more pedestrians or motorcyclists?', 'deaths-by-road-user'],
  ])('is answered by the fact that measures it for the sides named: %j', (q, id) => {
    expect(outcome(answerQuestion(q, roads))).toBe(id);
  });
  it('still compares the casualties of the sides when casualties are asked', () => {
    expect(outcome(answerQuestion('were there more casualties on rural or urban roads?', roads))).toMatch(
      /^(?:rural-casualties\+urban-casualties|urban-casualties\+rural-casualties)$/u,
    );
  });
});

describe('a change asked for in any words', () => {
  it.each(['yoy change in total cas?', 'total casualties yoy % chg?'])(
    'is answered by the fact that gives the change: %j',
    (q) => {
      expect(outcome(answerQuestion(q, roads))).toBe('casualties-total-2023');
    },
  );
});

describe('after review: no split of one name, no measure the question joins, the years asked', () => {
  it.each([
    'which had more deaths, drivers and passengers or pedestrians?',
    'motorcyclists vs bikers - how many casualties?',
    'insta vs instagram, what share of cases?',
  ])('is not declined as a split of one group: %j', (q) => {
    const reply = answerQuestion(q, q.includes('insta') ? nspcc : roads);
    expect(reply.status === 'abstained' && 'value' in reply.reason ? reply.reason.value : '').not.toMatch(
      /separately/u,
    );
  });
  it('compares casualties, all severities, for "killed or injured"', () => {
    expect(outcome(answerQuestion('were more pedestrians or cyclists killed or injured?', roads))).toMatch(
      /^(?:pedestrian-casualties\+cyclist-casualties|cyclist-casualties\+pedestrian-casualties)$/u,
    );
  });
  it('answers no 2023 deaths for a year the deaths are not given for', () => {
    expect(outcome(answerQuestion('were more pedestrians or cyclists killed in 2022?', roads))).not.toBe(
      'deaths-by-road-user',
    );
  });
});

describe('a trend year on year, and the start of an event (read set fresh-39)', () => {
  it.each([
    "pre-lockdown: was each year's offence count higher than the year before?",
    'Were offences higher each year than the year before, in the run-up to lockdown?',
    'did offences rise every year in the run-up to covid, or only once lockdown began?',
  ])('is answered by the fact saying offences rose annually: %j', (q) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe('offences-rose-each-year');
  });
  it('reads "once lockdown began" as during lockdown', () => {
    expect(outcome(answerQuestion('how many cases once lockdown began?', nspcc))).toBe(
      'grooming-cases-april-june',
    );
  });
  it('still declines the year before a single figure, and a time after the event', () => {
    expect(outcome(answerQuestion('how many grooming cases were there the year before?', nspcc))).toMatch(
      /^abstained/,
    );
    expect(outcome(answerQuestion('how many cases after lockdown ended?', nspcc))).toMatch(/^abstained/);
  });
});

describe('road-safety shorthand (read roads sets)', () => {
  it.each([
    ['SI yoy?', 'serious-injuries-2023'],
    ['SI yoy % chg', 'serious-injuries-2023'],
    ['tot cas yoy chg?', 'casualties-total-2023'],
    ['car occ cas & % of tot?', 'car-occupant-casualties'],
    ['slight % of tot cas?', 'slight-injuries-share'],
    ['slight injuries as % of total?', 'slight-injuries-share'],
    ['slight inj tot pls', 'slight-injuries-2023'],
  ])('%j is answered with %s', (q, id) => {
    expect(outcome(answerQuestion(q, roads))).toBe(id);
  });
  it('reads "si" typed for "is", "a tot" as a child, "up or dn" as up or down, and a cost total as no count', () => {
    expect(outcome(answerQuestion('waht si the total number of casualties in 2023', roads))).toBe(
      'casualties-total-2023',
    );
    expect(outcome(answerQuestion('road deaths up or dn vs 2022?', roads))).toBe(
      outcome(answerQuestion('road deaths up or down vs 2022?', roads)),
    );
    expect(outcome(answerQuestion('value of prevention total', roads))).toBe('value-of-prevention');
  });
  it('still reads a percentage rise as a change, and a yes/no question about a total as no count', () => {
    expect(
      outcome(answerQuestion('By what percentage did the number of kids targeted online go up?', nspcc)),
    ).toBe('lockdown-rise-ten-percent');
    expect(
      outcome(
        answerQuestion('Are injuries that nobody reported counted in the slight casualty total?', roads),
      ),
    ).toBe('slight-injuries-undercount');
  });
});

describe('what a figure covers, and a time leading up to an event (read NSPCC sets)', () => {
  it.each([
    'is the 12,925 just england or england + wales',
    'Could you kindly confirm, for a feature aimed at readers in Wales, whether the three-year offence total includes Wales or relates to England alone?',
    'How many offences overall in the 3 years leading up to lockdown?',
    'offences from april 2017 up to march 2020?',
  ])('is answered with the three-year total: %j', (q) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe('offences-2017-2020');
  });
  it.each([
    'England or Wales, which had more offences?',
    'how many offences in england and how many in wales?',
  ])('still declines the parts set against each other: %j', (q) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe('abstained:not_covered/scope');
  });
});

describe('someone named in chat words (read NSPCC sets)', () => {
  it('reads "the cops" as the police, whose data the article reports', () => {
    expect(outcome(answerQuestion('what did the cops say about which apps were used', nspcc))).toBe(
      'facebook-apps-51-percent',
    );
  });
  it('still declines what someone the article never quotes said', () => {
    expect(outcome(answerQuestion('what did google say about grooming', nspcc))).toMatch(/^abstained/);
  });
});

describe('chat ways of asking how often (read NSPCC sets)', () => {
  it.each([
    ['Instagram came up in how many of the cases, proportionally?', 'instagram-over-a-third'],
    [
      'Is Snapchat involved in more cases than Instagram or the other way round?',
      'compare:snapchat-20-percent+instagram-over-a-third',
    ],
  ])('%j is answered with %s', (q, id) => {
    const reply = answerQuestion(q, nspcc);
    const got =
      reply.status === 'answered' && reply.facts.length > 1
        ? `compare:${reply.facts.map((f) => f.factId).join('+')}`
        : outcome(reply);
    expect(got).toBe(id);
  });
});

describe('where the figures come from, asked in other words (read roads sets)', () => {
  it.each([
    'Who actually records the collisions that go into these figures?',
    'What kind of records are the numbers drawn from?',
    'Whose collision reports are the figures built on?',
  ])('%j is answered with the data sources', (q) => {
    expect(outcome(answerQuestion(q, roads))).toBe('data-sources');
  });
  it('leaves "taken from" to the period it names', () => {
    expect(outcome(answerQuestion('What date range is the 12,925 total taken from?', nspcc))).toBe(
      'offences-2017-2020',
    );
  });
});

describe('what a review of this session’s question changes found (its own probes)', () => {
  it.each([
    'is the 12,925 higher in england or wales?',
    'does the total include more from england or wales?',
  ])('still declines England set against Wales, however it is worded: %j', (q) => {
    expect(outcome(answerQuestion(q, nspcc))).toBe('abstained:not_covered/scope');
  });
  it('reads no speaker into words a quote merely uses ("what did the kids say")', () => {
    expect(outcome(answerQuestion('what did the kids say about snapchat', nspcc))).toMatch(/^abstained/);
  });
  it('keeps "come up in lockdown" a rise, not "used in"', () => {
    expect(outcome(answerQuestion('did grooming come up in lockdown?', nspcc))).toBe(
      'lockdown-rise-ten-percent',
    );
  });
  it('reads "up to the end of 2023" as to that date, not as an unknown word', () => {
    expect(outcome(answerQuestion('how many people were killed up to the end of 2023?', roads))).not.toBe(
      'abstained:off_topic',
    );
  });
});

describe('a count for everyone asked about, not for a part the question never names', () => {
  it.each(['how many deaths in 2023?', 'number of deaths 2023', 'how many deaths were there?'])(
    '%j is answered with all the deaths, not those on rural roads',
    (q) => {
      expect(outcome(answerQuestion(q, roads))).toBe('deaths-2023');
    },
  );
  it('still answers the part when the question names it', () => {
    expect(outcome(answerQuestion('how many deaths on rural roads?', roads))).toBe('deaths-rural-roads');
    expect(outcome(answerQuestion('how many cyclists were killed?', roads))).toBe('deaths-by-road-user');
  });
});

describe("someone's line, take or side: what they said", () => {
  const index = realIndex();
  it.each([
    ["whats facebook's line on whether it deals with grooming on its platforms", 'facebook-97-percent'],
    ["what's wanless's take on how the pandemic affected online abuse?", 'perfect-storm'],
  ])('%j is answered with what they said', (q, id) => {
    expect(describeReply(answerQuestion(q, index))).toBe(id);
  });
});

describe('who heads an organisation, and a time around the event asked about', () => {
  const index = realIndex();
  it.each(['who runs the police chiefs council?', "Who heads the National Police Chiefs' Council?"])(
    'declines a head the source does not tie to that organisation: %j',
    (q) => {
      expect(describeReply(answerQuestion(q, index))).toMatch(/^decline/u);
    },
  );
  it.each([
    ['who heads the nspcc?', 'wanless-urges-legislation'],
    ['who runs facebook according to the piece?', 'zuckerberg-encryption-march-2019'],
    ['how many offences were recorded during lockdown?', 'grooming-cases-april-june'],
  ])('%j → %s', (q, id) => {
    // (The pipeline's pick: under even odds it is offered first in a choice instead, decide/unsure.ts.)
    expect(describeReply(answerUncalibrated(q, index))).toBe(id);
  });
});
