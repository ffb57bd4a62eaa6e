// "Which came first: Zuckerberg announcing encryption or the open letter from the 100+ organisations?": two events the
// question names, each answered on its own by the fact that dates it, set side by side with their dates. No one fact
// dates both, and the words of the two together (or a figure one names) draw the match to one of them alone.

import { MONTH_NAMES } from '../../../text/months.js';
import { foldText } from '../../../text/normalise.js';
import { ANSWER_THRESHOLD, type GapDerivation, type Reply } from '../../reply.js';
import { decline } from '../../respond/decline.js';
import { type FactIndex, factKey, type IndexedFact } from '../../retrieve/build-index.js';
import { analyseText } from '../../understand/analyse.js';
import { spanMonths } from '../../understand/period.js';
import { answerComparison } from './answer-comparison.js';
import { sideBySide } from './compare.js';
import { MONTH_STEMS } from './compare-periods.js';

/** Asking which of two came first: "which came first", "which happened earlier", "what was first". */
const ASKS_ORDER =
  /\b(?:which|what)(?: one| event| thing)? (?:came|happened|was|occurred|took place) (?:first|earlier|sooner)\b|\bwhich (?:was|is) (?:earlier|older)\b/u;

/**
 * Asking whether one event came before or after the other: "Did Zuckerberg's encryption announcement come before or
 * after the February 2020 open letter?", "was the open letter sent before Zuckerberg's announcement?" (an event's verb
 * or both words; not "did offences rise after the announcement?").
 */
const BEFORE_OR_AFTER =
  /^(?:(?:so|and|but|ok|okay|quick q|q)\W+)?(?:did|was|were|is|does|has|had) (.+?) (?:(?:(?:come|came|happen|happened|occur|occurred|take place|took place|go out|went out|get (?:sent|published|announced)|sent|published|announced|made) )?(?:before or after|after or before)|(?:come|came|happen|happened|occur|occurred|take place|took place|go out|went out|get (?:sent|published|announced)|sent|published|announced|made) (?:before|after|earlier than|later than|prior to)) (.+?)\s*\?*$/u;
/** A measure that moves or is counted, as the first side ("did offences rise after…"): a trend, not an event to date. */
const MEASURED =
  /\b(?:rise|rose|risen|rising|increase\w*|fall|fell|fallen|drop\w*|grow\w*|grew|more|fewer|less|recorded|cases|offences|crimes|numbers?|figures?)\b/u;

/**
 * Asking how long passed between two events: "how long between Zuckerberg announcing encryption and the open letter?",
 * "how many months separate the announcement and the February 2020 tweet?", "how much time passed between A and B".
 */
const ASKS_GAP =
  /^(?:(?:so|and|but|ok|okay|q)\W+)?how (?:long|much time|many (?:months|years|weeks|days)) (?:(?:was|is) there |(?:were|are) there |passed |elapsed |went by |roughly |about )*(?:between|separated?|separates|separating|lie between|lay between|apart were|apart are) (.+?) (?:and|&) (.+?)\s*\?*$/u;

/** The question's own punctuation around an alternative. */
const EDGES = /^[\s:,;—–-]+|[\s?!.:,;—–-]+$/gu;

/** Most words an event named as one alternative may have. */
const MOST_WORDS = 12;

/** The one fact a reply answers with, when it answers with one dated fact. */
function datedFact(index: FactIndex, reply: Reply): IndexedFact | undefined {
  if (reply.status !== 'answered' || reply.kind !== 'fact' || reply.facts.length !== 1) return undefined;
  const [only] = reply.facts;
  const fact = only && index.byKey.get(factKey(only.packId, only.factId));
  return fact?.fact.period ? fact : undefined;
}

/**
 * The two events of "which came first: A or B?" (or "A or B — which came first?") side by side, when each is answered
 * alone by its own dated fact of one pack and the reply to the whole did not already give both.
 */
export function answerWhichFirst(
  index: FactIndex,
  text: string,
  reply: Reply,
  answer: (ask: string) => Reply,
): Reply | undefined {
  if (reply.status === 'answered' && reply.facts.length >= 2) return undefined;
  const folded = foldText(text).replace(/\s+/gu, ' ').trim();
  const sides = orderedSides(folded);
  if (!sides) return undefined;
  if (sides.length !== 2 || sides.some((s) => s.split(' ').length < 2 || s.split(' ').length > MOST_WORDS))
    return undefined;
  const facts = sides.map((side) => datedFact(index, answer(`${side}?`)));
  const [first, second] = facts;
  if (!first || !second || first === second || first.pack !== second.pack) return undefined;
  return answerComparison(
    index,
    reply.question,
    sideBySide('When each happened', [first, second], ANSWER_THRESHOLD),
  );
}

/**
 * "How long between A and B?": each event's own dated fact side by side, with the months between their dates worked
 * out and labelled so; when only one event has a dated fact ("…and it actually being rolled out"), a decline saying the
 * source dates only that one, never the one date as if it answered.
 */
