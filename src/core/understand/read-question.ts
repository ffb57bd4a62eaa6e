// Reads a question for matching: the focus (the part that asks) gives the words; the whole message still gives
// the names, figures and years it mentions ("Regarding the Snapchat figure, what base is it on?").

import { foldText, withCountryUS } from '../../text/normalise.js';
import { type Analysis, analyseText, stem } from './analyse.js';
import { withCanonicalPeriod } from './canonical-period.js';
import { withoutEntities } from './excluded.js';
import {
  ABOUT_US,
  questionFocus,
  withoutAskerClauses,
  withoutAskerEdges,
  withoutLeadingAside,
  withoutTrailingAside,
} from './focus.js';
import { ALONE, EXCLUDING } from './intent.js';
import { STOPWORDS } from './lexicon.js';
import { withPercentChange } from './percent-change.js';
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

/** Words that stand for something said before ("it", "that figure", "the exact wording"). */
const REFERS_BACK =
  /\b(?:it|its|this|that|these|those|them|they|the (?:exact |precise |full |relevant )?(?:wording|words|quote|quotation|figure|figures|number|numbers|statement|source|passage|line|details?|increase|rise|fall|change|claim|phrase))\b/u;

/** A phrase, figure or quote named before, pointed back to by its kind ("that phrase", "this figure", "those words"). */
const POINTS_BACK =
  /\b(?:that|this|those|these|the same|the said) (?:phrase|quote|quotation|figure|figures|number|numbers|statistic|statistics|stat|stats|wording|words|line|passage|claim|estimate|total|percentage|share|finding)\b/u;

/** Most words of content an ask pointing back may name and still ask only about what it points back to. */
const POINTING_WORDS = 2;

/** No name, figure or year, and a word or two: "who used that phrase and what was it describing?". */
function namesLittle(analysis: Analysis): boolean {
  return (
    analysis.entities.length === 0 &&
    analysis.numbers.length === 0 &&
    analysis.years.length === 0 &&
    analysis.terms.length <= POINTING_WORDS
  );
}

/**
 * An ask of nothing but its frame ("What figure does the article give?", "Could you clarify that for me?"): no word
 * left once the asking words are set aside, and no name, figure or year. It asks what the message said before it.
 */
function framesOnly(analysis: Analysis): boolean {
  return (
    analysis.terms.length === 0 &&
    analysis.numbers.length === 0 &&
    analysis.years.length === 0 &&
    analysis.uncovered.length === 0 &&
    analysis.measures.length === 0
  );
}

/** An ask that leans on what came before it: a word referring back, or the sides it named ("what does each side say"). */
const LEANS_ON_PREAMBLE = new RegExp(String.raw`${REFERS_BACK.source}|\b(?:each|both|either|sides?)\b`, 'u');

/** The message from its ask on (what follows an ask still belongs to it: "… not 'over a third', the actual number"). */
function fromAsk(text: string, ask: string): string {
  const at = text.indexOf(ask);
  return foldText(at >= 0 ? text.slice(at) : ask);
}

/** What a preamble's piece of work is on ("a briefing on rural safety", "a piece about Instagram"): a few words. */
const TOPIC_OF_WORK =
  /\b(?:on|about|into|regarding|concerning|covering|focus(?:ed|ing)? on)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)/gu;

/** A preamble that sets what the ask is about ("We're interested in the period after lockdown. What share…?"). */
const SETS_SCOPE =
  /\b(?:interested in|looking (?:at|into)|focus(?:ed|ing)? on|asking about|concerned with|only (?:care|want|need))\b/u;

const stemsOfKnown = new WeakMap<Vocabulary, ReadonlySet<string>>();
/** Whether an analysis holds an entity or a word some pack uses. */
function namesAnything(analysis: Analysis, vocab: Vocabulary): boolean {
  if (analysis.entities.length > 0) return true;
  let known = stemsOfKnown.get(vocab);
  if (!known) {
    known = new Set([...vocab.knownWords].filter((w) => !STOPWORDS.has(w)).map(stem));
    stemsOfKnown.set(vocab, known);
  }
  return analysis.terms.some((t) => known.has(t));
}

/**
 * Whether words after a question name nothing that could narrow it: no name, place, figure or year, no word a pack
 * uses, no "only"/"just"/"alone" ("? thanks, slight injuries only", "? it's for my homework on scotland").
 */
function namesNothing(aside: string, vocab: Vocabulary): boolean {
  if (/\d/u.test(aside) || ALONE.test(aside)) return false;
  const read = analyseText(aside, vocab, false);
  if (read.uncovered.length > 0 || read.measures.length > 0) return false;
  // Who is asking ("I'm a driver", "thanks from a biker", "asking for my kid") narrows nothing, whatever words of
  // the pack's it uses.
  return ABOUT_THE_ASKER.test(aside) || !namesAnything(read, vocab);
}

