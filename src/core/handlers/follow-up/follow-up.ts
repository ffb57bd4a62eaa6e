// Reads a question together with the previous turn: "what about Snapchat?", "and before lockdown?", "who said that?".

import type { Reply } from '../../reply.js';
import { replyWithFact } from '../../respond/fact-reply.js';
import { type FactIndex, factKey } from '../../retrieve/build-index.js';
import { type Analysis, analyseText } from '../../understand/analyse.js';
import { answerAnalysed } from '../answer-analysed.js';

/** What a conversation remembers of its last answered turn. */
export interface PriorTurn {
  /** The question as it was understood (for a follow-up, the earlier question and the follow-up together). */
  question: string;
  packId: string;
  factIds: string[];
}

/** Longest remembered question text: older words drop off the front. */
const MAX_CONTEXT_CHARS = 500;

const FOLLOW_UP_OPENING =
  /^(?:and|also|plus|so|ok(?:ay)?,? and|and what about|what about|how about|what of|same for|same but for|then|but|vs|versus|compared to|compared with|what if)\b/u;
const ABOUT_PREVIOUS =
  /^(?:and )?(?:who (?:said|says|wrote|claims?|reported|made) (?:that|this|it)|says who|source|sources|where(?:'s| is| does)? (?:that|this|it) (?:from|come from)|what(?:'s| is) the source|which source|quote|citation|cite(?: it| that)?|where did (?:you|u) get (?:that|this)|who(?:'s| is) (?:that|this) from|according to who(?:m)?)\??$/u;

/** True when the question only makes sense with the one before ("what about …", "and …"). */
export function isFollowUpPhrase(folded: string): boolean {
  return FOLLOW_UP_OPENING.test(folded);
}

/** True when the question asks where the previous answer came from. */
export function asksAboutPrevious(folded: string): boolean {
  return ABOUT_PREVIOUS.test(folded.replace(/[?!.\s]+$/u, '').trim());
}

/** The earlier question's analysis with what the follow-up names put in place of what it replaces. */
export function mergeAnalyses(index: FactIndex, prior: Analysis, current: Analysis): Analysis {
  const kindOf = (id: string) => index.entityKinds.get(id);
  const replacedKinds = new Set(current.entities.map(kindOf));
  const keptEntities = prior.entities.filter((id) => !replacedKinds.has(kindOf(id)));
  const dropped = new Set(prior.entities.filter((id) => replacedKinds.has(kindOf(id))).map((id) => `@${id}`));
  return {
    ...current,
    terms: [...new Set([...prior.terms.filter((t) => !dropped.has(t)), ...current.terms])],
    optionalTerms: [...new Set([...prior.optionalTerms, ...current.optionalTerms])],
    entities: [...new Set([...keptEntities, ...current.entities])],
    years: current.years.length > 0 ? current.years : prior.years,
    numbers: current.numbers.length > 0 ? current.numbers : prior.numbers,
    measures: [...prior.measures, ...current.measures],
    comparison: current.comparison ?? prior.comparison,
    ...(current.ranks || prior.ranks ? { ranks: true } : {}),
    reverseLookup: current.reverseLookup,
  };
}

/** Answers `question` in the light of the previous turn; a question that stands on its own is answered on its own. */
export function answerFollowUp(
  index: FactIndex,
  question: string,
  folded: string,
  analysis: Analysis,
  prior: PriorTurn,
): Reply {
  const previous = index.byKey.get(factKey(prior.packId, prior.factIds[0] ?? ''));
  if (previous && asksAboutPrevious(folded)) {
    return { ...replyWithFact(index, previous, question, 1), readAs: prior.question };
  }
  const standalone = answerAnalysed(index, question, analysis);
  const phrased = isFollowUpPhrase(folded);
  if ((standalone.status === 'answered' && !phrased) || analysis.uncovered.length > 0) return standalone;
  const merged = answerAnalysed(
    index,
    question,
    mergeAnalyses(index, analyseText(prior.question, index.vocab, true), analysis),
  );
  const readAs = `${prior.question} ${question}`.slice(-MAX_CONTEXT_CHARS);
  // Context may settle a close call, but only between the candidates the question itself allowed.
  const settles =
    standalone.status !== 'ambiguous' ||
    (merged.status === 'answered' &&
      merged.facts.every((f) => standalone.suggestions.some((s) => s.factId === f.factId)));
  if (merged.status === 'answered' && (phrased || settles)) return { ...merged, readAs };
  if (phrased && merged.status === 'abstained' && merged.reason.code === 'not_covered')
    return { ...merged, readAs };
  return standalone;
}
