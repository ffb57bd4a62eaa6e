// "What did Zuckerberg say about child grooming?": a fact quoting the speaker answers only when it touches what the
// question asks their words were about; otherwise it is something else they said.
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { analyseText } from '../understand/analyse.js';
import { askedSpeaker } from './speaker.js';

/** What someone's words were about: "…say about X", "…think of X", "…view on the subject of X". */
const ABOUT =
  /\b(?:about|regarding|concerning|on the subject of|in relation to|(?:think|thought|make|made|makes) of)\s+([^?.!,;:]{2,80})/u;

/** Words for the source or its findings as a whole ("the research", "the figures"): any fact is about them. */
const THE_WHOLE =
  /\b(?:the |this |these |those |its |their |his |her |our |your )?(?:article|piece|story|source|report|research|study|studies|findings?|figures?|data|statistics|stats|numbers?|results?|issue|matter|topic|subject|it|this|that|them|things?|all|everything)\b/gu;

/** A quote reporting a response ("Facebook has responded by…"): it answers what the source reports, whatever its words. */
const RESPONSE = /\b(?:respond\w*|response|repl(?:y|ied|ies)|react\w*)\b/iu;

/** The decline when a question asks what someone said about something the fact quoting them does not touch. */
export function saidAboutMismatch(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const speaker = askedSpeaker(folded);
  // (In the clause that asks it: not "…, and what was he worried about going forward?")
  const clause = speaker && folded.slice(folded.indexOf(speaker) + speaker.length).split(/[,;?.!]/u)[0];
  const about = clause && ABOUT.exec(clause)?.[1]?.trim();
  if (!about || RESPONSE.test(fact.fact.quote)) return undefined;
  const terms = analyseText(about.replace(THE_WHOLE, ' '), index.vocab, true).terms;
  if (terms.length === 0 || terms.some((t) => touches(fact, t))) return undefined;
  // (Only a subject the pack speaks of elsewhere: "child grooming" of Zuckerberg is the article's subject, not his; "the
  // trends and where more work is needed" may be a councillor's own words put another way.)
  const others = index.facts.filter((f) => f.pack === fact.pack && f !== fact);
  if (!terms.every((t) => others.some((f) => touches(f, t)))) return undefined;
  const named = analyseText(speaker, index.vocab, false).entities.map(
    (id) => index.entityNames.get(id) ?? id,
  );
  const who = named.length > 0 ? named.join(' or ') : speaker;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `what ${who} said about ${about}`,
    covered: [`only this from ${who}: ${fact.fact.statement}`],
  };
}

/** Letters two stems must share to be one word's ("privaci" of "privacy" and "privat" of "private"). */
const SHARED_STEM = 5;

/** Whether the fact uses the term, or a word sharing its stem's opening. */
function touches(fact: IndexedFact, term: string): boolean {
  if (fact.weights.has(term)) return true;
  if (term.startsWith('@') || term.length < SHARED_STEM) return false;
  const head = term.slice(0, SHARED_STEM);
  return [...fact.weights.keys()].some((k) => k.startsWith(head));
}