/** Words about the one asking: "I'm a…", "I live…", "from a…", "for my…", "asking for/as…". */
const ABOUT_THE_ASKER =
  /\b(?:i'?m|i am|i live|i drive|i work|i ride|i cycle|i walk|from an? |as an? |for my|asking (?:for|as|because|cos)|my (?:kid|kids|son|daughter|child|children|brother|sister|mum|dad))\b/u;

/** Kinds of entity an asker may belong with, which an ask about "us" or "them" may mean. */
const BELONGS_WITH: ReadonlySet<string> = new Set(['group', 'platform']);

/** The analysis of a question: its focus's words, with the entities, numbers and years of the whole text. */
export function readQuestion(
  typed: string,
  vocab: Vocabulary,
  options: { clearOfHarm?: boolean } = {},
): Analysis {
  const vacuousAside = (aside: string) => namesNothing(aside, vocab);
  const text = withoutLeadingAside(
    withoutTrailingAside(
      withPercentChange(
        withCanonicalPeriod(
          withFullYears(foldText(withCountryUS(typed)), vocab.factYears, vocab.periodSpans),
        ),
      ),
      vacuousAside,
    ),
    vacuousAside,
  );
  // Within the ask too, an opening "As a teacher," or a closing "for a school project" is no part of what is asked.
  const asked = withoutAskerEdges(questionFocus(text), (words) => {
    const read = analyseText(words, vocab, true);
    return read.entities.length + read.uncovered.length + read.measures.length === 0 && !/\d/u.test(words);
  });
  // A long message frames its ask with everyday words wherever they fall: its length is the whole message's, not
  // only the ask's ("Good afternoon. I am preparing … Could you tell me how many …?").
  const framing = {
    framing: options.clearOfHarm === true,
    messageWords: text.trim().split(/\s+/u).length,
    question: true,
  };
  const focused = setAside(analyseText(asked, vocab, true, framing), asked, vocab);
  // A focus with no word of the packs' that refers back ("I would appreciate the exact wording so I can cite it
  // properly") asks about what the message said before it: the whole message is read instead. (One that does not,
  // "Could you recommend a book?", asks something else.) Only for a message the safety reading has no doubt about
  // (`clearOfHarm`): one it doubts keeps to its ask, so a harmful ask cannot borrow the figures its preamble names;
  // nor do its framing words weigh less.
  // (Nor one that names what it refers back to by its kind, "who used that phrase", "provide that figure": the
  // phrase or figure is the preamble's, whatever other words the ask has.)
  const vacuous =
    options.clearOfHarm === true &&
    asked !== text.trim() &&
    ((POINTS_BACK.test(asked) && namesLittle(focused)) ||
      (REFERS_BACK.test(asked) && !namesAnything(focused, vocab)) ||
      framesOnly(focused));
  const focus = vacuous ? text.trim() : asked;
  const inFocus = vacuous ? setAside(analyseText(focus, vocab, true, framing), focus, vocab) : focused;
  if (focus === text.trim()) return inFocus;
  const whole = analyseText(text, vocab, true);
  // The names and figures a preamble gives, but not those of what it says of the asker ("as a road safety officer",
  // "for my dissertation on rural road safety"): they do not narrow the ask. (Its years still date it: "I am writing
  // about road safety in 2022 for our newsletter. How many …?")
  // (A group of people or a platform the asker belongs with stays: "As a mum of a teenage cyclist, how many were
  // hurt?" asks of cyclists.)
  const withoutAsker = withoutAskerClauses(text, asked, (clause) =>
    analyseText(clause, vocab, true).entities.some((id) => BELONGS_WITH.has(vocab.entityKinds.get(id) ?? '')),
  );
  const named = withoutAsker === text ? whole : analyseText(withoutAsker, vocab, true);
  // What the preamble names of a kind the ask names too is not what is asked ("We are concerned about children
  // walking and cycling to school … how many children under 16 were injured?" asks about children, not cyclists),
  // unless the ask compares ("The Facebook family was 51%: how does Instagram's share compare?").
  const kindsAsked = new Set(inFocus.entities.map((id) => vocab.entityKinds.get(id)));
  // An ask that names what it is about by itself ("… How much did grooming increase during lockdown, according to
  // the charity's research?") does not take on the places and platforms of what the asker says of themselves ("our
  // parents' WhatsApp group", "a school in UK"), unless it refers back to them.
  const ownsAsk =
    inFocus.entities.length > 0 &&
    namesAnything({ ...inFocus, entities: [] }, vocab) &&
    !LEANS_ON_PREAMBLE.test(asked) &&
    !ABOUT_US.test(asked);
  // …but what the asker's work is on stays ("a briefing … on rural safety. How many tractor drivers were killed?").
  const topics = new Set(
    ownsAsk
      ? [...text.replace(asked, ' ').matchAll(TOPIC_OF_WORK)].flatMap(
          (m) => analyseText(m[1] ?? '', vocab, true).entities,
        )
      : [],
  );
  const entities = [
    ...new Set([
      ...inFocus.entities,
      ...named.entities.filter(
        (id) =>
          vacuous ||
          inFocus.comparison !== undefined ||
          (!kindsAsked.has(vocab.entityKinds.get(id)) && (!ownsAsk || topics.has(id))),
      ),
    ]),
  ];
  const values = new Set(inFocus.numbers.map((n) => n.value));
  // The analysis whose years date the ask: its own, or the preamble's when it names none.
  const dated = inFocus.years.length > 0 ? inFocus : whole;
  return {
    ...inFocus,
    entities,
    terms: [...new Set([...inFocus.terms, ...entities.map((id) => `@${id}`)])],
    numbers: [...inFocus.numbers, ...named.numbers.filter((n) => !values.has(n.value))],
    // …and so are the preamble's years when the ask names its own ("… a time-series going back to 2010 … how many
    // were seriously injured in 2023?"); an ask with no year keeps the preamble's ("I'm looking at 2022. How many …?").
    years: dated.years,
    yearGroups: dated.yearGroups,
    ...(dated.openFrom === undefined ? {} : { openFrom: dated.openFrom }),
    askedYears: inFocus.years,
    ...(ownsAsk && !SETS_SCOPE.test(text.replace(asked, ' ')) ? { askedText: fromAsk(text, focus) } : {}),
  };
}
