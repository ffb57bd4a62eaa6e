// Reads a language tag as platforms and terminals write it ("en-GB", "en_GB.UTF-8", "pt-br") into one form.

/** A language tag as accepted from outside: a 2–3 letter language, then subtags ("en-GB", "zh-Hant-TW", "en_GB"). */
export const LOCALE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/u;

/**
 * The BCP 47 tag in canonical form ("en-GB"), or undefined when `raw` names no language: unset, "C", "POSIX",
 * or not a tag at all. A POSIX locale's codeset and modifier ("en_GB.UTF-8@euro") are dropped.
 */
export function readLocale(raw: string | null | undefined): string | undefined {
  const tag = raw?.trim().replace(/[.@].*$/u, '');
  if (!tag || !LOCALE_TAG.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/gu, '-'))[0];
  } catch {
    return undefined;
  }
}
