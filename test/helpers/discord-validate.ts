// Checks a Discord message against the API's limits and tells what a reader would see.
import type { APIEmbed } from 'discord.js';

type Mentions = {
  parse?: unknown[];
  users?: unknown[];
  roles?: unknown[];
  replied_user?: boolean;
  repliedUser?: boolean;
};

/** A message as rendered (camelCase) or as sent over the wire (snake_case). */
export interface DiscordPayload {
  embeds?: APIEmbed[];
  content?: string;
  components?: unknown[];
  allowedMentions?: Mentions;
  allowed_mentions?: Mentions;
}

/** Text a reader sees: markdown escapes undone, zero-width joiners removed. */
export function discordVisibleText(message: DiscordPayload): string {
  const parts: string[] = [message.content ?? ''];
  for (const e of message.embeds ?? []) {
    parts.push(e.author?.name ?? '', e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value.replace(/^> /gm, ''));
  }
  for (const row of (message.components ?? []) as Array<{ components: Array<{ label?: string }> }>) {
    for (const c of row.components) parts.push(c.label ?? '');
  }
  return parts
    .join('\n')
    .replace(/\\([\\*_~`|>#\-[\]()])/g, '$1')
    .replace(/\u200b/g, '');
}

function embedTotal(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0)
  );
}

/** Problems against Discord's limits (empty when valid). */
export function discordProblems(message: DiscordPayload): string[] {
  const problems: string[] = [];
  if ((message.content ?? '').length > 2000) problems.push('content over 2000');
  const embeds = message.embeds ?? [];
  if (embeds.length > 10) problems.push('more than 10 embeds');
  if (!message.content && embeds.length === 0) problems.push('empty message');
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    total += embedTotal(e);
    if ((e.title?.length ?? 0) > 256) problems.push(`embed ${i}: title`);
    if ((e.description?.length ?? 0) > 4096) problems.push(`embed ${i}: description`);
    if ((e.footer?.text.length ?? 0) > 2048) problems.push(`embed ${i}: footer`);
    if ((e.fields?.length ?? 0) > 25) problems.push(`embed ${i}: ${e.fields?.length} fields`);
    for (const f of e.fields ?? []) {
      if (!f.name || f.name.length > 256) problems.push(`embed ${i}: field name ${f.name.length}`);
      if (!f.value || f.value.length > 1024) problems.push(`embed ${i}: field value ${f.value.length}`);
    }
    if (!e.title && !e.description && !e.fields?.length) problems.push(`embed ${i}: empty`);
  }
  if (total > 6000) problems.push(`embeds total ${total}`);
  const rows = (message.components ?? []) as Array<{
    components: Array<{ label?: string; custom_id?: string }>;
  }>;
  if (rows.length > 5) problems.push('more than 5 rows');
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.components.length > 5) problems.push('more than 5 buttons in a row');
    for (const b of row.components) {
      if ((b.label?.length ?? 0) > 80) problems.push('button label over 80');
      if (!b.custom_id || b.custom_id.length > 100) problems.push('custom_id missing or over 100');
      if (ids.has(b.custom_id ?? '')) problems.push(`duplicate custom_id ${b.custom_id}`);
      ids.add(b.custom_id ?? '');
    }
  }
  return problems;
}

/** True when the message could notify anyone: mentions allowed to parse, or a live mention in the text. */
export function discordCanPing(message: DiscordPayload): boolean {
  const allowed = message.allowedMentions ?? message.allowed_mentions;
  if (!allowed) return true;
  return (
    (allowed.parse?.length ?? 0) > 0 || (allowed.users?.length ?? 0) > 0 || (allowed.roles?.length ?? 0) > 0
  );
}
