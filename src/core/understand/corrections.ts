// A question's text with its typos replaced by the words the analysis corrected them to, for the checks that read
// the text itself rather than its terms.
import { escapeRegExp } from '../../text/escape-regexp.js';

/** The question with its typos read as the words they were corrected to ("exact percantage" → "exact percentage"). */
export function withCorrections(folded: string, corrections: ReadonlyArray<[string, string]>): string {
  let text = folded;
  for (const [typed, meant] of corrections)
    text = text.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(typed)}(?![\\p{L}\\p{N}])`, 'gu'),
      meant,
    );
  return text;
}
