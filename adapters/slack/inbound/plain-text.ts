// What the person typed in Slack, without Slack's markup: the service gets text as it reads on screen.

/** Slack's angle-bracket tokens: a link (its label kept, if any), a user, a channel, or a special mention. */
const TOKENS: ReadonlyArray<readonly [RegExp, string]> = [
  // <https://x.org|the article> → the article; <https://x.org> and <mailto:…> → nothing.
  [/<(?:https?|mailto):[^|>\s]*\|([^>]*)>/giu, ' $1 '],
  [/<(?:https?|mailto):[^>\s]*>/giu, ' '],
  // <@U123>, <@U123|alice>, <#C123|general>, <!here>, <!subteam^S1|@team>, <!date^…|fallback>.
  [/<[@#!][^>\s]*(?:\|[^>]*)?>/gu, ' '],
];

/**
 * Slack message or command text as the person sees it: links keep their label; mentions of users, channels and
 * groups go (they are not part of the question); `&lt;`, `&gt;` and `&amp;` are what was typed.
 */
export function slackPlainText(text: string): string {
  let out = text;
  // Tokens are read before entities are decoded, so a typed "<@U1>" (sent as &lt;@U1&gt;) stays text.
  if (out.includes('<')) for (const [pattern, replacement] of TOKENS) out = out.replace(pattern, replacement);
  if (out.includes('&')) out = out.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
  return out.replace(/[ \t]{2,}/gu, ' ').trim();
}
