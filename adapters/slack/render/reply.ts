// Renders a core reply as Slack Block Kit with a plain-text fallback, inside Slack's limits: the shared outline
// (src/render/reply-outline.ts), mapped to blocks.
import type { Reply, Suggestion } from '../../../src/app/reply-types.js';
import { renderPlainText } from '../../../src/render/plain-text.js';
import {
  type FactOutline,
  type HelpOutline,
  outlineReply,
  type ReplyOutline,
} from '../../../src/render/reply-outline.js';
import { type Block, context, SLACK_LIMITS, type SlackMessage, section } from './blocks.js';
import { plainText, safeText, truncate } from './escape.js';

export const ACTION_SUGGEST = 'statbot_suggest';
export const ACTION_SHARE = 'statbot_share';
export const ACTION_FEEDBACK_UP = 'statbot_feedback_up';
export const ACTION_FEEDBACK_DOWN = 'statbot_feedback_down';

export interface RenderOptions {
  /** Show "You asked: …" (ephemeral replies: Slack does not show the command text). */
  echoQuestion?: boolean;
  /** Whose question a shared answer was (a Slack user id). */
  sharedBy?: string;
  /** Add a "Share in channel" button (ephemeral replies). */
  shareable?: boolean;
}

/** The statement with its first figure in bold; all pack text escaped. */
function boldStatement({ statement }: FactOutline): string {
  if (statement.figure === undefined) return safeText(statement.before, SLACK_LIMITS.sectionText);
  return `${safeText(statement.before, 1200)}*${safeText(statement.figure, 200)}*${safeText(statement.after, 1200)}`;
}

function citationContext(fact: FactOutline): Block {
  const { source } = fact;
  const title = source.url
    ? `<${encodeURI(source.url)}|${safeText(source.title, 300)}>`
    : `_${safeText(source.title, 300)}_`;
  return context([`— ${safeText(fact.attribution, 1000)} · ${title}`]);
}

function factBlocks(fact: FactOutline, withStatement: boolean): Block[] {
  const blocks: Block[] = [];
  if (withStatement) blocks.push(section(boldStatement(fact)));
  blocks.push(section(`>${safeText(fact.quote, SLACK_LIMITS.sectionText - 4)}`), citationContext(fact));
  const scope = fact.scope.map(([k, v]) => `*${k}:* ${safeText(v, 600)}`);
  const caveats = fact.caveats.map((c) => `:information_source: ${safeText(c, 600)}`);
  if (scope.length + caveats.length > 0) blocks.push(context([...scope, ...caveats]));
  return blocks;
}

function suggestionButtons(suggestions: readonly Suggestion[]): Block[] {
  return suggestions.slice(0, 5).map((s, i) => ({
    type: 'button',
    action_id: `${ACTION_SUGGEST}_${i}`,
    text: { type: 'plain_text', text: plainText(s.question, SLACK_LIMITS.buttonText), emoji: false },
    value: truncate(s.question, SLACK_LIMITS.buttonValue),
  }));
}

/** 👍 / 👎 for an answered turn (answers and claim checks alike). */
export function feedbackButtons(turnId: string): Block[] {
  const button = (id: string, emoji: string) => ({
    type: 'button',
    action_id: id,
    text: { type: 'plain_text', text: emoji, emoji: true },
    value: turnId,
  });
  return [button(ACTION_FEEDBACK_UP, '👍'), button(ACTION_FEEDBACK_DOWN, '👎')];
}

function actionBlocks(outline: ReplyOutline, options: RenderOptions): Block[] {
  const elements = suggestionButtons(outline.suggestions?.items ?? []);
  if (options.shareable && outline.share !== undefined) {
    elements.push({
      type: 'button',
      action_id: ACTION_SHARE,
      style: 'primary',
      text: { type: 'plain_text', text: 'Share in channel' },
      value: truncate(outline.share, 1500),
    });
  }
  if (outline.feedback) elements.push(...feedbackButtons(outline.feedback));
  if (elements.length === 0) return [];
  const heading = outline.suggestions ? [context([`*${outline.suggestions.heading}:*`])] : [];
  return [...heading, { type: 'actions', elements }];
}

/** Help comes first, before any figure: the pack's words for this reader, the resources, the notice. */
function helpBlocks(help: HelpOutline | undefined): Block[] {
  if (!help) return [];
  const lines = help.resources.map((l) => `• ${safeText(l, 500)}`);
  return [
    section(safeText(help.message, 1500)),
    section(`*${help.heading}*\n${lines.join('\n')}`),
    context(help.notices.map((n) => `_${safeText(n, 1000)}_`)),
    ...(help.alsoAsked ? [{ type: 'divider' }, section(safeText(help.alsoAsked, 300))] : []),
  ];
}

function headerBlocks(outline: ReplyOutline, options: RenderOptions): Block[] {
  const question = safeText(outline.echo ?? '', 300);
  if (!question) return [];
  if (options.sharedBy)
    return [context([`<@${options.sharedBy.replace(/[^A-Z0-9]/giu, '')}> asked: ${question}`])];
  if (options.echoQuestion) return [context([`You asked: ${question}`])];
  return [];
}

/** Notes on the answer (how the figures differ, what a quoted figure gets wrong), after the facts. */
function noteBlocks(notes: readonly string[]): Block[] {
  if (notes.length === 0) return [];
  return [{ type: 'divider' }, context(notes.map((n) => `:warning: ${safeText(n, 1500)}`))];
}

function bodyBlocks({ body }: ReplyOutline): Block[] {
  switch (body.kind) {
    case 'help-only':
      return [];
    case 'fact':
      return [
        // A claim's verdict leads: what the source says of it, before the fact that says so.
        ...(body.verdict
          ? [section(`*${safeText(body.verdict.badge, 100)}*: ${safeText(body.verdict.explanation, 2500)}`)]
          : []),
        section(boldStatement(body.fact)),
        ...factBlocks(body.fact, false),
        ...noteBlocks(body.notes),
      ];
    case 'comparison':
      return [
        section(`*${safeText(body.title, 500)}*`),
        ...body.facts.flatMap((fact) => [{ type: 'divider' }, ...factBlocks(fact, true)]),
        ...noteBlocks(body.notes),
      ];
    case 'message':
      return [section(safeText(body.text, SLACK_LIMITS.sectionText))];
  }
}

/** Block Kit and fallback text for a reply. Every string we did not write is escaped. */
export function renderSlackReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const outline = outlineReply(reply);
  const blocks: Block[] = [
    ...headerBlocks(outline, options),
    ...helpBlocks(outline.help),
    ...(outline.followUp ? [context([`_${outline.followUp}_`])] : []),
    ...bodyBlocks(outline),
  ];
  const actions = actionBlocks(outline, options);
  const room = SLACK_LIMITS.blocks - actions.length;
  const fitted =
    blocks.length > room
      ? [...blocks.slice(0, room - 1), context(['_More facts matched than fit in one message._'])]
      : blocks;
  // The fallback is mrkdwn too (notifications, screen readers), so it is escaped like everything else.
  return { text: safeText(renderPlainText(reply), SLACK_LIMITS.fallback), blocks: [...fitted, ...actions] };
}
