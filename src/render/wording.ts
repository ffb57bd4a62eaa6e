// The words statbot uses for every outcome, shared by all adapters so they say the same thing.

import { NAMES_OF } from '../core/decide/members-asked.js';
import type { DeclineReason, FactView, HelpResources, Reply, SmallTalk } from '../core/reply.js';

/** "a, b and c". */
export function listItems(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The reply to a harmful ask: a refusal with no figure, no suggestion and no echo, then what statbot does, so that an
 * ordinary question read as harmful still learns what it can ask.
 */
export const HARMFUL_REFUSAL =
  "I can't help with that. I only answer questions about the published statistics I hold, with the figure and the quote it comes from.";

/** The same refusal when a message was sent to be checked: what statbot checks, not what it answers. */
export const HARMFUL_CHECK_REFUSAL =
  "I can't help with that. I only check statistics against the published sources I hold, with the quote that settles each one.";

/** The reply to small talk: in kind, then what statbot answers (never the user's own words). */
function smallTalkReply(said: SmallTalk, reply: Reply): string {
  const offer = `I answer questions about ${packTitles(reply)}, with the figure and the quote it comes from.`;
  switch (said) {
    case 'thanks':
      return `You're welcome. Ask me anything else about ${packTitles(reply)}.`;
    case 'bye':
      return 'Goodbye.';
    case 'ok':
      return `Anything else? ${offer}`;
    default:
      return `Hello! ${offer}`;
  }
}

function packTitles(reply: Reply): string {
  return listItems(reply.packs.map((p) => p.title));
}

/** One or two sentences saying why a question was not answered. Never repeats the user's words. */
export function describeDecline(reason: DeclineReason, reply: Reply): string {
  switch (reason.code) {
    case 'empty':
      return 'Ask me a question about the statistics I know, and I will answer with the figure and the quote it comes from.';
    case 'greeting':
      return smallTalkReply(reason.said ?? 'hello', reply);
    case 'help':
      return `I answer questions about ${packTitles(reply)}. ${reply.packs.map((p) => p.covers).join(' ')} Every answer quotes its source.`;
    case 'harmful':
      return HARMFUL_REFUSAL;
    case 'safeguarding':
      return reply.help ? helpMessage(reply.help) : SAFEGUARDING_FALLBACK;
    case 'opinion':
      return 'That asks for an opinion or a prediction, which I cannot give: I only report what the source says. Below is what it reports on the subject.';
    case 'off_topic':
      return `Sorry, I can only answer questions about ${packTitles(reply)}, and that question is outside what my source covers.`;
    case 'not_covered':
      return describeNotCovered(reason);
    case 'rate_limited':
      return `You're asking faster than I can keep up with. Please wait ${reason.retryAfterSeconds} second${reason.retryAfterSeconds === 1 ? '' : 's'} and try again.`;
  }
}

function describeNotCovered(reason: Extract<DeclineReason, { code: 'not_covered' }>): string {
  const covered = listItems(reason.covered);
  // With several packs loaded the decline names the pack it speaks for ("The NSPCC article has no figures…").
  const source = reason.source ? `${reason.source[0]?.toUpperCase()}${reason.source.slice(1)}` : 'The source';
  switch (reason.kind) {
    case 'platform':
      return covered
        ? `${source} has no figures for ${reason.value}; it covers ${covered}.`
        : `${source} has no figures for ${reason.value}.`;
    case 'place':
      return covered
        ? `${source} has no figures for ${reason.value}; its figures are for ${covered}.`
        : `${source} has no figures for ${reason.value}.`;
    case 'year':
      return `${source} has no figures for ${reason.value}; the periods it covers are: ${reason.covered.join('; ')}.`;
    case 'measure':
      return `${source} has no figures on ${reason.value}.`;
    case 'scope':
      return describeOutOfScope(source, reason);
    case 'number':
      return `${source} has no figure ${reason.value}. The figures it gives are: ${reason.covered.join('; ')}.`;
    case 'other':
      return `${reason.source ? `${source} does not` : 'My source does not'} cover that. ${reason.covered.join(' ')}`;
  }
}

/** A scope decline: what the source lacks, then what it gives instead, in one sentence. */
function describeOutOfScope(source: string, reason: Extract<DeclineReason, { code: 'not_covered' }>): string {
  const value = reason.value ?? '';
  const [lacks, fallback] = value.startsWith(NAMES_OF)
    ? // (Which ones a count is made of: "The source does not list the organisations; it gives their number only…".)
      [`does not list ${value.slice(NAMES_OF.length)}`, 'only their number']
    : value === 'an exact figure'
      ? // ("The source gives no exact figure; it gives only "over a third": …")
        ['gives no exact figure', 'only a rounded figure']
      : /^(?:what .+ said(?: about .+)?|a reply from .+)$/u.test(value)
        ? // (What someone said that no fact quotes: "The source does not report what Snapchat said; …")
          [`does not report ${reason.value}`, 'only what others said']
        : [`has no figure for ${reason.value}`, 'a figure for something broader'];
  return `${source} ${lacks}; it gives ${reason.covered[0] ?? fallback}`.replace(/\.?$/u, '.');
}

/** The first line of a reply: what happened, in a sentence. */
export function describeOutcome(reply: Reply): string {
  switch (reply.status) {
    case 'answered':
      return reply.kind === 'fact' ? reply.facts[0].statement : `${reply.title}:`;
    case 'ambiguous':
      return 'Your question could mean more than one thing, or I may not have understood it.';
    case 'abstained':
      return describeDecline(reply.reason, reply);
  }
}

/** Label for the suggestions list, depending on the outcome. */
export function suggestionsHeading(reply: Reply): string {
  if (reply.status === 'answered') return 'Related questions';
  if (reply.status === 'ambiguous') return 'Did you mean';
  return 'You could ask instead';
}

/** "Period: … · Place: … · Base: …" parts that a fact has. */
export function describeScope(fact: FactView): Array<[string, string]> {
  const parts: Array<[string, string]> = [];
  if (fact.period) parts.push(['Period', fact.period]);
  if (fact.place) parts.push(['Place', fact.place]);
  if (fact.base) parts.push(['Base', fact.base]);
  return parts;
}

/** Finds the figure text (case-insensitive) in a statement; returns [before, figure, after] or undefined. */
export function splitOnFigure(statement: string, figure: string): [string, string, string] | undefined {
  const at = statement.toLowerCase().indexOf(figure.toLowerCase());
  if (at < 0) return undefined;
  return [
    statement.slice(0, at),
    statement.slice(at, at + figure.length),
    statement.slice(at + figure.length),
  ];
}

/** How each platform spells statbot's commands. */
export interface CommandNames {
  ask: string;
  topics: string;
  sources: string;
  fact: string;
  mention: string;
}

/** How to use statbot, for `/stats help` on any platform. */
export function helpLines(c: CommandNames): string[] {
  return [
    'Ask me about the statistics in my knowledge packs. Every answer quotes its source.',
    `• \`${c.ask} <question>\` — e.g. \`${c.ask} how many grooming cases were recorded?\``,
    `• Mention ${c.mention} in a channel, or send me a direct message.`,
    `• \`${c.topics}\` — what I cover (and what I do not)`,
    `• \`${c.sources}\` — where my figures come from`,
    `• \`${c.fact} <id>\` — one fact in full`,
  ];
}

/** "not stated in the source" for empty metadata. */
export function orNotStated(value: string): string {
  return value.trim() || 'not stated in the source';
}

/** Heading for help resources: they never come from the source, and every reply says so. */
export const HELP_HEADING = 'Where to get help (not from the source article)';

/** Said when a message about a child at risk reaches a deployment whose packs list no help resources. */
const SAFEGUARDING_FALLBACK =
  'If a child may be at risk, please contact your local emergency number or child protection services. I only share published statistics.';

/** The first words of a reply that carries help: each pack's message for this reader, once. */
export function helpMessage(help: readonly HelpResources[]): string {
  return [...new Set(help.map((h) => h.message))].join(' ');
}

/** When the message also asked for a statistic: introduces the answer that follows the help. */
export const ALSO_ASKED = 'You also asked about the figures. This is what the source says:';

/** One line per help resource, in the order the pack gives for this reader: name — purpose — phone — web (region). */
export function helpResourceLines(help: readonly HelpResources[]): string[] {
  const seen = new Set<string>();
  return help
    .flatMap((h) => h.resources)
    .filter((r) => !seen.has(r.name) && seen.add(r.name))
    .map((r) => `${[r.name, r.purpose, r.phone, r.web].filter(Boolean).join(' — ')} (${r.region})`);
}

/** The pack owners' notices about the help resources. */
export function helpNotices(help: readonly HelpResources[]): string[] {
  return [...new Set(help.map((h) => h.notice))];
}

/**
 * Whether a reply may repeat the question: never a harmful request, never a personal safeguarding disclosure
 * (a reply carrying help answers one, even when it also gives the figure the message asked for).
 */
export function mayEchoQuestion(reply: Reply): boolean {
  if (reply.help) return false;
  return !(
    reply.status === 'abstained' &&
    (reply.reason.code === 'harmful' || reply.reason.code === 'safeguarding')
  );
}

/** Shown when a question was read together with the previous one. */
export const FOLLOW_UP_NOTE = 'Read as a follow-up to your previous question.';

/** Told to anyone who is not an admin and asks for the gaps report. */
export const GAPS_REFUSAL =
  'Sorry, the gaps report is only for statbot admins. Ask your workspace admin if you need it.';

/** After a 👍, or after a 👎 reason is sent. */
export const FEEDBACK_THANKS = 'Thanks for the feedback: it helps us improve statbot.';

/** Replies only the asker should see, wherever the platform allows it. */
export function isPrivateReply(reply: Reply): boolean {
  return reply.status === 'abstained' && reply.reason.code === 'rate_limited';
}
