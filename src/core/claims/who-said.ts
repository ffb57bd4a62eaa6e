// In a quote that gives two sides' words ("touted by Facebook as vital…, derided by the NSPCC as…"), which side
// said the words a claim uses: credited to the other side, the claim is contradicted.
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { factSpeakers } from './speaker.js';

/** The quote's parts between commas, each with the speaker it names or, naming none, the one before it. */
function sidesOf(index: FactIndex, fact: IndexedFact, sayers: ReadonlySet<string>) {
  const parts: Array<{ speakers: string[]; terms: Set<string> }> = [];
  let previous: string[] = [];
  for (const part of fact.fact.quote.split(/[,;:]/u)) {
    const analysis = analyseText(part, index.vocab, false);
    const named = analysis.entities.filter((id) => sayers.has(id));
    // "Facebook's CEO Mark Zuckerberg": a part naming several speakers gives them one voice.
    const speakers = named.length > 0 ? named : previous;
    parts.push({ speakers, terms: new Set(analysis.terms) });
    previous = speakers;
  }
  return parts;
}

/**
 * The name of the side the quote gives the claim's words to, when that is not `speakerId` and the fact has two
 * speakers; undefined otherwise.
 */
export function otherSide(
  index: FactIndex,
  fact: IndexedFact,
  speakerId: string,
  claimTerms: readonly string[],
): string | undefined {
  const sayers = new Set(
    [...factSpeakers(index, fact).sayers].filter((id) => index.entityKinds.get(id) !== 'place'),
  );
  if (sayers.size < 2 || !sayers.has(speakerId)) return undefined;
  const wanted = claimTerms.filter((t) => !t.startsWith('@') && t.length > 2);
  const votes = new Map<string, number>();
  for (const part of sidesOf(index, fact, sayers)) {
    const said = wanted.filter((t) => part.terms.has(t)).length;
    for (const id of part.speakers) votes.set(id, (votes.get(id) ?? 0) + said);
  }
  const mine = votes.get(speakerId) ?? 0;
  const [top, count] = [...votes.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return top && top !== speakerId && (count ?? 0) > mine ? (index.entityNames.get(top) ?? top) : undefined;
}
