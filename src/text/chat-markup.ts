// A defensive pass over any message, whatever brought it: removes chat markup (mentions, channel links, emoji codes,
// formatting, terminal escapes) so only what the person typed is left. The chat adapters already hand the service
// their platform's text stripped (adapters/*/inbound/plain-text.ts, which also decodes Slack's &amp;); this pass
// stays for text that never passed one — an API caller forwarding Slack or Discord text, the CLI, the eval sets —
// because the safety screen and the gaps log's redaction read through it and must hold for every caller.

/** A rule: pattern, replacement, and characters the text must contain for the rule to apply at all. */
type Rule = readonly [RegExp, string, (readonly string[])?];

const ESCAPES = ['\u001b', '\u009b'];

const RULES: readonly Rule[] = [
  // Terminal escape sequences (ANSI colours, cursor moves, OSC titles/links) pasted or piped in.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these rules exist to match terminal control codes
  [/\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/gu, ' ', ESCAPES],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these rules exist to match terminal control codes
  [/(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/gu, ' ', ESCAPES],
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these rules exist to match terminal control codes
  [/\u001b[@-_]/gu, ' ', ESCAPES],
  // Typed group mentions (@everyone, @here, @channel) are not part of the question.
  [/(^|[^\p{L}\p{N}_@])@(?:everyone|here|channel)\b/giu, '$1 ', ['@']],
  // Slack links with a label keep the label; bare links, mentions, channels and specials go.
  [/<(?:https?|mailto):[^|>\s]*\|([^>]*)>/giu, ' $1 ', ['<']],
  [/<(?:https?|mailto):[^>\s]*>/giu, ' ', ['<']],
  [/<[@#!][^>\s]*>/gu, ' ', ['<']],
  // Discord custom emoji and timestamps.
  [/<a?:\w{1,64}:\d{1,25}>/gu, ' ', ['<']],
  [/<t:-?\d{1,20}(?::[tTdDfFR])?>/gu, ' ', ['<']],
  // Emoji shortcodes such as :wave: or :+1:.
  [/(^|\s):[\w+-]{1,40}:(?=\s|$)/gu, '$1 ', [':']],
  // Bare URLs.
  [/\bhttps?:\/\/\S+/giu, ' ', ['://']],
  // Markdown emphasis, code and quote markers.
  [/[*_~`|]+/gu, ' '],
  [/^\s*>+\s?/gmu, ' ', ['>']],
];

/** The message text without chat-platform markup (mentions, channel links, emoji codes, formatting). */
export function stripChatMarkup(text: string): string {
  let out = text;
  // Most messages hold none of these characters; skipping their rules keeps this cheap on every question.
  for (const [pattern, replacement, needs] of RULES)
    if (!needs || needs.some((c) => out.includes(c))) out = out.replace(pattern, replacement);
  return out;
}
