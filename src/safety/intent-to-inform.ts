// Whether what a message says the writer wants to do is only to learn, check or pass on what the source says: "I'd
// like to include one or two statistics", "I want to make sure the numbers are right". Read beside a child word, that
// is no sign of harm; any other intent ("I'd like to take a couple of the teenagers away") still is.

/** "I'd like to", "I want to", "I need to"… and the verb after it. */
const INTENT_VERB =
  /\b(?:i'?d (?:like|love|want) to|i would (?:like|love) to|i (?:want|wanna|need|plan|hope|wish|intend|mean) to|i'?m (?:trying|hoping|planning|going) to|im (?:trying|hoping|planning|going) to|i am (?:trying|hoping|planning|going) to)\s+(\w+)/gu;
/** What an intent to inform does: learn, check or pass on what the source says. */
const TO_INFORM = new Set(
  'be include share quote cite show use present know understand learn check confirm verify clarify summarise summarize put add give explain read find double make get write draft prepare compile reference mention inform raise discuss cover highlight pass point'.split(
    ' ',
  ),
);
/** Verbs of learning or checking, whose object need not be named. */
const TO_LEARN = new Set(['know', 'understand', 'learn', 'check', 'confirm', 'verify', 'clarify']);
/** What an intent to inform acts on: the source and its figures, not a child ("get the figure", not "get her alone"). */
const ABOUT_THE_SOURCE =
  /^(?:(?:a|an|the|some|one|two|three|or|few|couple|of|this|that|these|those|any|their|its|our|my|your|accurate|correct|exact|precise|right|key|main|headline|relevant|latest|actual|official|full|original|concrete|reliable|up-to-date|more)\s+)*(?:stat\w*|figures?|numbers?|facts?|data|finding\w*|research|article|report|source|quotes?|quotation|wording|words|phrase|line|sentence|passage|point|detail\w*|context|sure|certain|clear|right|accurate|correct|it|this|that|what|how|which|when|where|who|why|whether|if|about)\b/u;

/**
 * Whether every intent the message states is to learn, check or pass on what the source says ("I'd like to include
 * one or two statistics", "I want to make sure the numbers are right"), and there is at least one.
 */
export function intentsAreToInform(compact: string): boolean {
  const intents = [...compact.matchAll(INTENT_VERB)];
  return (
    intents.length > 0 &&
    intents.every((m) => {
      const verb = m[1] ?? '';
      if (!TO_INFORM.has(verb)) return false;
      // "share a statistic", "get the figure", "make sure": the verb acts on the source or its figures.
      return TO_LEARN.has(verb) || ABOUT_THE_SOURCE.test(compact.slice((m.index ?? 0) + m[0].length).trim());
    })
  );
}
