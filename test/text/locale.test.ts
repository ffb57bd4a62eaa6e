import { describe, expect, it } from 'vitest';
import { readLocale } from '../../src/text/locale.js';

describe('readLocale', () => {
  it.each([
    ['en-GB', 'en-GB'],
    ['en_GB.UTF-8', 'en-GB'],
    ['de_DE@euro', 'de-DE'],
    ['pt-br', 'pt-BR'],
    ['cy', 'cy'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    [' fr-FR ', 'fr-FR'],
  ])('reads %j as %j', (raw, tag) => {
    expect(readLocale(raw)).toBe(tag);
  });

  it.each(['C', 'C.UTF-8', 'POSIX', '', '   ', 'en-', 'english please', 'x'.repeat(40)])(
    'reads %j as no language',
    (raw) => {
      expect(readLocale(raw)).toBeUndefined();
    },
  );

  it('reads nothing as no language', () => {
    expect(readLocale(undefined)).toBeUndefined();
    expect(readLocale(null)).toBeUndefined();
  });
});