export function answerTimeBetween(
  index: FactIndex,
  text: string,
  reply: Reply,
  answer: (ask: string) => Reply,
): Reply | undefined {
  // (The question up to its question mark: "…and the open letter? thanks", "…? also how many signed?".)
  const folded = foldText(text).replace(/\s+/gu, ' ').trim().replace(/\?.*$/u, '?');
  const asked = ASKS_GAP.exec(folded);
  if (!asked) return undefined;
  const sides = [asked[1] ?? '', asked[2] ?? ''].map((s) => s.replace(EDGES, '').trim());
  if (sides.some((s) => !s || s.split(' ').length > MOST_WORDS)) return undefined;
  const read = sides.map((side) => readSide(index, side, answer(`${side}?`)));
  const [first, second] = read;
  if (!first || !second) return undefined;
  if (
    first.dated &&
    second.dated &&
    first.dated.fact !== second.dated.fact &&
    first.dated.fact.pack === second.dated.fact.pack
  ) {
    const [earlier, later] =
      first.dated.month <= second.dated.month ? [first.dated, second.dated] : [second.dated, first.dated];
    // (From one month to the other: the span counting both, less one.)
    const months = spanMonths(earlier.month, later.month) - 1;
    const gap: GapDerivation = {
      kind: 'gap',
      from: earlier.month,
      to: later.month,
      months,
      text: `Worked out from the two dates the source gives (not stated in it): ${monthName(earlier.month)} to ${monthName(later.month)} is about ${months} month${months === 1 ? '' : 's'}.`,
    };
    // (Two dates are no figures of different periods: the gap is the only note.)
    const compared = sideBySide('When each happened', [earlier.fact, later.fact], ANSWER_THRESHOLD);
    return answerComparison(index, reply.question, { ...compared, notes: [gap.text] }, [gap]);
  }
  // One event dated and the other found nowhere in the source ("…and it actually being rolled out"): the time between
  // them is not in the source. (An event the source speaks of without one month's date, or one it dates only in
  // other words, leaves the reply to the whole message as it is.)
  const dated =
    first.dated && !second.answered
      ? first.dated
      : second.dated && !first.answered
        ? second.dated
        : undefined;
  if (!dated) return undefined;
  return decline(
    index,
    reply.question,
    {
      code: 'not_covered',
      kind: 'scope',
      value: 'the time between the two',
      covered: [`a date for one of them only: ${dated.fact.fact.statement}`],
    },
    ANSWER_THRESHOLD,
    [dated.fact],
  );
}

/**
 * One event of "how long between A and B?": whether it was answered at all, and its fact and month when a fact dated to
 * one month answers it and holds every word naming it ("Zuckerberg becoming CEO" is not his encryption announcement).
 */
function readSide(
  index: FactIndex,
  side: string,
  reply: Reply,
): { answered: boolean; dated?: { fact: IndexedFact; month: string } } {
  const dated = datedMonth(index, reply);
  const terms = analyseText(side, index.vocab, true, { question: true }).terms;
  const isDate = (t: string) => MONTH_STEMS.has(t) || /^\d+$/u.test(t);
  const words = terms.filter((t) => !isDate(t));
  // (A name alone is no event: "Zuckerberg becoming CEO" names only him.)
  const named =
    dated && words.some((t) => !t.startsWith('@')) && words.every((t) => dated.fact.weights.has(t));
  // (A side giving its own date, "the 2017 start of the data", "march 2019", is one the source may date too.)
  const ownDate = /\b(?:19|20)\d\d\b/u.test(side) || terms.some(isDate);
  return { answered: reply.status === 'answered' || ownDate, ...(named ? { dated } : {}) };
}

/** The fact a reply answers with and the one month it is dated, when it answers with one fact dated to one month. */
function datedMonth(index: FactIndex, reply: Reply): { fact: IndexedFact; month: string } | undefined {
  const fact = datedFact(index, reply);
  const period = fact?.fact.period;
  if (!fact || !period?.from || period.from !== period.to) return undefined;
  return { fact, month: period.from };
}

/** "2019-03" as "March 2019". */
function monthName(month: string): string {
  const [year, number] = month.split('-');
  const name = MONTH_NAMES[Number(number) - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}

/** The two events a question asks the order of, as written. */
function orderedSides(folded: string): string[] | undefined {
  const asked = ASKS_ORDER.exec(folded);
  if (asked) {
    const rest = `${folded.slice(0, asked.index)} ${folded.slice(asked.index + asked[0].length)}`;
    return rest
      .replace(EDGES, '')
      .split(/\s+or\s+/u)
      .map((s) => s.replace(EDGES, '').trim());
  }
  const either = BEFORE_OR_AFTER.exec(folded);
  if (!either || MEASURED.test(either[1] ?? '')) return undefined;
  return [either[1] ?? '', either[2] ?? ''].map((s) => s.replace(EDGES, '').trim());
}
