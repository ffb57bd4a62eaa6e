// Renders a core reply as Slack Block Kit with a plain-text fallback, inside Slack's limits.
import type { FactView, Reply, Suggestion } from '../../../src/app/reply-types.js';
import { renderPlainText } from '../../../src/render/plain-text.js';
import {
  ALSO_ASKED,
  describeOutcome,
  describeScope,
  FOLLOW_UP_NOTE,
  HELP_HEADING,
  helpMessage,
  helpNotices,
  helpResourceLines,
  mayEchoQuestion,
  splitOnFigure,
  suggestionsHeading,
} from '../../../src/render/wording.js';
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
function boldStatement(fact: FactView): string {
  const figure = fact.figures[0]?.display;
  const parts = figure ? splitOnFigure(fact.statement, figure) : undefined;
  if (!parts) return safeText(fact.statement, SLACK_LIMITS.sectionText);
  const [before, fig, after] = parts;
  return `${safeText(before, 1200)}*${safeText(fig, 200)}*${safeText(after, 1200)}`;
}

function quoteBlock(fact: FactView): Block {
  const quote = safeText(fact.citation.quote.replace(/\s+/gu, ' ').trim(), SLACK_LIMITS.sectionText - 4);
  return section(`>${quote}`);
}

function citationContext(fact: FactView): Block {
  const { citation } = fact;
  const source = citation.sourceUrl
    ? `<${encodeURI(citation.sourceUrl)}|${safeText(citation.sourceTitle, 300)}>`
    : `_${safeText(citation.sourceTitle, 300)}_`;
  return context([`— ${safeText(citation.attribution, 1000)} · ${source}`]);
}

function factBlocks(fact: FactView, withStatement: boolean): Block[] {
  const blocks: Block[] = [];
  if (withStatement) blocks.push(section(boldStatement(fact)));
  blocks.push(quoteBlock(fact), citationContext(fact));
  const scope = describeScope(fact).map(([k, v]) => `*${k}:* ${safeText(v, 600)}`);
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

function actionBlocks(reply: Reply, options: RenderOptions): Block[] {
  const elements = suggestionButtons(reply.suggestions);
  if (options.shareable && reply.status === 'answered') {
    elements.push({
      type: 'button',
      action_id: ACTION_SHARE,
      style: 'primary',
      text: { type: 'plain_text', text: 'Share in channel' },
      value: truncate(reply.question, 1500),
    });
  }
  if (reply.status === 'answered' && reply.turnId) {
    elements.push(
      {
        type: 'button',
        action_id: ACTION_FEEDBACK_UP,
        text: { type: 'plain_text', text: '👍', emoji: true },
        value: reply.turnId,
      },
      {
        type: 'button',
        action_id: ACTION_FEEDBACK_DOWN,
        text: { type: 'plain_text', text: '👎', emoji: true },
        value: reply.turnId,
      },
    );
  }
  if (elements.length === 0) return [];
  const heading = reply.suggestions.length > 0 ? [context([`*${suggestionsHeading(reply)}:*`])] : [];
  return [...heading, { type: 'actions', elements }];
}

/** Help comes first, before any figure: the pack's words for this reader, the resources, the notice. */
function helpBlocks(reply: Reply): Block[] {
  if (!reply.help) return [];
  const lines = helpResourceLines(reply.help).map((l) => `• ${safeText(l, 500)}`);
  return [
    section(safeText(helpMessage(reply.help), 1500)),
    section(`*${HELP_HEADING}*\n${lines.join('\n')}`),
    context(helpNotices(reply.help).map((n) => `_${safeText(n, 1000)}_`)),
    ...(reply.status === 'answered' ? [{ type: 'divider' }, section(safeText(ALSO_ASKED, 300))] : []),
  ];
}

function headerBlocks(reply: Reply, options: RenderOptions): Block[] {
  if (!mayEchoQuestion(reply)) return [];
  const question = safeText(reply.question.replace(/\s+/gu, ' ').trim(), 300);
  if (!question) return [];
  if (options.sharedBy)
    return [context([`<@${options.sharedBy.replace(/[^A-Z0-9]/giu, '')}> asked: ${question}`])];
  if (options.echoQuestion) return [context([`You asked: ${question}`])];
  return [];
}

/** Block Kit and fallback text for a reply. Every string we did not write is escaped. */
export function renderSlackReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const blocks: Block[] = [...headerBlocks(reply, options), ...helpBlocks(reply)];
  if (reply.readAs) blocks.push(context([`_${FOLLOW_UP_NOTE}_`]));
  if (reply.status === 'abstained' && reply.help) {
    // Help only: the message said a child may be at risk and asked nothing the source answers.
  } else if (reply.status === 'answered' && reply.kind === 'fact') {
    blocks.push(section(boldStatement(reply.facts[0])), ...factBlocks(reply.facts[0], false));
  } else if (reply.status === 'answered') {
    blocks.push(section(`*${safeText(reply.title, 500)}*`));
    for (const fact of reply.facts) blocks.push({ type: 'divider' }, ...factBlocks(fact, true));
    if (reply.notes.length > 0)
      blocks.push({ type: 'divider' }, context(reply.notes.map((n) => `:warning: ${safeText(n, 1500)}`)));
  } else {
    blocks.push(section(safeText(describeOutcome(reply), SLACK_LIMITS.sectionText)));
  }
  const actions = actionBlocks(reply, options);
  const room = SLACK_LIMITS.blocks - actions.length;
  const fitted =
    blocks.length > room
      ? [...blocks.slice(0, room - 1), context(['_More facts matched than fit in one message._'])]
      : blocks;
  // The fallback is mrkdwn too (notifications, screen readers), so it is escaped like everything else.
  return { text: safeText(renderPlainText(reply), SLACK_LIMITS.fallback), blocks: [...fitted, ...actions] };
}
