// The nouns of a claim, by compromise's part-of-speech tagger (loaded on the first claim checked): what a figure
// counts and where is named by nouns, while verbs and adjectives ("turned to", "horrifying") only phrase it.
import { createRequire } from 'node:module';

interface Tagged {
  terms(): { json(): Array<{ terms: Array<{ normal: string; tags: string[] }> }> };
}
let tag: ((text: string) => Tagged) | undefined;

/** The words of `text` tagged as nouns (not pronouns or gerunds), lower-case. */
export function nounsOf(text: string): string[] {
  tag ??= createRequire(import.meta.url)('compromise') as (text: string) => Tagged;
  return tag(text)
    .terms()
    .json()
    .flatMap((s) => s.terms)
    .filter((t) => t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !t.tags.includes('Gerund'))
    .map((t) => t.normal);
}
