// The verdict once a claim's figure agrees with a fact's: direction, attribution, scope and subject, then supported.

import { foldText } from '../../text/normalise.js';
import { isMeasureWord } from '../decide/measure-elsewhere.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { countedThings } from '../retrieve/counted-things.js';
import { isTopicWide } from '../retrieve/topic-words.js';
import { analyseText } from '../understand/analyse.js';
import { isChatTypo } from './chat-typos.js';
import { claimCore } from './claim-core.js';
import { contentFit, strayTerms, uncoveredTerms } from './content-fit.js';
import { countedNoun, withoutAgent } from './counted-noun.js';
import { explain } from './explain.js';
import { countMoved, movedTo } from './level-move.js';
import { narrowedMeasure, typedWord } from './narrowed-measure.js';
import { nounsOf } from './nouns.js';
import { oppositeWord } from './opposites.js';
import { QUALIFIER_WORDS } from './qualifiers.js';
import { directionOf, directionWords, FLAT } from './read-figure.js';
import {
  CONTENT_FIT,
  coverageOf,
  distinctive,
  NEGATED,
  PEOPLE_WORDS,
  type Reading,
  scopeOf,
  scopeVerdict,
  speakerVerdict,
  verdict,
} from './reading.js';
import { quoteTerms } from './said-in.js';
import { namesScopeOf } from './scope-words.js';
import { type FactFigure, factDirection, factFigures } from './source-figures.js';
import type { ClaimCheck } from './types.js';

/** What a change is set against in a claim: "than last year", "on the 2015-2019 average", "from 2022". */
const CLAIM_BASELINE =
  /\b(?:than|on|from|below|above|compared (?:with|to)|versus|vs\.?|against|relative to)\s+(?:the\s+|in\s+)?(last year|the year before|(?:the )?previous year|a year (?:ago|earlier)|(?:19|20)\d\d(?:\s*(?:-|–|to)\s*(?:19|20)?\d\d)?(?:\s+(?:average|baseline))?|(?:[\w-]+\s+){0,2}(?:average|baseline|norm))\b/u;
const AVERAGE = /\b(?:average|baseline|norm)\b|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b/u;

/**
 * The claim's baseline, when it is of another kind than the one the figure's label names (a year against an
 * average) or another year; undefined when either names none.
 */
function baselineMismatch(lower: string, label: string): string | undefined {
  const claimed = CLAIM_BASELINE.exec(lower)?.[1];
  if (!claimed) return undefined;
  const labelled = label.toLowerCase();
  const labelAverage = AVERAGE.test(labelled);
  const labelYear = /\b(?:19|20)\d\d\b|\bprevious year\b|\blast year\b/u.test(labelled) && !labelAverage;
  if (!labelAverage && !labelYear) return undefined;
  const claimAverage = AVERAGE.test(claimed);
  if (claimAverage !== labelAverage) return claimed;
  // Two years: the same one ("than in 2022" of "from 2022 to 2023").
  const year = /\b(?:19|20)\d\d\b/u.exec(claimed)?.[0];
  if (!claimAverage && year && !labelled.includes(year)) return claimed;
  return undefined;
}

/** The verdict once the claim's figure agrees with a fact's: attribution, then scope, then supported. */
export function agreeing(
  index: FactIndex,
  reading: Reading,
  fact: IndexedFact,
  figure: FactFigure,
): ClaimCheck {
  const check = agreeingVerdict(index, reading, fact, figure);
  // A figure the source gives for something the claim never names, said of a base or subject the source has no
  // figure for ("1 in 5 grooming victims were boys" of Snapchat's 20 percent, "a third of parents don't know which
  // apps their kids use" of Instagram's third): the same number by chance, about something the source does not cover.
  if (
    check.verdict === 'different_scope' &&
    (check.dimension === 'base' || check.dimension === 'subject') &&
    !(reading.figures[0] && distinctive(reading.figures[0])) &&
    namesNothingOf(index, reading, fact)
  )
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource('what this claim describes', coverageOf(index)),
    );
  return check;
}

/** Share of a pack's facts a word may name and still be a word of one fact's own measure. */
const OWN_MEASURE_SHARE = 0.5;

