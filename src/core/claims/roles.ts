// A title a claim gives a person the source names with another ("NSPCC chair Peter Wanless" for its chief
// executive): the attribution is wrong, so the claim is contradicted.

import { escapeRegExp } from '../../text/escape-regexp.js';
import { namesOf } from '../decide/entity-profile.js';
import type { FactIndex } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { sourceUses } from './source-text.js';

/** Titles the source gives nobody in the packs; said of a named person, they misname their role. */
const TITLE =
  /\b(?:chair(?:man|woman|person)?|president|founder|co-founder|director|trustee|deputy|chancellor|home secretary|health secretary|culture secretary|secretary of state|mp)\b/iu;

/** The wrong title and the person it is given to, when the clause names a person with a title the source does not use. */
export function wrongTitle(index: FactIndex, clause: string): { title: string; person: string } | undefined {
  const title = TITLE.exec(clause);
  if (!title) return undefined;
  // The title must sit next to the person: within a few words either side.
  const near = clause.slice(Math.max(0, title.index - 40), title.index + title[0].length + 40);
  const person = analyseText(near, index.vocab, false).entities.find(
    (id) => index.entityKinds.get(id) === 'person',
  );
  if (!person) return undefined;
  const said = sourceUses(index, title[0]);
  return said ? undefined : { title: title[0], person: index.entityNames.get(person) ?? person };
}

const ROLE_WORD =
  /\b(?:chief executive|ceo|boss|head|chief|leader|founder|chair(?:man|woman)?|president|director)\b/u;
/** Every role word, to strip them all: as written (an alias) and in any case (a claim). */
const ROLE_WORDS = new RegExp(ROLE_WORD.source, 'gu');
const ROLE_WORDS_ANY_CASE = new RegExp(ROLE_WORD.source, 'giu');

/** The body a person speaks for, from the names the packs give them ("nspcc boss", "facebook ceo"). */
export function bodyOf(index: FactIndex, person: string): string | undefined {
  for (const pack of index.packs) {
    const entity = pack.entities.find((e) => e.id === person);
    for (const alias of entity?.aliases ?? []) {
      const bare = alias.replace(ROLE_WORDS, ' ');
      const body = analyseText(bare, index.vocab, false).entities.find((id) => id !== person);
      if (body) return body;
    }
  }
  return undefined;
}

/**
 * "Peter Wanless is Facebook's chief executive", "Mark Zuckerberg is the NSPCC chief executive": a role the
 * source gives someone else. The person and the role they are given, when wrong.
 */
export function wrongRole(index: FactIndex, clause: string): { person: string; role: string } | undefined {
  const m = /^(.+?)\s+(?:is|was|has been|serves as|became|,)\s+(?:the\s+|a\s+|an\s+)?(.+)$/iu.exec(
    clause.trim(),
  );
  // The role runs to the next comma: "Wanless, NSPCC chief executive, urged Boris Johnson…".
  const given = m?.[2]?.split(',')[0]?.trim();
  if (!m?.[1] || !given || !ROLE_WORD.test(given.toLowerCase())) return undefined;
  const isPerson = (id: string) => index.entityKinds.get(id) === 'person';
  const person = analyseText(m[1], index.vocab, false).entities.find(isPerson);
  if (!person) return undefined;
  // Who and what the role names, without the role's own words ("CEO" alone reads as the NSPCC's chief executive).
  const role = analyseText(given.replace(ROLE_WORDS_ANY_CASE, ' '), index.vocab, false).entities;
  const other = role.find((id) => isPerson(id) && id !== person);
  const body = bodyOf(index, person);
  const wrongBody = role.find((id) => !isPerson(id) && index.entityKinds.get(id) !== 'place' && id !== body);
  if (!other && !(wrongBody && body)) return undefined;
  return { person: index.entityNames.get(person) ?? person, role: given };
}

/** A capitalised name, then a role word, then a person: "Barnardo's boss Peter Wanless", "Oxfam chief Wanless". */
const BODY_ROLE_PERSON =
  /(?<![\p{L}'’])((?:\p{Lu}[\p{L}'’&.-]*)(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3})\s+([Bb]oss|[Cc]hief [Ee]xecutive|[Cc]hief|CEO|[Cc]eo|[Hh]ead)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;

/**
 * "Barnardo's boss Peter Wanless": a body the claim makes a person the head of that the source does not (one it never
 * names, or another than their own). The person and the role given, when wrong.
 */
export function wrongBody(index: FactIndex, clause: string): { person: string; role: string } | undefined {
  for (const m of clause.matchAll(BODY_ROLE_PERSON)) {
    const [, name = '', role = '', who = ''] = m;
    // The person named right after the role ("boss Peter Wanless"), not a verb after it ("Boss Urges Boris").
    const person = analyseText(who, index.vocab, false).entities.find(
      (id) => index.entityKinds.get(id) === 'person' && namedFirst(index, id, who),
    );
    if (!person) continue;
    const named = analyseText(name, index.vocab, false).entities.filter(
      (id) => index.entityKinds.get(id) !== 'place',
    );
    const own = bodyOf(index, person);
    if (named.some((id) => id === own || id === person)) continue;
    // The last word before the role is the body ("Says Barnardo's boss" in a headline): one no pack or source names.
    const body = (name.split(/\s+/u).pop() ?? '').replace(/['’]s?$/u, '');
    if (
      named.length > 0 ||
      (body.length > 2 &&
        !sourceUses(index, body) &&
        analyseText(body, index.vocab, false).entities.length === 0)
    )
      return { person: index.entityNames.get(person) ?? person, role: `${name} ${role}` };
  }
  return undefined;
}

/** Whether text opens on one of the person's names. */
function namedFirst(index: FactIndex, person: string, text: string): boolean {
  const lower = text.toLowerCase();
  return namesOf(index, person).some((name) =>
    new RegExp(String.raw`^${escapeRegExp(name)}\b`, 'u').test(lower),
  );
}

/**
 * "The NSPCC boss is Peter Wanless", "the head of the NSPCC is Wanless": a role, then the person said to hold it. The
 * person, and whether the source gives them that role (their own body, or a name the packs give them with it); undefined
 * when the clause is no such statement.
 */
export function roleHeldBy(
  index: FactIndex,
  clause: string,
): { person: string; role: string; holds: boolean } | undefined {
  const m = /^(?:the\s+)?(.+?)\s+(?:is|was|=)\s+(?:the\s+)?(.+?)[\s.!?]*$/iu.exec(clause.trim());
  const [, left = '', right = ''] = m ?? [];
  // (Only a role and a name: "Peter Wanless, the NSPCC's chief executive, was quoted in The Telegraph urging Boris
  // Johnson…" says something else of him.)
  const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
  if (words(left) > 6 || words(right) > 3 || /,/u.test(left)) return undefined;
  if (!ROLE_WORD.test(left.toLowerCase()) || ROLE_WORD.test(right.toLowerCase())) return undefined;
  const isPerson = (id: string) => index.entityKinds.get(id) === 'person';
  const person = analyseText(right, index.vocab, false).entities.find(isPerson);
  if (!person) return undefined;
  const named = analyseText(left, index.vocab, false).entities;
  // (A name the packs give the person with the role, "nspcc boss", is that person.)
  if (named.includes(person)) return { person, role: left, holds: true };
  const bodies = analyseText(left.replace(ROLE_WORDS_ANY_CASE, ' '), index.vocab, false).entities.filter(
    (id) => !isPerson(id) && index.entityKinds.get(id) !== 'place',
  );
  if (bodies.length !== 1) return undefined;
  return { person, role: left, holds: bodies[0] === bodyOf(index, person) };
}
