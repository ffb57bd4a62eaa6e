// The nouns of a claim, by compromise's part-of-speech tagger (loaded on the first claim checked): what a figure
// counts and where is named by nouns, while verbs and adjectives ("turned to", "horrifying") only phrase it.
import { createRequire } from 'node:module';

interface Tagged {
  terms(): { json(): Array<{ terms: Array<{ normal: string; tags: string[] }> }> };
}
let tag: ((text: string) => Tagged) | undefined;

/** Nouns that name what a figure counts: the word before one says which of them ("hate crime", "sexting offences"). */
const COUNTED = /^(?:cases?|offen[cs]es?|crimes?|instances?|incidents?)$/u;

/**
 * The words of `text` tagged as nouns (not pronouns or gerunds), lower-case, and any word right before a noun of
 * counting ("hate crime offences", "sexting offences", "cyberbullying cases"): the tagger reads those as a verb or a
 * gerund, but they say what was counted.
 */
export function nounsOf(text: string): string[] {
  tag ??= createRequire(import.meta.url)('compromise') as (text: string) => Tagged;
  const terms = tag(text)
    .terms()
    .json()
    .flatMap((s) => s.terms);
  return terms
    .filter(
      (t, i) =>
        (t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !t.tags.includes('Gerund')) ||
        (COUNTED.test(terms[i + 1]?.normal ?? '') &&
          /^\p{L}{3,}$/u.test(t.normal) &&
          !t.tags.includes('Determiner')),
    )
    .map((t) => t.normal);
}