/** The claim names none of the fact's subjects (its apps, groups, people) and no word of its own measure. */
function namesNothingOf(index: FactIndex, reading: Reading, fact: IndexedFact): boolean {
  const { subjects } = fact.fact;
  if (subjects.length === 0 || subjects.some((id) => reading.analysis.entities.includes(id))) return false;
  return !reading.analysis.terms.some(
    (t) => !t.startsWith('@') && fact.heads.has(t) && !isTopicWide(index, fact.pack, t, OWN_MEASURE_SHARE),
  );
}

function agreeingVerdict(
  index: FactIndex,
  reading: Reading,
  fact: IndexedFact,
  figure: FactFigure,
): ClaimCheck {
  // (The direction of the figure agreed with first: "18% fewer than the 2015-2019 average" is the fact's fall, not
  // its rise from 2022.)
  const said = figure.direction ?? factDirection(fact);
  const claimed = directionOf(reading.lower);
  if (said && claimed && said !== claimed && (figure.kind === 'duration' || figure.kind === 'change'))
    return verdict(reading, 'contradicted', explain.wrongDirection(fact, claimed, figure), fact, figure);
  // "Serious injuries fell to 238" where the source says they rose to it (a count of the fact's own period).
  const movedClaim = reading.figures[0];
  const movedWay =
    figure.kind === 'count' && movedClaim && !figure.figure.period
      ? movedTo(reading.lower, movedClaim.start)
      : undefined;
  const sourceMoved = movedWay ? countMoved(fact, reading.lower) : undefined;
  if (movedWay && sourceMoved && movedWay !== sourceMoved)
    return verdict(
      reading,
      'contradicted',
      explain.opposite(sourceMoved === 'rise' ? 'increased' : 'fell', fact),
      fact,
      figure,
    );
  // "Stayed flat for three years" where the source says it rose each year.
  if (said && FLAT.test(reading.lower))
    return verdict(
      reading,
      'contradicted',
      explain.opposite(said === 'rise' ? 'increased' : 'fell', fact),
      fact,
      figure,
    );
  const wrongSpeaker = speakerVerdict(index, reading, fact, figure);
  if (wrongSpeaker) return wrongSpeaker;
  // A change of another measure than the figure's own: "11% more cyclists were killed" of the 11% rise in cyclist
  // casualties, "there were 6% more deaths" of all casualties' 6%. (The figure's label says what changed.)
  if (figure.kind === 'change') {
    // (Words of the label or of the quote itself are the figure's: "during lockdown" of the lockdown rise.)
    const labelled = new Set(analyseText(figure.figure.label, index.vocab, false).terms);
    const quote = quoteTerms(index, fact);
    const other = reading.analysis.terms.filter(
      (t) => !t.startsWith('@') && isMeasureWord(index, fact, t) && !labelled.has(t) && !quote.has(t),
    );
    if (other.length > 0)
      return scopeVerdict(
        reading,
        {
          dimension: 'subject',
          claimSays: `what the claim describes (${other.join(', ')})`,
          sourceSays: figure.figure.label,
        },
        fact,
        figure,
      );
  }
  // A share of one base said of another the same fact gives a share of ("a quarter of all casualties were
  // motorcyclists", where the quarter is of those killed or seriously injured and a tenth of all casualties): the
  // other share's label fits the claim's words better.
  if (figure.kind === 'share') {
    const wordsMet = (label: string) => baseWordsOf(label).filter((w) => reading.lower.includes(w)).length;
    const own = wordsMet(figure.figure.label);
    const better = factFigures(fact).find(
      (g) => g !== figure && g.kind === 'share' && wordsMet(g.figure.label) > own,
    );
    if (better)
      return scopeVerdict(
        reading,
        { dimension: 'base', claimSays: better.figure.label, sourceSays: figure.figure.label },
        fact,
        figure,
      );
  }
  // A change set against another baseline than the source's ("18% lower than last year" of a fall below the
  // 2015-2019 average; "6% higher than the pre-covid average" of a rise from 2022).
  const baseline =
    figure.kind === 'change' ? baselineMismatch(reading.lower, figure.figure.label) : undefined;
  if (baseline)
    return scopeVerdict(
      reading,
      { dimension: 'period', claimSays: baseline, sourceSays: figure.figure.label },
      fact,
      figure,
    );
  const opposite = oppositeWord(reading.lower, fact);
  if (opposite) return verdict(reading, 'contradicted', explain.opposite(opposite, fact), fact, figure);
  const shift = scopeOf(index, reading, fact, figure);
  if (shift) return scopeVerdict(reading, shift, fact, figure);
  // A figure for another period than its fact's (the 2022 count, the 2015-2019 average), claimed with no period and
  // no word that sets it against another ("road deaths were 23", "Eastmoor had 1,482 road casualties"), is read as the
  // release's own period: the source gives it for another.
  const own = figure.figure.period;
  if (own && reading.analysis.years.length === 0 && !OTHER_PERIOD_CUE.test(reading.lower))
    return verdict(
      reading,
      'different_scope',
      `The source gives ${figure.figure.display} for ${own.label}, not for the period it reports (${fact.fact.period?.label ?? 'its own'}).`,
      fact,
      figure,
      { dimension: 'period' },
    );
  // The figure is the fact's, but the claim talks about something else ("more than 100 countries").
  const counted = countedNoun(index, reading, fact);
  // (What the figure's own label counts is no other thing: "19 people were killed" for "people killed".)
  const labelWords = new Set(analyseText(withoutAgent(figure.figure.label), index.vocab, false).terms);
  const ownCount =
    counted !== undefined && analyseText(counted, index.vocab, false).terms.every((t) => labelWords.has(t));
  if (counted && !ownCount) {
    const people = PEOPLE_WORDS.test(counted);
    const shift = {
      dimension: people ? ('base' as const) : ('subject' as const),
      claimSays: counted,
      sourceSays: figure.figure.label,
    };
    return scopeVerdict(reading, shift, fact, figure);
  }
  if (contentFit(fact, reading.analysis) < CONTENT_FIT) {
    const claimed = reading.figures[0];
    if (claimed && (distinctive(claimed) || reading.ranked[0]?.fact === fact)) {
      const people = PEOPLE_WORDS.test(reading.lower);
      const shift = {
        dimension: people ? ('base' as const) : ('subject' as const),
        claimSays: people
          ? 'people rather than cases'
          : `what the claim describes (${uncoveredTerms(fact, reading.analysis).slice(0, 4).join(', ')})`,
        sourceSays: figure.figure.label,
      };
      return scopeVerdict(reading, shift, fact, figure);
    }
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource('what this claim describes', coverageOf(index)),
    );
  }
  // A person the claim ties to the figure whom its fact never names ("the open letter… was addressed to Boris
  // Johnson"): the source says it of someone else. (Who said it is the speaker check's.)
  // …or an organisation in place of the fact's own ("the open letter … was led by the National Police Chiefs'
  // Council" of the letter the NSPCC led).
  const kindOf = (id: string) => index.entityKinds.get(id);
  const ownOrganisation = [...fact.entities].some((id) => kindOf(id) === 'organisation');
  const stranger = reading.analysis.entities.find(
    (id) =>
      !fact.entities.has(id) &&
      (kindOf(id) === 'person' || (kindOf(id) === 'organisation' && ownOrganisation)),
  );
  if (stranger)
    return verdict(
      reading,
      'contradicted',
      `The source does not say this of ${index.entityNames.get(stranger) ?? stranger}: ${fact.fact.statement}`,
      fact,
      figure,
    );
  // A group, platform, product or topic the claim gives the figure to must be the figure's own: "148 pedestrians
  // were hurt" is not the 148 cyclists, nor "19 cyclists were killed" the 19 people killed (2 of them cyclists).
  const misplaced = groupMisplaced(index, reading, fact, figure);
  if (misplaced) return misplaced;
  // Supported only when everything the claim says about the figure is in the fact: one stray topic word, or a
  // measure the source has no figure for ("children under 13"), leaves it weaker.
  // (A lead before a colon is set aside only when it passes the claim on — "as your councillor I wanted to flag…",
  // "Uni Safeguarding Soc here:" — and names no scope; "Sexting cases:" says what the figure counts.)
  const core = claimCore(
    reading.clause,
    reading.figures[0]?.start ?? 0,
    (lead) => !PASSES_ON.test(lead.toLowerCase()) || namesScopeOf(index, lead, true),
  );
  const nouns = new Set(
    analyseText(
      nounsOf(core)
        .filter((w) => !QUALIFIER_WORDS.has(w) && !isChatTypo(w, core, fact.weights))
        .join(' '),
      index.vocab,
      true,
    ).terms,
  );
  // (Which way a change went, "Grooming Crimes Soar 10%", "shot up", is the direction check's, not a subject.)
  const moved = factDirection(fact)
    ? new Set(analyseText(directionWords(core.toLowerCase()).join(' '), index.vocab, true).terms)
    : new Set<string>();
  const stray = strayTerms(fact, analyseText(core, index.vocab, true), nouns, core).filter(
    (t) => !moved.has(t),
  );
  const measure = reading.analysis.measures[0];
  if (stray.length > 0 || measure) {
    const people = PEOPLE_WORDS.test(reading.lower) && !PEOPLE_WORDS.test(figure.figure.label);
    const shift = {
      dimension: people ? ('base' as const) : ('subject' as const),
      claimSays: measure ? measure.topic : `what the claim adds (${stray.slice(0, 4).join(', ')})`,
      sourceSays: figure.figure.label,
    };
    return scopeVerdict(reading, shift, fact, figure);
  }
  // A count said of a narrower measure than its own ("1,214 road deaths" of the 1,214 killed or injured).
  const countFigure = reading.figures[0];
  const narrower = countFigure && narrowedMeasure(index, fact, figure, reading.lower.slice(countFigure.end));
  if (narrower)
    return verdict(
      reading,
      'different_scope',
      explain.scope(
        {
          dimension: 'subject',
          claimSays: `what the claim counts (${typedWord(index, reading.lower, narrower)})`,
          sourceSays: figure.figure.label,
        },
        figure,
        fact,
      ),
      fact,
      figure,
      { dimension: 'subject' },
    );
  // "over half of ALL online crime" of a figure for online child grooming crimes: the claim widens what is counted.
  const widened = widenedBase(reading.lower, figure.figure.label);
  if (widened)
    return scopeVerdict(
      reading,
      { dimension: 'base', claimSays: widened, sourceSays: figure.figure.label },
      fact,
      figure,
    );
  if (NEGATED.test(reading.lower))
    return verdict(
      reading,
      'contradicted',
      `The source says the opposite: ${fact.fact.statement}`,
      fact,
      figure,
    );
  return verdict(
    reading,
    'supported',
    explain.supported(figure, fact, reading.figures[0]?.raw ?? null),
    fact,
    figure,
  );
}

