// An ask for a source's main figures as a whole ("tl;dr?", "what are the key findings?", "what did the NSPCC find?",
// "summarise the article", "what stats do you have?"): the first figures the source gives, in its own order, each with
// its quote. A summary ask that names anything more ("tl;dr how many offences 2017-2020") is a figure question.
import { collapseWhitespace } from '../../../text/whitespace.js';
import type { ComparisonAnswer } from '../../reply.js';
import { packsOf, toFactView, toSuggestion } from '../../respond/views.js';
import type { FactIndex, IndexedFact } from '../../retrieve/build-index.js';
import { analyseText } from '../../understand/analyse.js';

/** How many of the source's first figures make its summary. */
export const OVERVIEW_FACTS = 3;

/** The words of a summary ask (folded text). */
const SUMMARY_ASK =
  /\b(?:tl ?;? ?dr|tldr|summar(?:y|ies|ise|ize|ised|ized)|sum (?:it )?up|gist|in a nutshell|short version|overview|big picture|bottom line|take ?aways?|(?:key|main|top|headline|important|biggest|major) (?:findings?|points?|numbers?|figures?|stats?|statistics|facts?|results?|messages?|takeaways?|things?)|what (?:did|does) (?:the |this |that )?(?=(?:[\w'’-]+ ){0,2}?(?:find|found|show|conclude|discover|report)\b)|what (?:is|was|'s) (?:the |this |that )?(?:article|study|research|report|release|source|piece|story|paper) (?:about|saying)|what (?:does|did) (?:the |this |that )?(?:article|study|research|report|release|source|piece|story|paper) (?:say|tell us|tell me|show)|what (?:stats|statistics|figures|numbers|data|facts) (?:do you have|have you got|are (?:in|there)|does (?:it|the \w+) (?:give|have|contain))|what do you (?:know|have))\b/u;

/**
 * Words a summary ask may hold beside its own: the source named in general, what it found, and filler. (Who found it is
 * left to be checked: "what did the NSPCC find?" names the pack's source, "what did Facebook find?" someone it quotes;
 * what someone said is a quote, never a summary.)
 */
const SOURCE_WORDS =
  'article study research report release source piece story paper data findings finding stats statistics figures figure numbers number main key top headline overall whole short quick brief please pls plz just give me us the this that of on in about for from what did does do you your find found show conclude discover report'.split(
    ' ',
  );

/** Whether the question asks for a summary of a pack's source and names nothing of it beyond its title. */
export function asksOverview(index: FactIndex, folded: string): boolean {
  const match = SUMMARY_ASK.exec(folded);
  if (!match) return false;
  const rest = folded.replace(match[0], ' ');
  // A figure, year, measure or name the packs lack ("what does the article say about Discord?") asks for more.
  if (/\d/u.test(rest)) return false;
  const analysis = analyseText(rest, index.vocab, false);
  if (analysis.uncovered.length > 0 || analysis.measures.length > 0) return false;
  return analysis.terms.every((t) => summaryWordsOf(index).has(t));
}

/** The terms a summary ask may hold, per index: the packs' titles, short names and publishers, and `SOURCE_WORDS`. */
const summaryWords = new WeakMap<FactIndex, ReadonlySet<string>>();
export function summaryWordsOf(index: FactIndex): ReadonlySet<string> {
  let words = summaryWords.get(index);
  if (!words) {
    const names = index.packs.flatMap((p) => [p.pack.title, p.pack.shortName ?? '', p.pack.source.publisher]);
    words = new Set(analyseText([...names, ...SOURCE_WORDS].join(' '), index.vocab, false).terms);
    summaryWords.set(index, words);
  }
  return words;
}

/** The packs' first facts with a figure, in the order the source gives their quotes; worked out once per index. */
const leads = new WeakMap<FactIndex, IndexedFact[]>();
export function leadFacts(index: FactIndex): IndexedFact[] {
  let found = leads.get(index);
  if (!found) {
    const sources = new Map<IndexedFact['pack'], string>();
    const at = (f: IndexedFact) => {
      let source = sources.get(f.pack);
      if (source === undefined) {
        source = collapseWhitespace(f.pack.sourceText);
        sources.set(f.pack, source);
      }
      return source.indexOf(collapseWhitespace(f.fact.quote));
    };
    found = index.facts
      .filter((f) => f.fact.figures.length > 0)
      .map((f) => ({ f, at: at(f) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at)
      .map(({ f }) => f)
      .slice(0, OVERVIEW_FACTS);
    leads.set(index, found);
  }
  return found;
}

/** The summary reply: the source's first figures, each with its quote; undefined when the pack states none. */
export function answerOverview(index: FactIndex, question: string): ComparisonAnswer | undefined {
  const facts = leadFacts(index);
  const first = facts[0];
  if (!first) return undefined;
  const views = facts.map(toFactView);
  const source = first.pack.pack.shortName ?? first.pack.pack.title;
  const rest = index.facts.filter((f) => !facts.includes(f) && f.fact.figures.length > 0);
  return {
    status: 'answered',
    kind: 'comparison',
    question,
    confidence: 1,
    title: `The first figures in ${source}`,
    facts: views,
    citations: views.map((v) => v.citation),
    notes: [
      `These are the first ${views.length} figures the source gives, in its order; ask about any of them, or about another figure it gives.`,
    ],
    suggestions: rest.slice(0, 3).map(toSuggestion),
    packs: packsOf(index),
  };
}
