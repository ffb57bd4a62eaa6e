// Renders a core reply as Discord embeds with buttons, inside Discord's limits, mentions disabled: the shared
// outline (src/render/reply-outline.ts), mapped to embeds.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply, Suggestion } from '../../../src/app/reply-types.js';
import {
  type FactOutline,
  type HelpOutline,
  outlineReply,
  type ReplyOutline,
} from '../../../src/render/reply-outline.js';
import { escapeInline, safeText, truncate } from './escape.js';

/** Discord's limits that matter here. */
export const DISCORD_LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  buttonsPerRow: 5,
} as const;

export const ACTION_SUGGEST = 'statbot:fact:';
export const ACTION_FEEDBACK = 'statbot:fb:';

const COLOURS = { answered: 0x2b6cb0, ambiguous: 0xd69e2e, abstained: 0x718096, help: 0x38a169 } as const;

/** What statbot sends: embeds, buttons, and never a mention. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIButtonComponent>>;
  allowedMentions: { parse: []; repliedUser: false };
}

function boldStatement({ statement }: FactOutline, max: number): string {
  if (statement.figure === undefined) return safeText(statement.before, max);
  const { before, figure, after } = statement;
  return truncate(`${escapeInline(before)}**${escapeInline(figure)}**${escapeInline(after)}`, max);
}

/** Splits a quote into field-sized pieces at spaces, so a long quote stays verbatim across fields. */
function quoteChunks(quote: string, size: number): string[] {
  const words = safeText(quote, 20_000).split(' ');
  const chunks: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + word.length + 1 > size) {
      chunks.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) chunks.push(current);
  return chunks.map((c) => truncate(c, size));
}

function sourceFields(fact: FactOutline, label = 'Source'): APIEmbedField[] {
  const attribution = `— ${safeText(fact.attribution, 300)}`;
  const chunks = quoteChunks(fact.quote, DISCORD_LIMITS.fieldValue - attribution.length - 8);
  return chunks.map((chunk, i) => ({
    name: i === 0 ? label : `${label} (continued)`,
    value: `> ${chunk}${i === chunks.length - 1 ? `\n${attribution}` : ''}`,
  }));
}