/**
 * "all (online) crime", "all offences": what the claim says the figure is of, when the figure's label qualifies the same
 * noun with words the claim drops ("online child grooming crimes").
 */
function widenedBase(lower: string, label: string): string | undefined {
  const all = /\ball (?:of )?(?:the )?((?:[a-z-]+ ){0,2}(crime|offence|case|abuse|incident)s?)\b/u.exec(
    lower,
  );
  if (!all?.[1] || !all[2]) return undefined;
  const qualifiers = new RegExp(String.raw`((?:[a-z-]+ ){1,3})${all[2]}s?\b`, 'u').exec(
    label.toLowerCase(),
  )?.[1];
  const dropped = (qualifiers ?? '')
    .split(' ')
    .filter((w) => w.length > 3 && !['share', 'with', 'from', 'which', 'that', 'their'].includes(w))
    .filter((w) => !lower.includes(w));
  return dropped.length > 0 ? `all ${all[1]}` : undefined;
}

/** A thing singled out: "on Facebook-owned apps alone", "only on Instagram", "Snapchat by itself". */
const ALONE = /\b(?:alone|only|by itself|on (?:its|their) own|exclusively|specifically)\b/u;

/** Words that set a figure against another period: "down from 23", "the average", "the year before". */
const OTHER_PERIOD_CUE =
  /\b(?:from|average|averaged|averages|avg|baseline|previous|prior|earlier|before|last year|the year before|compared|compare|against|vs|versus|had been)\b/u;

