// Renders a claims check for Discord: the shared claims outline mapped to one embed per claim (badge, claimed vs
// source figure, quote, attribution) and feedback buttons, inside Discord's limits, mentions disabled.
import type { APIEmbed } from 'discord.js';
import type { ClaimsReply, Verdict } from '../../../src/app/reply-types.js';
import { moreClaimsNote, outlineClaims, type VerdictOutline } from '../../../src/render/claims-outline.js';
import { safeText, truncate } from './escape.js';
import { DISCORD_LIMITS, type DiscordMessage, feedbackRow, renderDiscordReply } from './reply.js';

/** Discord allows ten embeds per message. */
const MAX_EMBEDS = 10;
const COLOURS: Readonly<Record<Verdict, number>> = {
  supported: 0x38a169,
  contradicted: 0xe53e3e,
  different_scope: 0xd69e2e,
  not_in_source: 0x718096,
};
const NO_PINGS = { parse: [] as [], repliedUser: false as const };

function claimEmbed(claim: VerdictOutline): APIEmbed {
  const description = [
    claim.figures ? `**${safeText(claim.figures, 300)}**` : '',
    safeText(claim.explanation, 1500),
  ]
    .filter(Boolean)
    .join('\n');
  const embed: APIEmbed = {
    color: COLOURS[claim.verdict],
    title: truncate(`${claim.badge}: ${safeText(claim.claim, 200)}`, DISCORD_LIMITS.title),
    description,
  };
  if (claim.quote) {
    const attribution = `\n— ${safeText(claim.quote.attribution, 300)}`;
    embed.fields = [
      {
        name: 'Source',
        value: `> ${safeText(claim.quote.text, DISCORD_LIMITS.fieldValue - attribution.length - 4)}${attribution}`,
      },
    ];
  }
  return embed;
}

const size = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** The message statbot sends for a check (ephemeral is the caller's choice). */
export function renderDiscordClaims(reply: ClaimsReply): DiscordMessage {
  const outline = outlineClaims(reply);
  if (outline.kind === 'help') return renderDiscordReply(outline.reply);
  if (outline.kind === 'note')
    return {
      embeds: [{ description: safeText(outline.text, DISCORD_LIMITS.description) }],
      components: [],
      allowedMentions: NO_PINGS,
    };
  const embeds: APIEmbed[] = [];
  let total = 0;
  for (const claim of outline.claims) {
    const embed = claimEmbed(claim);
    if (embeds.length >= MAX_EMBEDS || total + size(embed) > DISCORD_LIMITS.embedTotal - 200) break;
    embeds.push(embed);
    total += size(embed);
  }
  const count = outline.claims.length;
  const first = embeds[0];
  if (first) first.author = { name: truncate(`${outline.heading} (${count})`, DISCORD_LIMITS.title) };
  const last = embeds[embeds.length - 1];
  if (last && embeds.length < count) last.footer = { text: moreClaimsNote(count - embeds.length) };
  return { embeds, components: feedbackRow(outline.feedback), allowedMentions: NO_PINGS };
}
