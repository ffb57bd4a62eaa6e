// Who leads an organisation ("who runs the NPCC?"): only a person a fact ties to that organisation answers it.
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { namesOf } from './entity-profile.js';

/** Asking who leads an organisation: "who runs…", "who heads…", "the chief executive of…". */
export const HEAD_OF =
  /\bwho(?:'s| is| was)? (?:runs|heads|leads|chairs|is in charge of|in charge of)\b|\b(?:chief executive|ceo|head|boss|chair|chairman|chairwoman|director|president|leader) (?:of|at)\b/u;

/**
 * Whether the fact names a person it ties to the organisation the question names
 * (by an alias, "ceo of the nspcc", or as credited, "Peter Wanless, NSPCC chief executive"): the police chiefs' backing
 * quotes Wanless and the Prime Minister, neither of whom heads the police chiefs' council.
 */
export function namesHeadOf(index: FactIndex, fact: IndexedFact, entities: readonly string[]): boolean {
  const orgs = entities.filter((id) => index.entityKinds.get(id) === 'organisation');
  if (orgs.length === 0) return true;
  const orgPatterns = orgs
    .flatMap((id) => namesOf(index, id))
    .map((o) => new RegExp(`\\b${escapeRegExp(o)}\\b`, 'u'));
  const source = fact.fact.attribution.source.toLowerCase();
  return [...fact.entities].some((id) => {
    if (index.entityKinds.get(id) !== 'person') return false;
    const names = namesOf(index, id);
    const credited = names.some((n) => source.includes(n));
    const words = [...names, ...(credited ? [source] : [])];
    return words.some((w) => orgPatterns.some((o) => o.test(w)));
  });
}
