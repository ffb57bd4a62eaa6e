// Embeds for /stats help, topics, sources and fact: what the packs hold, escaped and bounded.
import type { APIEmbed } from 'discord.js';
import {
  type FactView,
  type PackSource,
  type PackTopics,
  replyShowingFact,
} from '../../../src/app/reply-types.js';
import type { GapsReportResult } from '../../../src/app/statbot-service.js';
import { GAPS_REFUSAL, helpLines, listItems, orNotStated } from '../../../src/render/wording.js';
import { safeText, truncate } from './escape.js';
import { DISCORD_LIMITS, type DiscordMessage, renderDiscordReply } from './reply.js';

const NO_MENTIONS = { parse: [], repliedUser: false } as const;

function message(embeds: APIEmbed[]): DiscordMessage {
  return { embeds: embeds.slice(0, 10), components: [], allowedMentions: { ...NO_MENTIONS, parse: [] } };
}

const field = (name: string, value: string, inline = false) => ({
  name,
  value: safeText(value || 'not stated in the source', DISCORD_LIMITS.fieldValue),
  inline,
});

/** `/stats help`. */
export function renderDiscordHelp(): DiscordMessage {
  const lines = helpLines({
    ask: '/stats ask',
    topics: '/stats topics',
    sources: '/stats sources',
    fact: '/stats fact',
    mention: '@statbot',
  });
  return message([{ title: 'statbot', description: lines.join('\n') }]);
}

/** `/stats topics`. */
export function renderDiscordTopics(topics: readonly PackTopics[]): DiscordMessage {
  return message(
    topics.map((t) => ({
      title: safeText(t.title, DISCORD_LIMITS.title),
      description: safeText(t.summary, 2000),
      fields: [
        field('Periods', t.periods.join('; ')),
        field('Places', listItems(t.places), true),
        field('Platforms', listItems(t.platforms), true),
        field('Organisations', listItems(t.organisations)),
        field('People', listItems(t.people), true),
        ...(t.notCovered ? [field('Not covered', t.notCovered)] : []),
        field(`Facts (${t.facts.length})`, t.facts.map((f) => f.title).join(' · ')),
      ],
    })),
  );
}

/** `/stats sources`. */
export function renderDiscordSources(sources: readonly PackSource[]): DiscordMessage {
  return message(
    sources.map((s) => ({
      title: safeText(s.title, DISCORD_LIMITS.title),
      description: truncate(
        `${safeText(s.description, 1500)}${s.note ? `\n\n*${safeText(s.note, 1500)}*` : ''}`,
        DISCORD_LIMITS.description,
      ),
      fields: [
        field('Headline', orNotStated(s.headline)),
        field('Publisher', orNotStated(s.publisher), true),
        field('Published', orNotStated(s.published), true),
        field('Link', orNotStated(s.url)),
        field('Facts', String(s.factCount), true),
      ],
    })),
  );
}

/** `/stats fact`: the fact in full, or a short "no such fact". */
export function renderDiscordFact(fact: FactView | undefined): DiscordMessage {
  if (!fact)
    return message([{ description: 'I have no fact with that id. `/stats topics` lists the facts I have.' }]);
  const rendered = renderDiscordReply(replyShowingFact(fact));
  const [embed] = rendered.embeds;
  return message([
    {
      ...embed,
      footer: { text: truncate(`Fact ${fact.factId} · Measures: ${fact.measure}`, DISCORD_LIMITS.footer) },
    },
  ]);
}

/** `/stats gaps`: the report for admins, a polite refusal for everyone else. */
export function renderDiscordGaps(result: GapsReportResult): DiscordMessage {
  if (!result.allowed) return message([{ description: GAPS_REFUSAL }]);
  const body = truncate(result.lines.map((l) => safeText(l, 500)).join('\n'), DISCORD_LIMITS.description - 8);
  return message([
    { title: 'Unanswered questions, most frequent first', description: `\`\`\`\n${body}\n\`\`\`` },
  ]);
}
