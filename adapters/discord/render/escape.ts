// Makes text we did not write safe for Discord markdown, and keeps it inside Discord's limits.
import { escapeMarkdown } from 'discord.js';
import { truncate as cutToFit } from '../../../src/render/truncate.js';

/** Cuts text to at most `max` characters with an ellipsis, never leaving a lone backslash. */
export function truncate(text: string, max: number): string {
  return cutToFit(text, max, (cut) => cut.replace(/\\+$/u, ''));
}

/** Escapes markdown and breaks mention syntax (so it shows as text even where mentions are parsed); keeps edges. */
export function escapeInline(text: string): string {
  return escapeMarkdown(text.replace(/\s+/gu, ' '))
    .replace(/@(everyone|here)/giu, '@\u200b$1')
    .replace(/<([@#][!&]?\d+)>/gu, '<\u200b$1>');
}

/** Escaped, single-spaced, trimmed and cut to fit: the one way untrusted text enters an embed. */
export function safeText(text: string, max: number): string {
  return truncate(escapeInline(text.trim()), max);
}
