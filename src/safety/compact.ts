// The text the safety rules and the model read: chat markup removed, folded, punctuation reduced to spaces.
import { stripChatMarkup } from '../text/chat-markup.js';
import { foldText } from '../text/normalise.js';

/** Lower-case text with punctuation reduced to spaces, as the safety rules read it. */
export function compactText(text: string): string {
  return foldText(stripChatMarkup(text))
    .replace(/[^\p{L}\p{N}\s'%/-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
