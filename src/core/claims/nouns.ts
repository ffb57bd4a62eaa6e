// The nouns of a claim, by compromise's part-of-speech tagger (loaded on the first claim checked): what a figure
// counts and where is named by nouns, while verbs and adjectives ("turned to", "horrifying") only phrase it.
import { createRequire } from 'node:module';

interface Tagged {
  terms(): { json(): Array<{ terms: Array<{ normal: string; tags: string[] }> }> };
}
let tag: ((text: string) => Tagged) | undefined;

/** Nouns that name what a figure counts: the word before one says which of them ("hate crime", "sexting offences"). */
const COUNTED = /^(?:cases?|offen[cs]es?|crimes?|instances?|incidents?)$/u;

/** The helper of a passive ("being targeted", "getting groomed"). */
const PASSIVE_AUX = /^(?:being|getting)$/u;

/** Each word of `text` with compromise's tags (the tagger is loaded on first use). */
function taggedTerms(text: string): Array<{ normal: string; tags: string[] }> {
  tag ??= createRequire(import.meta.url)('compromise') as (text: string) => Tagged;
  return tag(text)
    .terms()
    .json()
    .flatMap((s) => s.terms);
}

/**
 * The words of `text` tagged as nouns (not pronouns or gerunds), lower-case, and any word right before a noun of
 * counting ("hate crime offences", "sexting offences", "cyberbullying cases"): the tagger reads those as a verb or a
 * gerund, but they say what was counted; and what was done to those counted, after "being" or "getting".
 */
export function nounsOf(text: string): string[] {
  const terms = taggedTerms(text);
  return terms
    .filter(
      (t, i) =>
        (t.tags.includes('Noun') && !t.tags.includes('Pronoun') && !t.tags.includes('Gerund')) ||
        (COUNTED.test(terms[i + 1]?.normal ?? '') &&
          /^\p{L}{3,}$/u.test(t.normal) &&
          !t.tags.includes('Determiner')) ||
        // What was done to those counted ("teenagers being cyberbullied"): a passive says what was counted.
        (PASSIVE_AUX.test(terms[i - 1]?.normal ?? '') &&
          /^\p{L}{3,}$/u.test(t.normal) &&
          (t.tags.includes('Verb') || t.tags.includes('Adjective'))),
    )
    .map((t) => t.normal);
}

/**
 * Adverbs that only place a statement in time or add to it ("previously accused", "could further fuel"). Any other
 * adverb may judge, grade or turn what the source says ("successfully", "partly", "unfairly", "accidentally",
 * "strongly", "exponentially"): never only phrasing.
 */
const PHRASING_ADVERBS = new Set(
  'previously earlier further also reportedly literally actually basically somewhere publicly openly formally officially directly'.split(
    ' ',
  ),
);
/** Prepositions that place or route what is said, never turning it ("via", "over its plans"). */
const PLACING_PREPOSITIONS = new Set('via over about regarding concerning amid towards toward'.split(' '));

/**
 * The words of `text` that only phrase what a fact says, given whether a word is the fact's own (`ownWord`): an
 * adverb that does not deny or doubt ("previously accused", "could further fuel"), a placing preposition ("via a
 * bill"), and a word that describes a noun of the fact's right after it ("tech firms", "direct messaging"). Not a
 * noun before an adverb or a verb ("hold parents criminally responsible"), which names who or what it is said of.
 * (A describing word is only phrasing when the source uses it somewhere: "weaker laws" is no "tough" law; the caller
 * checks that.)
 */
export function phrasingWords(
  text: string,
  ownWord: (word: string) => boolean,
): Map<string, 'adverb' | 'modifier'> {
  const terms = taggedTerms(text);
  const out = new Map<string, 'adverb' | 'modifier'>();
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    const word = t.normal;
    if (!/^\p{L}+$/u.test(word)) return;
    const before = terms[i - 1];
    if (t.tags.includes('Adverb') && PHRASING_ADVERBS.has(word)) out.set(word, 'adverb');
    else if (t.tags.includes('Preposition') && PLACING_PREPOSITIONS.has(word)) out.set(word, 'adverb');
    else if (
      (t.tags.includes('Adjective') || t.tags.includes('Noun')) &&
      next &&
      ownWord(next.normal) &&
      // (Not a noun that opens its clause: "…wrote that police expect…" names who, not what kind.)
      before !== undefined &&
      !/^(?:that|who|which|and|but|or)$/u.test(before.normal) &&
      !next.tags.includes('Adverb') &&
      !next.tags.includes('Adjective') &&
      !/ly$/u.test(next.normal)
    )
      out.set(word, 'modifier');
  });
  return out;
}
