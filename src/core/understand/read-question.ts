// Reads a question for matching: the focus (the part that asks) gives the words; the whole message still gives
// the names, figures and years it mentions ("Regarding the Snapchat figure, what base is it on?").
import { type Analysis, analyseText } from '../analyse.js';
import type { Vocabulary } from '../vocabulary.js';
import { questionFocus } from './focus.js';

/** The analysis of a question: its focus's words, with the entities, numbers and years of the whole text. */
export function readQuestion(text: string, vocab: Vocabulary): Analysis {
  const focus = questionFocus(text);
  const inFocus = analyseText(focus, vocab, true);
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
