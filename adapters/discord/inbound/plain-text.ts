// What the person typed in Discord, without Discord's markup: the service gets text as it reads on screen.

/** Mentions of users, roles and channels, custom emoji, timestamps and slash-command mentions. */
const TOKENS: readonly RegExp[] = [
  /<@[!&]?\d{1,25}>/gu,
  /<#\d{1,25}>/gu,
  /<a?:\w{1,64}:\d{1,25}>/gu,
  /<t:-?\d{1,20}(?::[tTdDfFR])?>/gu,
  /<\/[\w -]{1,100}:\d{1,25}>/gu,
  /<id:(?:customize|browse|guide|linked-roles)(?::\d{1,25})?>/gu,
];

/**
 * Discord message or option text as the person sees it: mentions of users, roles and channels, custom emoji,
 * timestamps and command mentions go (they are not part of the question).
 */
export function discordPlainText(text: string): string {
  let out = text;
  if (out.includes('<')) for (const pattern of TOKENS) out = out.replace(pattern, ' ');
  return out.replace(/[ \t]{2,}/gu, ' ').trim();
}