/** The words of a figure's label that can say which base a share is of ("all", "road", "killed", "ksi"). */
function baseWordsOf(label: string): string[] {
  return (label.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((w) => w.length > 2 && !LABEL_FILLER.has(w));
}
const LABEL_FILLER: ReadonlySet<string> = new Set(
  'share who were was the and for with which that from cases used'.split(' '),
);

/** A lead that passes a claim on: who is writing ("I", "we", "here") or a verb of passing on ("flag", "share"). */
const PASSES_ON =
  /\b(?:i|i'm|i've|i'd|we|we're|we've|our|my|us|you|your|here)\b|\b(?:flag\w*|shar(?:e|es|ed|ing)|pass(?:ing|ed)? on|forward\w*|remind\w*|highlight\w*|summar\w*|not(?:e|ed|es|ing))\b/u;

/** A company referred to rather than named: "the firm", "the tech giant", "the company". */
const REFERS_TO_COMPANY =
  /\b(?:the|this|that) (?:firm|company|tech (?:giant|firm|company)|social (?:network|media (?:giant|firm|company))|platform|site)\b/u;
const COMPANY_KINDS: ReadonlySet<string> = new Set(['platform', 'organisation']);

/** Whether the claim's words hold the first word of a group's name ("children" of "Children under 16"). */
function namesGroupHead(index: FactIndex, id: string, terms: readonly string[]): boolean {
  const head = /^\p{L}{4,}/u.exec(foldText(index.entityNames.get(id) ?? ''))?.[0];
  if (head === undefined) return false;
  const own = analyseText(head, index.vocab, false).terms.filter((t) => !t.startsWith('@'));
  return own.some((t) => terms.includes(t));
}

/** The verdict when the claim gives the figure to a counted thing (a group, a platform…) that it is not for. */
function groupMisplaced(
  index: FactIndex,
  reading: Reading,
  fact: IndexedFact,
  figure: FactFigure,
): ClaimCheck | undefined {
  const named = countedThings(index, reading.analysis.entities);
  const labelled = (label: string) => new Set(analyseText(label, index.vocab, false).entities);
  const own = labelled(`${figure.figure.label} ${figure.figure.display}`);
  const ownCounted = countedThings(index, own);
  const others = factFigures(fact).filter((f) => f !== figure);
  // A figure for one group said of everyone ("casualties rose 11 per cent" for cyclists' rise).
  if (named.length === 0) {
    // (…a figure for one group, said of no group: "no platform data for a third of the cases" is not Instagram's.)
    if (ownCounted.length !== 1) return undefined;
    // (…nor said of the group by the head word of its name: "21 children were killed or seriously injured" of the
    // group "Children under 16".)
    if (namesGroupHead(index, ownCounted[0] as string, reading.analysis.terms)) return undefined;
    // "The firm said over 97%…": a company referred to, not named, is the one the figure is for.
    if (
      REFERS_TO_COMPANY.test(reading.lower) &&
      COMPANY_KINDS.has(index.entityKinds.get(ownCounted[0] ?? '') ?? '')
    )
      return undefined;
    const shift = {
      dimension: 'subject' as const,
      claimSays: 'everyone it counts',
      sourceSays: figure.figure.label,
    };
    return scopeVerdict(reading, shift, fact, figure);
  }
  // A figure labelled by no counted thing belongs to whatever the fact is about, unless the fact gives that thing
  // a figure of its own (the 19 killed, of whom 2 were cyclists).
  // "…on Facebook-owned apps alone": a thing the claim singles out is a subject the figure must be labelled with.
  const singled = ALONE.test(reading.lower);
  const stray = named.find((id) =>
    ownCounted.length > 0
      ? !own.has(id)
      : singled || !fact.entities.has(id) || others.some((f) => labelled(f.figure.label).has(id)),
  );
  if (!stray) return undefined;
  const name = index.entityNames.get(stray) ?? stray;
  const theirs = others.find((f) => labelled(f.figure.label).has(stray));
  if (theirs)
    return verdict(
      reading,
      'contradicted',
      `The source gives ${theirs.figure.display} for ${name} (${theirs.figure.label}); ${figure.figure.display} is ${figure.figure.label}.`,
      fact,
      theirs,
    );
  const shift = { dimension: 'subject' as const, claimSays: name, sourceSays: figure.figure.label };
  return scopeVerdict(reading, shift, fact, figure);
}
