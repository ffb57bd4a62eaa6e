// Whether someone replied to something ("Did Zuckerberg reply personally to the NSPCC's criticism?"): only a fact that
// reports a reply by them answers it. Their other words (an announcement a year before) are no reply.
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { speaks, standsBy } from './speaker.js';

type ScopeDecline = Extract<DeclineReason, { code: 'not_covered' }>;

/**
 * Whether a reply came, asked yes or no of someone named: "did X (personally) reply/respond/react", "has X ever
 * answered". (Not "how did X react", nor "X's response to…": what someone said on the subject is that.)
 */
const REPLY_ASKED =
  /(?<!\b(?:how|why|when|where|what)\s)\b(?:did|has|have|had|does|do)\s+((?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+(?:(?:ever|personally|actually|directly|publicly|himself|herself|themselves|itself)\s+)*(?:reply|replied|respond|responded|react|reacted|answer|answered|hit back|rebut|rebutted)\b/u;
/** A quote telling of a reply: "Facebook has responded by claiming…". */
const REPLY_WORD = /\b(?:respond\w*|repl(?:y|ied|ies)|react\w*|hit back|rebut\w*)\b/iu;

/** Kinds of name a reply can come from. */
const SPEAKERS: ReadonlySet<string> = new Set(['person', 'organisation', 'platform']);

/** The one person, organisation or platform the words name, when they name nothing else. */
function onlyName(index: FactIndex, words: string): string | undefined {
  const read = analyseText(words, index.vocab, true);
  const named = read.entities.filter((id) => SPEAKERS.has(index.entityKinds.get(id) ?? ''));
  const rest = read.terms.filter((t) => !t.startsWith('@'));
  return named.length === 1 && read.entities.length === 1 && rest.length === 0 ? named[0] : undefined;
}

/** "the NSPCC", "the National Police Chiefs' Council", "Mark Zuckerberg", "Facebook". */
function called(index: FactIndex, id: string): string {
  const name = index.entityNames.get(id) ?? id;
  const kind = index.entityKinds.get(id);
  const needsThe =
    kind === 'organisation' &&
    (/^[A-Z]{3,}$/u.test(name) || /\b(?:Council|Society|Service|Agency)\b/u.test(name));
  return needsThe && !/^the\b/iu.test(name) ? `the ${name}` : name;
}

/**
 * Whether the fact tells of a reply or reaction by the one named: their own words telling of a reply ("Facebook has
 * responded", said by its spokesman), or a stand the quote says they took ("derided by the NSPCC", "backed by …").
 */
function reactsIn(index: FactIndex, fact: IndexedFact, id: string): boolean {
  return (REPLY_WORD.test(fact.fact.quote) && speaks(index, fact, id)) || standsBy(index, fact, id);
}

/**
 * The decline when a reply by someone is asked and the source reports none by them. (When some fact of the pack does
 * report one, the match decides which; no decline here.)
 */
export function replyAsked(index: FactIndex, fact: IndexedFact, folded: string): ScopeDecline | undefined {
  const who = REPLY_ASKED.exec(folded)?.[1];
  const id = who === undefined ? undefined : onlyName(index, who);
  if (id === undefined) return undefined;
  if (index.facts.some((f) => f.pack === fact.pack && reactsIn(index, f, id))) return undefined;
  const name = called(index, id);
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `a reply from ${name}`,
    covered: [fact.entities.has(id) ? `only this: ${fact.fact.statement}` : `nothing from ${name} on it`],
  };
}
