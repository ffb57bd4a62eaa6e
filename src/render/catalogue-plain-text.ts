// Plain text for the console's `sources` and `fact <id>`: where the packs' figures come from, and one fact in full.
import type { PackSource, PackTopics } from '../core/catalogue.js';
import type { FactView } from '../core/reply.js';
import { replyShowingFact } from '../core/respond/fact-reply.js';
import { renderPlainText } from './plain-text.js';
import { orNotStated } from './wording.js';

/** `sources`: each pack's source with its headline, publisher, date, link and note. */
export function renderSourcesPlainText(sources: readonly PackSource[]): string {
  return sources
    .map((s) =>
      [
        `${s.title} (${s.factCount} facts)`,
        s.description,
        `Headline: ${orNotStated(s.headline)} · Publisher: ${orNotStated(s.publisher)} · Published: ${orNotStated(s.published)}`,
        `Link: ${orNotStated(s.url)}`,
        ...(s.note ? [`Note: ${s.note}`] : []),
      ].join('\n'),
    )
    .join('\n\n');
}

/** `fact <id>`: the fact in full; without an id or for an unknown one, the ids there are. */
export function renderFactPlainText(
  fact: FactView | undefined,
  id: string,
  topics: readonly PackTopics[],
): string {
  if (fact) {
    return [
      `Fact ${fact.factId} · ${fact.title} · Measures: ${fact.measure}`,
      renderPlainText(replyShowingFact(fact)),
    ].join('\n');
  }
  const ids = topics.flatMap((t) => t.facts.map((f) => `• ${f.id} — ${f.title}`));
  // Like the other surfaces, a reply never repeats what was typed.
  const opening = id
    ? 'I have no fact with that id. The facts I have:'
    : 'Give a fact id: fact <id>. The facts I have:';
  return [opening, ...ids].join('\n');
}
