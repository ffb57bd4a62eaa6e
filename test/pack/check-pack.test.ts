import { describe, expect, it } from 'vitest';
import { findPackProblems, findUncoveredNumbers } from '../../src/pack/check-pack.js';
import { loadPack } from '../../src/pack/load-pack.js';
import { packFileSchema } from '../../src/pack/schema.js';
import { collapseWhitespace } from '../../src/text/whitespace.js';
import { PACK_DIR } from '../helpers/real-pack.js';

const pack = loadPack(PACK_DIR);

function withFacts(edit: (facts: typeof pack.facts) => void) {
  const copy = structuredClone({ ...pack });
  edit(copy.facts);
  return copy;
}

describe('kb checks on the shipped pack', () => {
  it('finds no problem at all', () => {
    expect(findPackProblems(pack)).toEqual([]);
  });

  it('has every quote verbatim in the source and every figure in its quote', () => {
    const source = collapseWhitespace(pack.sourceText);
    for (const fact of pack.facts) {
      expect(source).toContain(collapseWhitespace(fact.quote));
      for (const figure of fact.figures) expect(collapseWhitespace(fact.quote)).toContain(figure.display);
    }
  });

  it('covers the figures the article is about', () => {
    const displays = pack.facts.flatMap((f) => f.figures.map((g) => g.display));
    expect(displays).toEqual(
      expect.arrayContaining([
        '1,220',
        'ten percent',
        '51 percent',
        'over a third',
        '20 percent',
        '12,925',
        'Over 97 percent',
        'More than 100',
      ]),
    );
    expect(pack.facts.find((f) => f.id === 'snapchat-20-percent')?.base).toMatch(
      /instances for which data was available/,
    );
  });

  it('gives every fact at least three phrasings, an attribution and existing related facts', () => {
    const ids = new Set(pack.facts.map((f) => f.id));
    for (const fact of pack.facts) {
      expect(fact.questions.length).toBeGreaterThanOrEqual(3);
      expect(fact.attribution.source).not.toBe('');
      for (const id of fact.related) expect(ids.has(id)).toBe(true);
    }
  });
});

describe('kb checks catch broken packs', () => {
  it('flags a duplicate id and a related id that does not exist', () => {
    const broken = withFacts((facts) => {
      (facts[1] as (typeof facts)[number]).id = facts[0]?.id ?? '';
      (facts[2] as (typeof facts)[number]).related = ['no-such-fact'];
    });
    const messages = findPackProblems(broken).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain('facts: the id "facebook-apps-over-half" is used twice');
    expect(messages.some((m) => m.includes('related.0: no fact has the id "no-such-fact"'))).toBe(true);
  });

  it('warns of an alias that is "a" or "an" and one word ("a bus"), not the letter code the name is ("a road" of A-roads)', () => {
    const entities = [
      ...pack.entities,
      {
        id: 'a-roads',
        name: 'A-roads',
        kind: 'topic' as const,
        aliases: ['a bus', 'a road', 'a roads', 'an lane'],
      },
    ];
    const warnings = findPackProblems({ ...pack, entities })
      .filter((p) => p.level === 'warning' && p.path === 'entities.a-roads')
      .map((p) => p.message);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('"a bus" starts with "a" or "an"');
    expect(warnings[1]).toContain('"an lane"');
  });

  it('flags a figure whose display text is not in the quote', () => {
    const broken = withFacts((facts) => {
      const fact = facts.find((f) => f.id === 'offences-2017-2020');
      if (fact?.figures[0]) fact.figures[0].display = '12925';
    });
    expect(
      findPackProblems(broken).some((p) => p.message.includes('"12925" does not occur in the fact\'s quote')),
    ).toBe(true);
  });

  it('lists the source numbers that no fact covers', () => {
    const trimmed = {
      ...pack,
      facts: pack.facts.filter((f) => f.id !== 'facebook-97-percent' && f.id !== 'open-letter'),
    };
    expect(findUncoveredNumbers(trimmed)).toEqual(['100', '6', '97 percent']);
    expect(findPackProblems(trimmed).find((p) => p.level === 'warning')?.message).toMatch(
      /no fact covers: 100, 6, 97 percent/,
    );
  });

  it('reads fractions and "One" as figures, and says what it can read when a display states no number', () => {
    const edited = withFacts((facts) => {
      const fact = facts.find((f) => f.id === 'offences-2017-2020');
      if (!fact) return;
      fact.quote = 'One in a tenth, around a seventh of the total, several';
      fact.figures = ['One', 'a tenth', 'around a seventh of the total', 'several'].map((display) => ({
        value: 1,
        unit: 'count' as const,
        display,
        label: 'a figure',
      }));
    });
    const displays = findPackProblems(edited).filter((p) => p.path.includes('.figures.'));
    expect(displays).toEqual([
      {
        level: 'error',
        path: expect.stringMatching(/\(offences-2017-2020\)\.figures\.3\.display$/),
        message: expect.stringMatching(
          /^"several" states no number kb:check can read: .*digits .*a number word .*a fraction .*an ordinal/,
        ),
      },
    ]);
  });

  it('says that period.quote counts for the period label only when a statement names its year', () => {
    const edited = withFacts((facts) => {
      const fact = facts.find((f) => f.id === 'offences-2017-2020');
      if (!fact) return;
      fact.quote = 'A total of 12,925 offences were recorded by police';
      fact.period = { label: 'April 2017 to March 2020', quote: 'from April 2017 to March 2020' };
      fact.statement = 'Police recorded 12,925 offences from April 2017 to March 2020.';
    });
    expect(findPackProblems(edited).find((p) => p.path.endsWith('.statement'))?.message).toBe(
      'states "2017", "2020", which the quote does not; every number we say must be in the quote (period.quote counts for period.label only: leave the year to the period, which every answer shows)',
    );
  });

  it('leaves out of the uncovered numbers those the author says are not statistics', () => {
    const trimmed = {
      ...pack,
      facts: pack.facts.filter((f) => f.id !== 'facebook-97-percent' && f.id !== 'open-letter'),
    };
    expect(findUncoveredNumbers(trimmed, ['100', '6'])).toEqual(['97 percent']);
    const warnings = (ignoreNumbers: string[]) =>
      findPackProblems(trimmed, { ignoreNumbers }).filter((p) => p.level === 'warning');
    expect(warnings(['100', '6'])).toHaveLength(1);
    expect(warnings(['100', '6', '97'])).toEqual([]);
  });

  it('rejects unknown keys so typos in field names are caught', () => {
    const result = packFileSchema.safeParse({ pack: {}, facts: [], extra: 1 });
    expect(result.success).toBe(false);
  });
});

describe('kb checks on the safeguarding wording for each reader', () => {
  it('names a resource listed for a reader that the pack does not define, and a reader shown no emergency number', () => {
    const copy = structuredClone({ ...pack });
    if (!copy.safeguarding) throw new Error('the shipped pack has a safeguarding section');
    copy.safeguarding.young.resources = ['childline', 'samaritans'];
    expect(findPackProblems(copy)).toEqual([
      expect.objectContaining({
        level: 'error',
        path: 'safeguarding.young.resources',
        message: expect.stringContaining('"samaritans" is not the id of a resource'),
      }),
      expect.objectContaining({
        level: 'warning',
        path: 'safeguarding.young.resources',
        message: expect.stringContaining('not shown the emergency number'),
      }),
    ]);
  });
});
