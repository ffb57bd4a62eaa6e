// Checks a Slack message against Block Kit's limits and tells what a reader would see.
import type { SlackMessage } from '../../adapters/slack/render/blocks.js';

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON is walked structurally here.
type Block = Record<string, any>;

const unescapeMrkdwn = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Everything a reader sees: mrkdwn with escapes undone and links reduced to their labels. */
export function slackVisibleText(message: SlackMessage): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string') parts.push(o.text);
      for (const [k, v] of Object.entries(o))
        if (typeof v === 'object' || (k !== 'text' && k !== 'value' && k !== 'action_id')) walk(v);
    }
  };
  walk(message.blocks);
  return unescapeMrkdwn(
    parts
      .join('\n')
      .replace(/<[^|>]+\|([^>]+)>/g, '$1')
      .replace(/(^|\n)>/g, '$1'),
  );
}

/** Problems with a message against Slack's limits (empty when valid). */
export function slackProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  if (!message.text || message.text.length > 40_000) problems.push('fallback text missing or too long');
  if (message.blocks.length > 50) problems.push(`${message.blocks.length} blocks`);
  const actionIds = new Set<string>();
  for (const [i, b] of (message.blocks as Block[]).entries()) {
    if (b.type === 'section' && (b.text?.text?.length ?? 0) > 3000)
      problems.push(`block ${i}: section text ${b.text.text.length}`);
    if (b.type === 'section' && !b.text?.text) problems.push(`block ${i}: empty section`);
    if (b.type === 'context') {
      if (b.elements.length > 10 || b.elements.length === 0)
        problems.push(`block ${i}: ${b.elements.length} context elements`);
      for (const e of b.elements)
        if (e.text.length > 3000) problems.push(`block ${i}: context text ${e.text.length}`);
    }
    if (b.type === 'actions') {
      if (b.elements.length > 25) problems.push(`block ${i}: ${b.elements.length} actions`);
      for (const e of b.elements) {
        if (e.text.text.length > 75) problems.push(`block ${i}: button text ${e.text.text.length}`);
        if ((e.value ?? '').length > 2000) problems.push(`block ${i}: button value ${e.value.length}`);
        if (actionIds.has(e.action_id)) problems.push(`block ${i}: duplicate action_id ${e.action_id}`);
        actionIds.add(e.action_id);
      }
    }
  }
  return problems;
}

/** Every string Slack parses as text (block text and the fallback); button values are data, not text. */
function parsedTexts(message: SlackMessage): string[] {
  const texts = [message.text];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'text' && typeof v === 'string') texts.push(v);
        else if (k !== 'value') walk(v);
      }
    }
  };
  walk(message.blocks);
  return texts;
}

/** True when the mrkdwn (blocks or fallback) holds a live special mention or a user/group mention. */
export function slackCanPing(message: SlackMessage, allowedUser?: string): boolean {
  const all = parsedTexts(message).join('\n');
  const mentions = all.match(/<[@!#][^>]*>/g) ?? [];
  return mentions.some((m) => m !== `<@${allowedUser}>`);
}
