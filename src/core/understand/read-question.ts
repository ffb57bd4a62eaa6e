// Reads a question for matching: the focus (the part that asks) gives the words; the whole message still gives
// the names, figures and years it mentions ("Regarding the Snapchat figure, what base is it on?").

import { foldText } from '../../text/normalise.js';
import { type Analysis, analyseText } from './analyse.js';
import { withCanonicalPeriod } from './canonical-period.js';
import { questionFocus } from './focus.js';
import { EXCLUDING } from './intent.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The entities a question sets aside ("the Facebook app itself, not WhatsApp or Instagram"): they are not what it
 * asks about.
 */
export function setAside(analysis: Analysis, text: string, vocab: Vocabulary): Analysis {
  const at = text.toLowerCase().search(EXCLUDING);
  if (at < 0) return analysis;
  const excluded = new Set(analyseText(text.slice(at), vocab, true).entities);
  const kept = analysis.entities.filter((id) => !excluded.has(id));
  if (kept.length === 0 || kept.length === analysis.entities.length) return analysis;
  return {
    ...analysis,
    entities: kept,
    terms: analysis.terms.filter((t) => !t.startsWith('@') || !excluded.has(t.slice(1))),
  };
}

/**
 * "17-20", "'17 to '20", "22 vs 23" at the end of a phrase: two-digit years joined as a span or set against each
 * other. A pair followed by what it counts ("10-15 collisions", "13-15 year olds", "10-20%") is no years.
 */
const SHORT_YEAR_SPAN = /(^|[\s(])'?([12]\d)\s*(-|–|to|v|vs\.?|versus)\s*'?([12]\d)(?=\s*(?:$|[?.!,;:)]))/gu;

/**
 * "ksi 23?", "cyclist casualties 22": a lone two-digit number closing a short question, right after what it asks
 * for, is a year. Not after a word that makes it a figure ("is 23?", "about 23", "over 20") nor in a longer question.
 */
const SHORT_YEAR_AT_END = /^((?:[a-z][\w/&+'-]*\s+){1,3})'?(1\d|2\d)\s*[?.!]*$/u;
const BEFORE_A_FIGURE =
  /\b(?:it|that|this|they|is|was|were|are|be|been|of|than|about|around|roughly|approx|approximately|over|under|below|above|nearly|almost|just|only|at|to|by|top|aged?|the|a|like|exactly|total|number|count|tot|up|down|rise|rose|risen|fall|fell|fallen|drop|dropped|increase|increased|decrease|decreased)\s*$/u;

/**
 * Short year spans as full years ("offences eng+wales 17-20" → "2017-2020"), unless the text speaks of ages; and a
 * lone two-digit number closing a short question as a year, when some fact is about that one year (`factYears`):
 * "ksi 23?" is 2023 in a 2023 release, while "deaths 19?" or "child ksi 21?" ask about a figure.
 */
export function withFullYears(folded: string, factYears: ReadonlySet<number> = new Set()): string {
  if (/\b(?:aged?|ages|year[- ]?olds?|yo|y\/o)\b/u.test(folded)) return folded;
  const spans = folded.replace(
    SHORT_YEAR_SPAN,
    (whole, lead: string, from: string, joiner: string, to: string) => {
      if (Number(to) <= Number(from)) return whole;
      return /^v/u.test(joiner) ? `${lead}20${from} vs 20${to}` : `${lead}20${from}-20${to}`;
    },
  );
  return spans.replace(SHORT_YEAR_AT_END, (whole, words: string, year: string) =>
    BEFORE_A_FIGURE.test(words) || !factYears.has(2000 + Number(year)) ? whole : `${words}20${year}?`,
  );
}

/** The analysis of a question: its focus's words, with the entities, numbers and years of the whole text. */
export function readQuestion(typed: string, vocab: Vocabulary): Analysis {
  const text = withCanonicalPeriod(withFullYears(foldText(typed), vocab.factYears));
  const focus = questionFocus(text);
  const inFocus = setAside(analyseText(focus, vocab, true), focus, vocab);
  if (focus === text.trim()) return inFocus;
  const whole = analyseText(text, vocab, true);
  const entities = [...new Set([...inFocus.entities, ...whole.entities])];
  const values = new Set(inFocus.numbers.map((n) => n.value));
  return {
    ...inFocus,
    entities,
    terms: [...new Set([...inFocus.terms, ...entities.map((id) => `@${id}`)])],
    numbers: [...inFocus.numbers, ...whole.numbers.filter((n) => !values.has(n.value))],
    years: [...new Set([...inFocus.years, ...whole.years])],
  };
}
