import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../../src/core/claims/index.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { realIndex } from '../../helpers/real-pack.js';

const index = realIndex();
const roads = buildIndex([loadPack('test/fixtures/packs/eastmoor-roads-2023')]);
const verdictsOf = (text: string, within = index) => checkClaims(text, within).map((c) => c.verdict);

describe('a body no pack knows, credited with the figure (twenty-fifth review)', () => {
  it.each([
    'According to the Ministry of Justice, 12,925 online grooming offences were recorded in England and Wales from April 2017 to March 2020',
    'Cabinet Office figures show an estimated 1,220 online grooming cases were recorded between April and June',
    'Research by Action for Children found a ten percent rise in youngsters targeted online during lockdown',
    'According to Ofqual, Instagram was used in over a third of cases',
  ])('%j is contradicted, not supported', (text) => {
    expect(verdictsOf(text)).toEqual(['contradicted']);
  });
  it('names the body it read in the explanation', () => {
    const [check] = checkClaims(
      'Research by Action for Children found a ten percent rise in youngsters targeted online during lockdown',
      index,
    );
    expect(check?.explanation).toContain('Action for Children');
  });
  it.each([
    'According to police data, 12,925 online grooming offences were recorded in England and Wales from April 2017 to March 2020',
    'According to analysts, an estimated 1,220 online grooming cases were recorded between April and June',
    'Research by the NSPCC found a ten percent rise in youngsters targeted online during lockdown',
    'Per IANSLIFE, more than 100 organisations signed an open letter to Facebook',
    // A first name relaying a figure in minutes is no body.
    'AOB: Priya says Facebook apps were used in 51% of grooming cases',
  ])('%j, credited to the source or to no one, stays supported', (text) => {
    expect(verdictsOf(text)).toEqual(['supported']);
  });
  it('reads the body in another pack too', () => {
    expect(
      verdictsOf(
        'According to the Department for Transport, 238 people were seriously injured on Eastmoor roads in 2023',
        roads,
      ),
    ).toEqual(['contradicted']);
    expect(
      verdictsOf('According to Eastmoor County Council, 238 people were seriously injured in 2023', roads),
    ).toEqual(['supported']);
  });
});

describe('the base of a share said another way (twenty-fifth review)', () => {
  it.each([
    // "one in five cases" is of every case, where the source's fifth is of the instances with data.
    ['One in five online grooming crimes took place on Snapchat', 'different_scope'],
    ['Snapchat was used in 1 in 5 recorded cases', 'different_scope'],
    ['One in five grooming instances with platform data involved Snapchat', 'supported'],
    ['More than one in three grooming cases involved Instagram', 'supported'],
    // Crime at large is wider than online grooming crimes.
    ['Facebook, WhatsApp and Instagram were used in 51% of all online crime', 'different_scope'],
    ['Facebook-owned apps enable over half of internet crime', 'different_scope'],
    ['Facebook-owned apps enable over half of online grooming crimes', 'supported'],
  ])('%j is %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
});

describe('a trend said the other way from "increasingly" (twenty-fifth review)', () => {
  it.each([
    ['Facebook-owned apps are used less and less in online grooming crimes, the NSPCC found', 'contradicted'],
    ['Fewer and fewer online grooming crimes happen on Facebook-owned apps', 'contradicted'],
    ['Facebook-owned apps are used in a dwindling share of online grooming crimes', 'contradicted'],
    ['Facebook-owned apps are increasingly used in online grooming crimes, the NSPCC found', 'supported'],
  ])('%j is %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
});

describe('removal said as what a share of removed content measures (twenty-fifth review)', () => {
  it.each([
    // The source: of the content Facebook removes, over 97% is found before it is reported.
    ['Facebook says it takes down over 97% of child exploitation content', 'different_scope'],
    [
      'Facebook says over 97 per cent of child exploitation material on its apps is removed',
      'different_scope',
    ],
    [
      'Facebook says over 97% of the child exploitation content it removes is found before it is reported',
      'supported',
    ],
    ['Facebook says it removes over 97% of child exploitation content before anyone reports it', 'supported'],
  ])('%j is %s', (text, verdict) => {
    expect(verdictsOf(text)).toEqual([verdict]);
  });
});

describe('chat frames, spellings and headline verbs read as no subject (twenty-fifth review)', () => {
  it.each([
    'heard on the radio that an estimated 1,220 grooming cases were recorded between April and June',
    'heard on the news this morning that grooming went up 10% in lockdown',
    'people are saying instagram was used in over a third of cases',
    "everyone's saying snapchat was used in 20% of instances where data was available",
    'fwiw the police chiefs backed the nspcc chief on this',
    'acc to the nspcc, grooming rose 10% during lockdown',
    'according to nspcc research grooming rose 10% in lockdown',
    'Online Grooming Crimes Soar 10% During Lockdown',
    'grooming shot up ten percent in lockdown',
    'police in englnd and wales recorded 12,925 grooming offences from April 2017 to March 2020',
  ])('%j is supported', (text) => {
    expect(verdictsOf(text)).toEqual(['supported']);
  });
  it('still reads a wrong figure or a place alone behind the frame', () => {
    expect(verdictsOf('heard on the radio that grooming rose 30% in lockdown')).toEqual(['contradicted']);
    expect(
      verdictsOf('police in Wales recorded 12,925 grooming offences from April 2017 to March 2020'),
    ).toEqual(['different_scope']);
    expect(verdictsOf('Serious injuries shot up 8% in 2023', roads)).toEqual(['supported']);
    expect(verdictsOf('Road deaths shot up 17% in 2023', roads)).not.toContain('supported');
  });
});
