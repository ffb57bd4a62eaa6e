// Renders a claims check for Discord: one embed per claim (badge, claimed vs source figure, quote, attribution),
// feedback buttons, inside Discord's limits, mentions disabled.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { ClaimCheck, ClaimsReply, Verdict } from '../../../src/app/reply-types.js';
import {
  CHECK_HEADING,
  describeClaimsDecline,
  figuresLine,
  NO_CLAIMS,
  VERDICT_BADGES,
} from '../../../src/render/claims-wording.js';
import { safeText, truncate } from './escape.js';
import { ACTION_FEEDBACK, DISCORD_LIMITS, type DiscordMessage, renderDiscordReply } from './reply.js';

/** Discord allows ten embeds per message. */
const MAX_EMBEDS = 10;
const COLOURS: Readonly<Record<Verdict, number>> = {
  supported: 0x38a169,
  contradicted: 0xe53e3e,
  different_scope: 0xd69e2e,
  not_in_source: 0x718096,
};
const NO_PINGS = { parse: [] as [], repliedUser: false as const };

function claimEmbed(check: ClaimCheck): APIEmbed {
  const figures = figuresLine(check);
  const description = [figures ? `**${safeText(figures, 300)}**` : '', safeText(check.explanation, 1500)]
    .filter(Boolean)
    .join('\n');
  const embed: APIEmbed = {
    color: COLOURS[check.verdict],
    title: truncate(`${VERDICT_BADGES[check.verdict]}: ${safeText(check.claim, 200)}`, DISCORD_LIMITS.title),
    description,
  };
  if (check.quote) {
    const attribution = `\n— ${safeText(check.attribution ?? 'the source', 300)}`;
    embed.fields = [
      {
        name: 'Source',
        value: `> ${safeText(check.quote, DISCORD_LIMITS.fieldValue - attribution.length - 4)}${attribution}`,
      },
    ];
  }
  return embed;
}

const size = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

function feedbackRow(turnId: string | undefined): Array<APIActionRowComponent<APIButtonComponent>> {
  if (!turnId) return [];
  const button = (vote: 'up' | 'down', emoji: string): APIButtonComponent => ({
    type: 2,
    style: 2,
    custom_id: `${ACTION_FEEDBACK}${vote}:${turnId}`.slice(0, DISCORD_LIMITS.customId),
    emoji: { name: emoji },
  });
  return [{ type: 1, components: [button('up', '👍'), button('down', '👎')] }];
}

/** The message statbot sends for a check (ephemeral is the caller's choice). */
export function renderDiscordClaims(reply: ClaimsReply): DiscordMessage {
  if (reply.status === 'help') return renderDiscordReply(reply.reply);
  const plain = (text: string): DiscordMessage => ({
    embeds: [{ description: safeText(text, DISCORD_LIMITS.description) }],
    components: [],
    allowedMentions: NO_PINGS,
  });
  if (reply.status === 'declined') return plain(describeClaimsDecline(reply));
  if (reply.claims.length === 0) return plain(NO_CLAIMS);
  const embeds: APIEmbed[] = [];
  let total = 0;
  for (const check of reply.claims) {
    const embed = claimEmbed(check);
    if (embeds.length >= MAX_EMBEDS || total + size(embed) > DISCORD_LIMITS.embedTotal - 200) break;
    embeds.push(embed);
    total += size(embed);
  }
  const first = embeds[0];
  if (first)
    first.author = { name: truncate(`${CHECK_HEADING} (${reply.claims.length})`, DISCORD_LIMITS.title) };
  const last = embeds[embeds.length - 1];
  if (last && embeds.length < reply.claims.length)
    last.footer = { text: `${reply.claims.length - embeds.length} more claims did not fit in one message.` };
  return { embeds, components: feedbackRow(reply.turnId), allowedMentions: NO_PINGS };
}
