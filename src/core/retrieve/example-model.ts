// A pack's example questions (`examples.jsonl`) as a reader of its readers' own words: naive Bayes from the words of a
// question to the fact that answers it, or to a decline, trained on the examples and the facts' own phrasings the
// first time the pack is asked. It only settles what the matcher leaves in doubt: a weak best match it agrees with
// is answered, a middling one it reads as a decline is declined (figure handler).
//
// Measured by 5-fold cross-validation over the learned question sets through the whole pipeline (each fold's
// questions left out of the examples), against the matcher alone: NSPCC 2,727 → 2,772 of 3,058 answered right, 2,061
// → 2,057 of 2,095 declined right, 100 → 107 wrong; roads 1,264 → 1,279 of 1,601, 1,036 → 1,039 of 1,079, 159 → 156
// wrong. On sets never learned from: the held-out half 147 → 149 of 169 (137/138, 4 wrong both times), fresh-29 97 →
// 99 of 120 (79/80, 4 wrong both times), roads set 23 unchanged. Trained on the facts' phrasings alone (a pack with no
// examples) it cost more than it gained (NSPCC 24 more wrong, 23 fewer declined right), hence `EXAMPLES_NEEDED`.
import { stemmer } from 'stemmer';
import { enoughExamples, type Pack } from '../../pack/schema.js';
import { compactText } from '../../safety/compact.js';
import { rememberRecent } from '../../text/memo.js';
import { classifierTokens, newTextClassifier, type TextClassifier } from '../../text/text-classifier.js';
import { isEnglishWord } from '../understand/english-words.js';

/** The label of an example the pack cannot answer (fact ids are slugs, so none can be this). */
const DECLINE = '#decline';
/** Log-odds of the fact the examples agree with: at least this, this far above a decline, this far above any other. */
const AGREE_ODDS = 4;
const AGREE_OVER_DECLINE = 6;
const AGREE_LEAD = 4;
/** How far above the matched fact the examples must put a decline to decline it. */
const DECLINE_LEAD = 5;
/**
 * …on the strength of a word the matcher does not know that at least this many examples hold: five declines with
 * "single" ("the value of preventing a single road death") declined "How many children were killed - just a single
 * child?" (one was). Cross-validated, 10 answers that and 2 others, for 5 more wrong answers than with no floor.
 */
const WORD_EXAMPLES = 10;

/** A trained model, and every word its examples and phrasings hold. */
interface ExampleModel {
  classifier: TextClassifier;
  /** How many examples and phrasings hold each word (stemmed). */
  words: Map<string, number>;
}

const models = new WeakMap<Pack, ExampleModel | null>();

function modelOf(pack: Pack): ExampleModel | undefined {
  let model = models.get(pack);
  if (model === undefined) {
    model = train(pack);
    models.set(pack, model);
  }
  return model ?? undefined;
}

function train(pack: Pack): ExampleModel | null {
  const examples = pack.examples ?? [];
  // (Fewer are not read: see `EXAMPLES_NEEDED`.)
  if (!enoughExamples(examples)) return null;
  const classifier = newTextClassifier();
  const words = new Map<string, number>();
  const learn = (text: string, label: string) => {
    const compact = compactText(text);
    for (const t of new Set(classifierTokens(compact)))
      if (!t.includes('_')) words.set(t, (words.get(t) ?? 0) + 1);
    classifier.learn(compact, label);
  };
  for (const fact of pack.facts) for (const q of fact.questions) learn(q, fact.id);
  for (const e of examples) learn(e.q, 'fact' in e ? e.fact : DECLINE);
  classifier.consolidate();
  return { classifier, words };
}

/**
 * Trains the packs' example models now (about a seventh of a second for the NSPCC pack's 4,700 examples), so the first
 * question that needs one does not wait for it.
 */
export function warmExampleModels(packs: readonly Pack[]): void {
  for (const pack of packs) modelOf(pack);
}

/** How a pack's examples read a question: whether they have seen all its words, and their log-odds per label. */
interface ExampleReading {
  allSeen: boolean;
  /** Highest first. */
  odds: Array<[string, number]>;
}

/**
 * The examples' reading of a question (none without a model). Remembered for the last few questions: a weak match
 * let through is then checked again before it is answered.
 */
