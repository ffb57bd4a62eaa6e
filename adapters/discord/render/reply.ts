// Renders a core reply as a Discord embed with buttons, inside Discord's limits, mentions disabled.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { FactView, HelpResources, Reply, Suggestion } from '../../../src/app/reply-types.js';
import {
  ALSO_ASKED,
  describeOutcome,
  describeScope,
  FOLLOW_UP_NOTE,
  HELP_HEADING,
  helpMessage,
  helpNotices,
  helpResourceLines,
  splitOnFigure,
  suggestionsHeading,
} from '../../../src/render/wording.js';
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

function boldStatement(fact: FactView, max: number): string {
  const figure = fact.figures[0]?.display;
  const parts = figure ? splitOnFigure(fact.statement, figure) : undefined;
  if (!parts) return safeText(fact.statement, max);
  const [before, fig, after] = parts;
  return truncate(`${escapeInline(before)}**${escapeInline(fig)}**${escapeInline(after)}`, max);
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

function sourceFields(fact: FactView, label = 'Source'): APIEmbedField[] {
  const attribution = `— ${safeText(fact.citation.attribution, 300)}`;
  const chunks = quoteChunks(fact.citation.quote, DISCORD_LIMITS.fieldValue - attribution.length - 8);
  return chunks.map((chunk, i) => ({
    name: i === 0 ? label : `${label} (continued)`,
    value: `> ${chunk}${i === chunks.length - 1 ? `\n${attribution}` : ''}`,
  }));
}

function scopeFields(fact: FactView): APIEmbedField[] {
  const fields: APIEmbedField[] = describeScope(fact).map(([name, value]) => ({
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

function feedbackRow(reply: Reply): Array<APIActionRowComponent<APIButtonComponent>> {
  if (reply.status !== 'answered' || !reply.turnId) return [];
  const button = (vote: 'up' | 'down', emoji: string): APIButtonComponent => ({
    type: 2,
    style: 2,
    custom_id: `${ACTION_FEEDBACK}${vote}:${reply.turnId}`,
    emoji: { name: emoji },
  });
  return [{ type: 1, components: [button('up', '👍'), button('down', '👎')] }];
}

/** Help comes first, in its own embed: the pack's words for this reader, the resources, the notice. */
function helpEmbed(help: readonly HelpResources[], alsoAnswered: boolean): APIEmbed {
  const lines = helpResourceLines(help).map((l) => `• ${safeText(l, 300)}`);
  return {
    color: COLOURS.help,
    description: safeText(`${helpMessage(help)}${alsoAnswered ? `\n\n${ALSO_ASKED}` : ''}`, 1500),
    fields: [{ name: HELP_HEADING, value: truncate(lines.join('\n'), DISCORD_LIMITS.fieldValue) }],
    footer: { text: truncate(helpNotices(help).join(' '), DISCORD_LIMITS.footer) },
  };
}

function replyEmbed(reply: Reply): APIEmbed {
  const footerText = reply.packs.map((p) => p.title).join(' · ');
  const footer = footerText ? { footer: { text: truncate(footerText, DISCORD_LIMITS.footer) } } : {};
  if (reply.status === 'answered' && reply.kind === 'fact') {
    const fact = reply.facts[0];
    return {
      color: COLOURS.answered,
      title: safeText(fact.title, DISCORD_LIMITS.title),
      description: boldStatement(fact, DISCORD_LIMITS.description),
      fields: [...sourceFields(fact), ...scopeFields(fact)],
      ...footer,
    };
  }
  if (reply.status === 'answered') {
    const fields = reply.facts.flatMap((fact) => [
      {
        name: safeText(fact.title, DISCORD_LIMITS.fieldName),
        value: boldStatement(fact, DISCORD_LIMITS.fieldValue),
      },
      ...sourceFields(fact),
    ]);
    return {
      color: COLOURS.answered,
      title: safeText(reply.title, DISCORD_LIMITS.title),
      description: truncate(
        reply.notes.map((n) => `⚠️ ${safeText(n, 1500)}`).join('\n'),
        DISCORD_LIMITS.description,
      ),
      fields,
      ...footer,
    };
  }
  const suggestions =
    reply.suggestions.length > 0
      ? `\n\n**${suggestionsHeading(reply)}:**\n${reply.suggestions.map((s) => `• ${safeText(s.question, 300)}`).join('\n')}`
      : '';
  return {
    color: COLOURS[reply.status],
    description: truncate(safeText(describeOutcome(reply), 3000) + suggestions, DISCORD_LIMITS.description),
    ...footer,
  };
}

/** The message statbot sends for a reply. */
export function renderDiscordReply(reply: Reply): DiscordMessage {
  const help = reply.help ? [fitEmbed(helpEmbed(reply.help, reply.status === 'answered'))] : [];
  if (reply.status === 'abstained' && help.length > 0) {
    return { embeds: help, components: [], allowedMentions: { parse: [], repliedUser: false } };
  }
  // Discord's total applies to all the embeds of a message together.
  const room = DISCORD_LIMITS.embedTotal - help.reduce((n, e) => n + embedLength(e), 0);
  const embed = fitEmbed(
    { ...replyEmbed(reply), ...(reply.readAs ? { author: { name: FOLLOW_UP_NOTE } } : {}) },
    room,
  );
  if (!embed.description) delete embed.description;
  return {
    embeds: [...help, embed],
    components: [...suggestionRow(reply.suggestions), ...feedbackRow(reply)],
    allowedMentions: { parse: [], repliedUser: false },
  };
}
