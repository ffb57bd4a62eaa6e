// The outline every reply renderer follows, whatever the platform: help first, the follow-up note, the answer
// (statement, quote with attribution, scope, caveats) or the decline, then suggestions and feedback. What is
// shown, in what order and in which words is decided here once; a renderer only maps the parts to its markup.
import type { FactView, Reply, Suggestion } from '../core/reply.js';
import { VERDICT_BADGES } from './claims-wording.js';
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
} from './wording.js';

/** One fact as every platform shows it. Texts are as the pack writes them: each renderer escapes them. */
export interface FactOutline {
  title: string;
  /** The statement around its first figure, so a platform can set the figure in bold (`figure` absent: not found). */
  statement: { before: string; figure?: string; after: string };
  /** The verbatim quote, on one line. */
  quote: string;
  attribution: string;
  source: { title: string; url?: string };
  /** Period, place and base, the ones the fact has. */
  scope: Array<[string, string]>;
  caveats: readonly string[];
}

/** The verdict on a claim the question made, shown before the fact: "❌ Contradicted", then what the source says. */
export interface VerdictOutline {
  badge: string;
  explanation: string;
}

/** Where to get help, shown before anything else. */
export interface HelpOutline {
  /** The pack's first words for this reader. */
  message: string;
  heading: string;
  /** One line per service, in the order this reader should see them. */
  resources: string[];
  notices: string[];
  /** Introduces the answer that follows the help; absent when the help is the whole reply. */
  alsoAsked?: string;
}

/** What the reply says after any help. */
export type ReplyBody =
  | { kind: 'help-only' }
  | { kind: 'fact'; fact: FactOutline; notes: readonly string[]; verdict?: VerdictOutline }
  | { kind: 'comparison'; title: string; facts: FactOutline[]; notes: readonly string[] }
  | { kind: 'message'; text: string };

export interface ReplyOutline {
  status: Reply['status'];
  /** The question on one line, when the reply may repeat it (never a harmful ask, never a concern for a child). */
  echo?: string;
  /** The question to re-ask when the answer is shared with others (an answer that carries no help). */
  share?: string;
  help?: HelpOutline;
  /** Said when the question was read with the previous one. */
  followUp?: string;
  body: ReplyBody;
  suggestions?: { heading: string; items: readonly Suggestion[] };
  /** The answered turn that 👍 / 👎 rate. */
  feedback?: string;
  /** The titles of the packs consulted. */
  packs: string[];
}

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** A fact's parts, in the order platforms show them. */
export function outlineFact(fact: FactView): FactOutline {
  const figure = fact.figures[0]?.display;
  const parts = figure ? splitOnFigure(fact.statement, figure) : undefined;
  const { citation } = fact;
  return {
    title: fact.title,
    statement: parts
      ? { before: parts[0], figure: parts[1], after: parts[2] }
      : { before: fact.statement, after: '' },
    quote: oneLine(citation.quote),
    attribution: citation.attribution,
    source: { title: citation.sourceTitle, ...(citation.sourceUrl ? { url: citation.sourceUrl } : {}) },
    scope: describeScope(fact),
    caveats: fact.caveats,
  };
}

/** The statement as one string, for surfaces with no bold. */
export function statementText(fact: FactOutline): string {
  return `${fact.statement.before}${fact.statement.figure ?? ''}${fact.statement.after}`;
}

/**
 * A verdict's explanation less the fact's statement it ends with ("The source says this: In 51 percent …"): the
 * statement follows the verdict in every reply, so it is not said twice.
 */
function withoutStatement(explanation: string, statement: string): string {
  const said = statement.replace(/\.$/u, '');
  const at = explanation.lastIndexOf(said);
  return at > 0 && explanation.slice(at + said.length).replace(/[.\s]/gu, '') === ''
    ? explanation.slice(0, at).trimEnd()
    : explanation;
}

function outlineBody(reply: Reply): ReplyBody {
  // Help only: the message said a child may be at risk and asked nothing the source answers.
  if (reply.status === 'abstained' && reply.help) return { kind: 'help-only' };
  if (reply.status === 'answered' && reply.kind === 'fact')
    return {
      kind: 'fact',
      fact: outlineFact(reply.facts[0]),
      notes: reply.notes,
      ...(reply.verdict
        ? {
            verdict: {
              badge: VERDICT_BADGES[reply.verdict.verdict],
              explanation: withoutStatement(reply.verdict.explanation, reply.facts[0].statement),
            },
          }
        : {}),
    };
  if (reply.status === 'answered')
    return {
      kind: 'comparison',
      title: reply.title,
      facts: reply.facts.map(outlineFact),
      notes: reply.notes,
    };
  return { kind: 'message', text: describeOutcome(reply) };
}

/** The outline of a reply: the parts every platform shows, in order, in statbot's words. */
export function outlineReply(reply: Reply): ReplyOutline {
  const body = outlineBody(reply);
  const echo = mayEchoQuestion(reply) ? oneLine(reply.question) : '';
  const answered = reply.status === 'answered';
  return {
    status: reply.status,
    ...(echo ? { echo } : {}),
    // A message that raised a concern for a child is the asker's alone: never offered to the channel.
    ...(answered && !reply.help ? { share: reply.question } : {}),
    ...(reply.help
      ? {
          help: {
            message: helpMessage(reply.help),
            heading: HELP_HEADING,
            resources: helpResourceLines(reply.help),
            notices: helpNotices(reply.help),
            ...(answered ? { alsoAsked: ALSO_ASKED } : {}),
          },
        }
      : {}),
    ...(reply.readAs && body.kind !== 'help-only' ? { followUp: FOLLOW_UP_NOTE } : {}),
    body,
    ...(reply.suggestions.length > 0 && body.kind !== 'help-only'
      ? { suggestions: { heading: suggestionsHeading(reply), items: reply.suggestions } }
      : {}),
    ...(answered && reply.turnId ? { feedback: reply.turnId } : {}),
    packs: reply.packs.map((p) => p.title),
  };
}