const readingOf = rememberRecent((pack: Pack, question: string): ExampleReading | undefined => {
  const model = modelOf(pack);
  if (!model) return undefined;
  const tokens = classifierTokens(compactText(question));
  return {
    allSeen: tokens.every((t) => t.includes('_') || model.words.has(t)),
    // (Tokens, not text: the library would prepare a text once per label.)
    odds: model.classifier.computeOdds(tokens) as Array<[string, number]>,
  };
});

/**
 * True when the pack's examples clearly read the question as asking for this fact, and have seen every word of it:
 * a word new to the examples as well as to the matcher counts for nothing in their reading ("Did Zuckerberg
 * apologise?" read as his encryption announcement), so neither knows what it asks.
 */
export function examplesAgree(pack: Pack, question: string, factId: string): boolean {
  const reading = readingOf(pack, question);
  if (!reading?.allSeen) return false;
  const { odds } = reading;
  const [top, second] = odds;
  if (!top || top[0] !== factId || top[1] < AGREE_ODDS) return false;
  const decline = odds.find(([label]) => label === DECLINE)?.[1] ?? Number.NEGATIVE_INFINITY;
  return (
    top[1] - decline >= AGREE_OVER_DECLINE && top[1] - (second?.[1] ?? Number.NEGATIVE_INFINITY) >= AGREE_LEAD
  );
}

/**
 * True when the pack's examples clearly read the question as one to decline rather than this fact's, and hold a word
 * of it the matcher does not know (one of `unknown`, stemmed) often enough to judge it. (Not when the pack knows every
 * word: the examples' declines share the plain words of every question, and "how many cases were recorded?" was
 * declined.)
 */
export function examplesDecline(
  pack: Pack,
  question: string,
  factId: string,
  unknown: readonly string[],
): boolean {
  const words = modelOf(pack)?.words;
  if (!words || !unknown.some((w) => (words.get(w) ?? 0) >= WORD_EXAMPLES)) return false;
  const odds = readingOf(pack, question)?.odds ?? [];
  const top = odds[0];
  if (!top || top[0] !== DECLINE) return false;
  const fact = odds.find(([label]) => label === factId)?.[1] ?? Number.NEGATIVE_INFINITY;
  return top[1] - fact >= DECLINE_LEAD;
}

/**
 * How far (log-odds, clipped to ±`MARGIN_CLIP`) the pack's examples put this fact above every other label, a decline
 * included (negative when another leads), and whether they have seen every word of the question; undefined for a pack
 * with too few examples. A measure of agreement for the answer's calibrated confidence (decide/calibrate.ts).
 */
export function examplesMargin(
  pack: Pack,
  question: string,
  factId: string,
): { margin: number; allSeen: boolean } | undefined {
  const reading = readingOf(pack, question);
  if (!reading) return undefined;
  const own = reading.odds.find(([label]) => label === factId)?.[1];
  const other = reading.odds.find(([label]) => label !== factId)?.[1];
  if (own === undefined || other === undefined) return { margin: -MARGIN_CLIP, allSeen: reading.allSeen };
  return { margin: Math.max(-MARGIN_CLIP, Math.min(MARGIN_CLIP, own - other)), allSeen: reading.allSeen };
}

const MARGIN_CLIP = 20;

/** A question this short whose real word no example or phrasing holds is read as asking about that word. */
const SHORT_QUESTION_WORDS = 6;

/**
 * True when the pack's examples read the question as this fact's more than any other label, a decline included, by
 * `lead` (log-odds). Not for a short question holding a real English word that no example or phrasing holds: that word
 * is likely what it asks about, and counts for nothing in their reading ("Did Zuckerberg apologise?").
 */
export function examplesLean(pack: Pack, question: string, factId: string, lead: number): boolean {
  const words = modelOf(pack)?.words;
  if (!words) return false;
  const typed = compactText(question)
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  if (
    typed.length <= SHORT_QUESTION_WORDS &&
    typed.some((w) => w.length > 2 && !words.has(stemmer(w.replace(/'/gu, ''))) && isEnglishWord(w))
  )
    return false;
  const [top, second] = readingOf(pack, question)?.odds ?? [];
  return top?.[0] === factId && top[1] - (second?.[1] ?? Number.NEGATIVE_INFINITY) >= lead;
}
