// A report of a scam, spam, phishing, a hack or an impersonation by someone on the receiving end: an everyday nuisance
// that the models, which learned "someone sent me…" and "how do I report…" from concerns and harmful asks, read as
// either. Never beside images, threats, meeting, secrecy or the research's words: sextortion starts as a "hack" too.

/** Words of a scam, spam, phishing, a hack or an impersonation. */
const SCAM =
  /\b(?:scam\w*|spam\w*|phish\w*|hack(?:ed|er|ers|ing)?|fraud\w*|impersonat\w*|fake (?:followers|likes|giveaways?|pages?|websites?|invoices?|prizes?)|(?:pretending|claiming|claims|pretends) to be (?:from )?(?:my|our|a|an|the) (?:\w+ )?(?:business|company|shop|brand|bank|page|courier|delivery|council|support|service))\b/u;
/** The writer receiving it, or asking how to report, block or remove it. */
const ON_THE_RECEIVING_END =
  /\b(?:i (?:got|get|keep getting|have been getting|'ve been getting|received|receive)|(?:sent|sends|texted|texts|emailed|emails|messaged|messages|called|calls|rang) (?:me|us)|(?:my|our) (?:\w+ )?(?:accounts?|page|profile|business|phone|email|inbox|number)|(?:hacked|hacking|hacks|into) (?:my|our)|how (?:do|can|should) (?:i|we) (?:report|block|stop|recover|get (?:it|them|this|rid of))|report (?:them|it|this|these)|taken down|what should (?:i|we) do)\b/u;
/** What no scam report needs: images, sexual words, threats, meeting, secrecy or the research's words. */
const MORE_THAN_A_SCAM =
  /\b(?:pics?|photos?|pictures?|images?|videos?|nudes?|naked|sex\w*|threat\w*|blackmail\w*|sextort\w*|meet\w*|secret\w*|groom\w*|paedo\w*|pedo\w*|predator\w*|abus\w*|camera|webcam|address|where (?:i|she|he|they) li\w*|don'?t tell|not (?:to )?tell)\b/u;

/** Whether compact text reports a scam, spam or a hack the writer received, and nothing more. */
export function reportsScam(compact: string): boolean {
  return SCAM.test(compact) && ON_THE_RECEIVING_END.test(compact) && !MORE_THAN_A_SCAM.test(compact);
}
