import { describe, expect, it } from 'vitest';
import { consoleSettingsFrom } from '../../../adapters/console/settings.js';
import { ConfigError } from '../../../src/errors.js';

describe('consoleSettingsFrom', () => {
  it.each([
    [{ STATBOT_LOCALE: 'cy-GB', LANG: 'en_GB.UTF-8' }, { locale: 'cy-GB' }],
    [{ LANG: 'en_GB.UTF-8' }, { locale: 'en-GB' }],
    [{ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'de_DE', LANG: 'en_GB' }, { locale: 'fr-FR' }],
    [{ LC_MESSAGES: 'de_DE', LANG: 'en_GB' }, { locale: 'de-DE' }],
    [{ LC_ALL: 'C.UTF-8', LANG: 'en_GB' }, {}],
    [{}, {}],
  ])('reads the terminal locale from %j', (env, expected) => {
    expect(consoleSettingsFrom(env)).toEqual(expected);
  });

  it('stops start-up on a STATBOT_LOCALE that is not a language tag, naming it', () => {
    expect(() => consoleSettingsFrom({ STATBOT_LOCALE: 'english' })).toThrowError(ConfigError);
    expect(() => consoleSettingsFrom({ STATBOT_LOCALE: 'english' })).toThrowError(/^STATBOT_LOCALE: /u);
  });
});
