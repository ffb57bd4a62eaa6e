// Reads a question for matching: the focus (the part that asks) gives the words; the whole message still gives
// the names, figures and years it mentions ("Regarding the Snapchat figure, what base is it on?").

import { foldText } from '../../text/normalise.js';
import { type Analysis, analyseText } from './analyse.js';
import { withCanonicalPeriod } from './canonical-period.js';
import { withoutEntities } from './excluded.js';
import { questionFocus } from './focus.js';
import { EXCLUDING } from './intent.js';
import { withFullYears } from './period.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * The entities a question's focus sets aside ("the Facebook app itself, not WhatsApp or Instagram"): they are not
 * what it asks about. (The figure handler reads the whole message's asides with `excludedEntities`, which also
 * declines a fact that counts them in.)
 */
export function setAside(analysis: Analysis, text: string, vocab: Vocabulary): Analysis {
  const at = text.toLowerCase().search(EXCLUDING);
  if (at < 0) return analysis;
  const excluded = new Set(analyseText(text.slice(at), vocab, true).entities);
  const kept = analysis.entities.filter((id) => !excluded.has(id));
  if (kept.length === 0 || kept.length === analysis.entities.length) return analysis;
  return withoutEntities(analysis, excluded);
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
