// Block Kit for /stats help, topics, sources and fact: what the packs hold, escaped and bounded.

import {
  type FactView,
  type PackSource,
  type PackTopics,
  replyShowingFact,
} from '../../../src/app/reply-types.js';
import type { GapsReportResult } from '../../../src/app/statbot-service.js';
import { GAPS_REFUSAL, helpLines, listItems, orNotStated } from '../../../src/render/wording.js';
import { type Block, SLACK_LIMITS, type SlackMessage, section } from './blocks.js';
import { safeText, truncate } from './escape.js';
import { renderSlackReply } from './reply.js';

function message(blocks: Block[], text: string): SlackMessage {
  return { text: truncate(text, SLACK_LIMITS.fallback), blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

/** `/stats help`. */
export function renderSlackHelp(): SlackMessage {
  const lines = helpLines({
    ask: '/stats',
    topics: '/stats topics',
    sources: '/stats sources',
    fact: '/stats fact',
    mention: '@statbot',
  });
  return message([section(lines.join('\n'))], lines.join('\n'));
}

/** `/stats topics`. */
export function renderSlackTopics(topics: readonly PackTopics[]): SlackMessage {
  const blocks = topics.flatMap((t) => [
    section(`*${safeText(t.title, 300)}*\n${safeText(t.summary, 1500)}`),
    section(
      [
        `*Periods:* ${safeText(t.periods.join('; '), 600)}`,
        `*Places:* ${safeText(listItems(t.places), 300)}`,
        `*Platforms:* ${safeText(listItems(t.platforms), 300)}`,
        `*Organisations:* ${safeText(listItems(t.organisations), 400)}`,
        `*People:* ${safeText(listItems(t.people), 300)}`,
        t.notCovered ? `*Not covered:* ${safeText(t.notCovered, 800)}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    ),
    section(`*Facts (${t.facts.length}):* ${safeText(t.facts.map((f) => f.title).join(' · '), 2500)}`),
  ]);
  return message(blocks, topics.map((t) => `${t.title}: ${t.summary}`).join('\n'));
}

/** `/stats sources`. */
export function renderSlackSources(sources: readonly PackSource[]): SlackMessage {
  const blocks = sources.map((s) =>
    section(
      [
        `*${safeText(s.title, 300)}* (${s.factCount} facts)`,
        safeText(s.description, 1000),
        `*Headline:* ${safeText(orNotStated(s.headline), 300)} · *Publisher:* ${safeText(orNotStated(s.publisher), 200)} · *Published:* ${safeText(orNotStated(s.published), 100)}`,
        `*Link:* ${s.url ? `<${encodeURI(s.url)}|${safeText(s.url, 300)}>` : 'not stated in the source'}`,
        s.note ? `_${safeText(s.note, 1000)}_` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    ),
  );
  return message(blocks, sources.map((s) => s.title).join('\n'));
}

/** `/stats fact <id>`: the fact in full, or a short "no such fact". */
export function renderSlackFact(fact: FactView | undefined, idIsEmpty: boolean): SlackMessage {
  if (!fact) {
    const text = idIsEmpty
      ? 'Give a fact id, e.g. `/stats fact offences-2017-2020`. `/stats topics` lists the facts.'
      : 'I have no fact with that id. `/stats topics` lists the facts I have.';
    return message([section(text)], text);
  }
  const reply = renderSlackReply(replyShowingFact(fact));
  const idLine = {
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: `Fact \`${safeText(fact.factId, 100)}\` · ${safeText(fact.title, 300)} · Measures: ${safeText(fact.measure, 500)}`,
      },
    ],
  };
  return { text: reply.text, blocks: [idLine, ...reply.blocks].slice(0, SLACK_LIMITS.blocks) };
}

/** `/stats gaps`: the report for admins, a polite refusal for everyone else. */
export function renderSlackGaps(result: GapsReportResult): SlackMessage {
  if (!result.allowed) return message([section(GAPS_REFUSAL)], GAPS_REFUSAL);
  const text = result.lines.join('\n');
  const chunks = text.match(/[\s\S]{1,2900}(?:\n|$)/gu) ?? [text];
  return message(
    [
      section('*Unanswered questions, most frequent first*'),
      ...chunks.map((c) => section(`\`\`\`${safeText(c, 2900)}\`\`\``)),
    ],
    // The fallback is mrkdwn too: stored questions are escaped there like in the blocks.
    safeText(text, SLACK_LIMITS.fallback),
  );
}
