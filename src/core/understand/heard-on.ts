// Where a claim was met ("someone on twitter says…", "someone on the school WhatsApp group said", "saw on TikTok
// that…") is not what it is about, unless the platform is named again or referred back to ("…grooming on the app
// rose", "…were recorded there").
import { escapeRegExp } from '../../text/escape-regexp.js';

const MEDIUM =
  /\b(?:(?:some ?one|somebody|people|a (?:guy|post|thread|video|tweet|reel)|my (?:mate|friend|pal|colleague|cousin|brother|sister|mum|mom|dad|neighbou?r|boss|teacher|uncle|aunt|nan|gran)) (?:on|in) (?:the |a |my |our )?(?:[\w'-]+ ){0,2}?([\w.-]+)(?: (?:group|group ?chat|chat|thread|server|page|channel))? (?:says?|said|claims?|claimed|reckons?|posted|wrote|quoted|quotes|shared|shares|tweeted|mentioned|mentions|is saying|are saying)(?: that)?|(?:i )?(?:saw|seen|read|heard) (?:it |this |that )?on (?:the |a |my |our )?([\w.-]+)(?: (?:this|last) (?:morning|afternoon|evening|night|week)| today| yesterday| earlier)?(?: that)?)\b[,:]?\s*/iu;
// ("What it was about" is the claim's subject, not the platform's.)
// ("There were…" says something exists, not where: "saw on facebook there were about 1,400 casualties".)
const REFERS_BACK =
  /\b(?:the (?:app|site|platform|service)|there(?! (?:were|was|are|is|have been|has been)\b)|on it|it (?:was|is|had|has|accounted)(?! about))\b/iu;

/** The hearsay frame that only says where a claim was met, with where it starts and the platform it names. */
export function mediumFrame(text: string): { frame: string; at: number; platform: string } | undefined {
  const m = MEDIUM.exec(text);
  const platform = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (!m || !platform) return undefined;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
  if (new RegExp(String.raw`\b${escapeRegExp(platform)}\b`, 'iu').test(rest) || REFERS_BACK.test(rest))
    return undefined;
  return { frame: m[0], at: m.index, platform };
}

/** True when a platform is named only as where the claim was met. */
export function heardOn(text: string, platform: string): boolean {
  const squash = (s: string) => s.toLowerCase().replace(/[\s.-]+/gu, '');
  const frame = mediumFrame(text);
  return frame !== undefined && squash(frame.platform) === squash(platform);
}
