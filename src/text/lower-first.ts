/** Text set inside a sentence: a capital that only starts it is lowered ("People killed" → "people killed"); an
 * acronym or a name in capitals ("KSI") stays. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? `${text[0]?.toLowerCase()}${text.slice(1)}` : text;
}
