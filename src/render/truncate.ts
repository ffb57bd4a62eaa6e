// Cuts text to a platform's length limit with an ellipsis, never leaving half a character.

/**
 * `text` cut to at most `max` characters (ellipsis included). `keepWhole` trims the cut further so it never ends
 * inside a platform's own escape (Slack's `&amp;`, Discord's backslash); half a surrogate pair is always dropped.
 */
export function truncate(
  text: string,
  max: number,
  keepWhole: (cut: string) => string = (cut) => cut,
): string {
  if (text.length <= max) return text;
  let cut = keepWhole(text.slice(0, Math.max(0, max - 1)));
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
