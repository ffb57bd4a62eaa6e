// A title a claim gives a person the source names with another ("NSPCC chair Peter Wanless" for its chief
// executive): the attribution is wrong, so the claim is contradicted.
import type { FactIndex } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';

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
  const said = index.packs.some((p) => p.sourceText.toLowerCase().includes(title[0].toLowerCase()));
  return said ? undefined : { title: title[0], person: index.entityNames.get(person) ?? person };
}