function scopeFields(fact: FactOutline): APIEmbedField[] {
  const fields: APIEmbedField[] = fact.scope.map(([name, value]) => ({
    name,
    value: safeText(value, DISCORD_LIMITS.fieldValue),
    inline: true,
  }));
  if (fact.caveats.length > 0) {
    fields.push({
      name: 'Note',
      value: truncate(fact.caveats.map((c) => `• ${safeText(c, 500)}`).join('\n'), DISCORD_LIMITS.fieldValue),
    });
  }
  return fields;
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Drops fields from the end (then shortens the description) until the embed fits Discord's total. */
function fitEmbed(embed: APIEmbed, limit: number = DISCORD_LIMITS.embedTotal): APIEmbed {
  const fitted: APIEmbed = { ...embed, fields: (embed.fields ?? []).slice(0, DISCORD_LIMITS.fields) };
  let dropped = 0;
  while (embedLength(fitted) > limit && (fitted.fields?.length ?? 0) > 0) {
    fitted.fields?.pop();
    dropped++;
  }
  if (dropped > 0 && fitted.fields && fitted.fields.length < DISCORD_LIMITS.fields) {
    fitted.fields.push({ name: '…', value: 'More matched than fits in one message.' });
    while (embedLength(fitted) > limit && fitted.fields.length > 1) fitted.fields.splice(-2, 1);
  }
  const over = embedLength(fitted) - limit;
  if (over > 0 && fitted.description)
    fitted.description = truncate(fitted.description, Math.max(1, fitted.description.length - over));
  if (fitted.fields?.length === 0) delete fitted.fields;
  return fitted;
}

function suggestionRow(suggestions: readonly Suggestion[]): Array<APIActionRowComponent<APIButtonComponent>> {
  const buttons: APIButtonComponent[] = suggestions
    .map((s) => ({ s, customId: `${ACTION_SUGGEST}${s.packId}:${s.factId}` }))
    .filter(({ customId }) => customId.length <= DISCORD_LIMITS.customId)
    .slice(0, DISCORD_LIMITS.buttonsPerRow)
    .map(({ s, customId }) => ({
      type: 2,
      style: 2,
      custom_id: customId,
      label: truncate(s.question, DISCORD_LIMITS.buttonLabel),
    }));
  return buttons.length > 0 ? [{ type: 1, components: buttons }] : [];
}

/** 👍 / 👎 for an answered turn (answers and claim checks alike). */
export function feedbackRow(turnId: string | undefined): Array<APIActionRowComponent<APIButtonComponent>> {
  if (!turnId) return [];
  const button = (vote: 'up' | 'down', emoji: string): APIButtonComponent => ({
    type: 2,
    style: 2,
    custom_id: `${ACTION_FEEDBACK}${vote}:${turnId}`.slice(0, DISCORD_LIMITS.customId),
    emoji: { name: emoji },
  });
  return [{ type: 1, components: [button('up', '👍'), button('down', '👎')] }];
}

/** Help comes first, in its own embed: the pack's words for this reader, the resources, the notice. */
function helpEmbed(help: HelpOutline): APIEmbed {
  const lines = help.resources.map((l) => `• ${safeText(l, 300)}`);
  return {
    color: COLOURS.help,
    description: safeText(`${help.message}${help.alsoAsked ? `\n\n${help.alsoAsked}` : ''}`, 1500),
    fields: [{ name: help.heading, value: truncate(lines.join('\n'), DISCORD_LIMITS.fieldValue) }],
    footer: { text: truncate(help.notices.join(' '), DISCORD_LIMITS.footer) },
  };
}

/** Notes on the answer (how the figures differ, what a quoted figure gets wrong), one line each. */
function notesText(notes: readonly string[]): string {
  return notes.map((n) => `⚠️ ${safeText(n, 1500)}`).join('\n');
}

function replyEmbed(outline: ReplyOutline): APIEmbed {
  const footerText = outline.packs.join(' · ');
  const footer = footerText ? { footer: { text: truncate(footerText, DISCORD_LIMITS.footer) } } : {};
  const { body } = outline;
  if (body.kind === 'fact') {
    const { fact } = body;
    return {
      color: COLOURS.answered,
      title: safeText(fact.title, DISCORD_LIMITS.title),
      description: truncate(
        [
          // A claim's verdict leads: what the source says of it, before the fact that says so.
          body.verdict
            ? `**${safeText(body.verdict.badge, 100)}**: ${safeText(body.verdict.explanation, 1500)}`
            : '',
          boldStatement(fact, DISCORD_LIMITS.description),
          notesText(body.notes),
        ]
          .filter(Boolean)
          .join('\n\n'),
        DISCORD_LIMITS.description,
      ),
      fields: [...sourceFields(fact), ...scopeFields(fact)],
      ...footer,
    };
  }
  if (body.kind === 'comparison') {
    const fields = body.facts.flatMap((fact) => [
      {
        name: safeText(fact.title, DISCORD_LIMITS.fieldName),
        value: boldStatement(fact, DISCORD_LIMITS.fieldValue),
      },
      ...sourceFields(fact),
    ]);
    return {
      color: COLOURS.answered,
      title: safeText(body.title, DISCORD_LIMITS.title),
      description: truncate(notesText(body.notes), DISCORD_LIMITS.description),
      fields,
      ...footer,
    };
  }
  const text = body.kind === 'message' ? body.text : '';
  const suggestions = outline.suggestions
    ? `\n\n**${outline.suggestions.heading}:**\n${outline.suggestions.items.map((s) => `• ${safeText(s.question, 300)}`).join('\n')}`
    : '';
  return {
    color: COLOURS[outline.status],
    description: truncate(safeText(text, 3000) + suggestions, DISCORD_LIMITS.description),
    ...footer,
  };
}

/** The message statbot sends for a reply. */
export function renderDiscordReply(reply: Reply): DiscordMessage {
  const outline = outlineReply(reply);
  const help = outline.help ? [fitEmbed(helpEmbed(outline.help))] : [];
  if (outline.body.kind === 'help-only') {
    return { embeds: help, components: [], allowedMentions: { parse: [], repliedUser: false } };
  }
  // Discord's total applies to all the embeds of a message together.
  const room = DISCORD_LIMITS.embedTotal - help.reduce((n, e) => n + embedLength(e), 0);
  const embed = fitEmbed(
    { ...replyEmbed(outline), ...(outline.followUp ? { author: { name: outline.followUp } } : {}) },
    room,
  );
  if (!embed.description) delete embed.description;
  return {
    embeds: [...help, embed],
    components: [...suggestionRow(outline.suggestions?.items ?? []), ...feedbackRow(outline.feedback)],
    allowedMentions: { parse: [], repliedUser: false },
  };
}
