// Checks a clause that states a figure: finds the fact whose figure it is, or the fact it misstates.

import { foldText } from '../../text/normalise.js';
import { namesOf } from '../decide/entity-profile.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { isTopicWide } from '../retrieve/topic-words.js';
import { analyseText } from '../understand/analyse.js';
import { agreeing } from './agreeing.js';
import { GROUP } from './claim-scope.js';
import { CASE_WORDS, contentFit } from './content-fit.js';
import { countedNoun, YOUNG_PEOPLE } from './counted-noun.js';
import { explain } from './explain.js';
import type { ClaimedFigure } from './read-figure.js';
import {
  CONTENT_FIT,
  coverageOf,
  distinctive,
  PEOPLE_WORDS,
  type Reading,
  scopeOf,
  TOPICAL,
  verdict,
} from './reading.js';
import { type FactFigure, factFigures } from './source-figures.js';
import { fitFigure } from './tolerance.js';
import type { ClaimCheck } from './types.js';

function sameKind(figure: ClaimedFigure, f: FactFigure): boolean {
  return f.kind === figure.kind;
}

function platformsOf(index: FactIndex, fact: IndexedFact): string[] {
  return [...fact.entities].filter((id) => index.entityKinds.get(id) === 'platform');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === new Set(b).size && a.every((x) => b.includes(x));
}

/** The fact's platforms include every platform the claim names. */
function namesFit(index: FactIndex, fact: IndexedFact, platforms: readonly string[]): boolean {
  return platforms.every((id) => fact.entities.has(id) && index.entityKinds.get(id) === 'platform');
}

/** Whether the label counts the kind of people the claim names (or the claim names none). */
function saysPeople(lower: string, label: string): boolean {
  const named = PEOPLE_WORDS.exec(lower)?.[0];
  if (named === undefined) return true;
  // (Kids, children and young people are one kind: "two kids were killed" of the children killed.)
  const kind = YOUNG.test(named) ? YOUNG.source : `\\b${named}\\b`;
  return new RegExp(kind, 'iu').test(label);
}

/** Words for children and young people. */
const YOUNG = new RegExp(String.raw`\b(?:child|${YOUNG_PEOPLE})\b`, 'u');

/** How many words naming a fact's measure (not its pack's topic) a claim does not use. */
function unnamedHeads(index: FactIndex, fact: IndexedFact, terms: readonly string[]): number {
  return [...fact.heads].filter(
    (t) => !t.startsWith('@') && !terms.includes(t) && !isTopicWide(index, fact.pack, t, MEASURE_WORD_SHARE),
  ).length;
}

/** How much better a fact for everyone must fit a claim's words than the group's to be what the claim misstates. */
const WHOLE_MARGIN = 0.2;

/** How close in score a figure the source states exactly must be to go before a bound ("over half"). */
const EXACT_MARGIN = 0.1;

/**
 * The best candidate, or a close one the source states exactly: a wrong figure ("70% were on Facebook's apps") is
 * measured against "51 percent", not against the headline's "over half" for the same apps.
 */
function exactFirst<T extends { figure: FactFigure; score: number }>(
  candidates: readonly T[],
): T | undefined {
  const [best] = candidates;
  if (!best?.figure.lowerBound) return best;
  return candidates.find((c) => !c.figure.lowerBound && c.score >= best.score - EXACT_MARGIN) ?? best;
}

/**
 * How many of the claim's words a figure's label names ("two children died": the one child killed names "killed",
 * the 98 child casualties nothing the claim says).
 */
function labelFit(index: FactIndex, said: ReadonlySet<string>, figure: FactFigure): number {
  return analyseText(figure.figure.label, index.vocab, false).terms.filter(
    (t) => !/^\d/u.test(t) && said.has(t),
  ).length;
}

/** Every term a claim says, its entities as the index writes them ("@instagram"): what a figure's label may name. */
function termsSaid(analysis: Reading['analysis']): ReadonlySet<string> {
  return new Set([...analysis.terms, ...analysis.optionalTerms, ...analysis.entities.map((id) => `@${id}`)]);
}

/** Whether a figure with a period of its own (a comparison year, an average) lies outside every year named. */
function outsideYears(f: FactFigure, years: readonly number[]): boolean {
  const period = f.figure.period;
  if (years.length === 0 || !period?.from) return false;
  const from = Number(period.from.slice(0, 4));
  const to = Number((period.to ?? period.from).slice(0, 4));
  return !years.some((y) => y >= from && y <= to);
}

/** A word more of a pack's facts use than this names its topic, not one fact's measure. */
const MEASURE_WORD_SHARE = 0.3;

/**
 * Of several candidate figures, not one a fact labels with another group when the same fact has a figure for the group
 * the claim names ("8 were car occupants … 4 were pedestrians": "8 pedestrians were killed" is not the car occupants' 8).
 */
function ofGroupNamed<T extends { fact: IndexedFact; figure: FactFigure }>(
  index: FactIndex,
  entities: readonly string[],
  candidates: readonly T[],
): T[] {
  const claimed = entities.filter((id) => index.entityKinds.get(id) === 'group');
  if (claimed.length === 0) return [...candidates];
  const names = (f: FactFigure, groups: readonly string[]) => {
    const label = ` ${foldText(f.figure.label)} `;
    return groups.some((g) => namesOf(index, g).some((name) => label.includes(` ${foldText(name)} `)));
  };
  return candidates.filter((c) => {
    const others = c.fact.fact.subjects.filter(
      (id) => index.entityKinds.get(id) === 'group' && !claimed.includes(id),
    );
    return !(names(c.figure, others) && factFigures(c.fact).some((f) => names(f, claimed)));
  });
}

export function checkFigure(index: FactIndex, reading: Reading, figure: ClaimedFigure): ClaimCheck {
  const { analysis, ranked, platforms } = reading;
  const cover = coverageOf(index);
  const displayNames = (ids: readonly string[]) => ids.map((id) => index.entityNames.get(id) ?? id);
  const uncoveredPlatform = analysis.uncovered.find((u) => u.kind === 'platform');
  const uncoveredPlace = analysis.uncovered.find((u) => u.kind === 'place');
  const owners = index.facts.flatMap((fact) =>
    factFigures(fact)
      .filter((f) => sameKind(figure, f) && fitFigure(figure, f) === 'match')
      .map((f) => ({ fact, figure: f })),
  );
  const topical = ranked.filter((s) => s.score >= TOPICAL);
  // A fact's figures, those whose label names more of the claim's words first, else in the fact's order.
  const said = termsSaid(analysis);
  const withKind = topical.flatMap((s) =>
    factFigures(s.fact)
      .filter((f) => sameKind(figure, f))
      .map((f, i) => ({ fact: s.fact, figure: f, score: s.score, fit: labelFit(index, said, f), i }))
      .sort((a, b) => b.fit - a.fit || a.i - b.i),
  );
  // A sum of money is checked only against a fact that gives one ("£96.4 million"); no other fact has a figure for it.
  if (figure.kind === 'money' && withKind.length === 0)
    return verdict(reading, 'not_in_source', explain.notInSource('money, fines or costs', cover));
  const measure =
    analysis.measures.find((m) => !topical[0]?.fact.weights.has(m.term)) ?? analysis.measures[0];
  if (measure && !owners.some((o) => topical.some((t) => t.fact === o.fact)))
    return verdict(reading, 'not_in_source', explain.notInSource(measure.topic, cover));
  if (uncoveredPlatform) {
    const owner = owners.find((o) => topical.some((t) => t.fact === o.fact));
    if (owner)
      return verdict(
        reading,
        'different_scope',
        explain.scope(
          { dimension: 'subject', claimSays: uncoveredPlatform.name, sourceSays: owner.figure.figure.label },
          owner.figure,
          owner.fact,
        ),
        owner.fact,
        owner.figure,
        { dimension: 'subject' },
      );
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(
        uncoveredPlatform.name,
        `it covers ${index.packs.flatMap((p) => p.pack.covers.platforms).join(', ')}.`,
      ),
    );
  }
  // The fact the claim is about: one that names every platform the claim names, with a figure of the same kind.
  const named = withKind.filter((c) => namesFit(index, c.fact, platforms));
  // A platform with a figure of its own is checked against that figure, not the group's ("Instagram in half").
  const own = GROUP.test(reading.lower)
    ? []
    : named.filter(
        (c) =>
          platforms.length > 0 &&
          !GROUP.test(c.fact.fact.quote.toLowerCase()) &&
          sameSet(platformsOf(index, c.fact), platforms),
      );
  // A group with a figure of its own in a fact that lists several ("8 were car occupants, 5 were motorcyclists, 4 were
  // pedestrians") is checked against its own figure: "8 pedestrians were killed" is not the car occupants' 8.
  const fitting = ofGroupNamed(index, analysis.entities, own.length > 0 ? own : named);
  // A figure for another period than the year the claim names ("more than 1,400 casualties in 2023" is not the
  // 2015-2019 average of 1,482, nor "488 … in 2023" the 2022 rate) agrees with nothing.
  const inYears = (c: { figure: FactFigure }) => !outsideYears(c.figure, analysis.years);
  // (Not a figure whose label names nothing the claim says when another of its fact's does: "the child KSI figure was
  // 98" is the 21 children killed or seriously injured misstated, not the 98 child casualties; "21 people were killed"
  // stays the children's 21 moved to everyone, for the people the other figure does not count.)
  const agreeingCandidate = fitting.find(
    (c) =>
      fitFigure(figure, c.figure) === 'match' &&
      inYears(c) &&
      !(
        c.fit === 0 &&
        fitting.some(
          (o) => o.fact === c.fact && o.fit > 0 && saysPeople(reading.lower, o.figure.figure.label),
        )
      ),
  );
  const best = exactFirst(fitting);
  // (Not one that lacks a word naming the best fact's measure that the claim uses: "KSI was 30% below the 2015-19
  // average" is the KSI figure wrong, not the deaths' 28% fall.)
  const namesBestsMeasure =
    agreeingCandidate &&
    best &&
    best.fact !== agreeingCandidate.fact &&
    analysis.terms.some(
      (t) =>
        !t.startsWith('@') &&
        !CASE_WORDS.has(t) &&
        best.fact.heads.has(t) &&
        !agreeingCandidate.fact.weights.has(t) &&
        !isTopicWide(index, best.fact.pack, t, MEASURE_WORD_SHARE),
    );
  if (
    agreeingCandidate &&
    (!best || agreeingCandidate.score >= best.score - 0.25) &&
    !(namesBestsMeasure && best && best.score > agreeingCandidate.score)
  ) {
    const agreed = agreeing(index, reading, agreeingCandidate.fact, agreeingCandidate.figure);
    // A group's figure said of everyone ("21 people were killed" of the 21 children killed or seriously injured),
    // where a fact whose words fit the claim clearly better gives its own figure for everyone: a wrong count of that, not
    // the group's figure moved. (A period moved, "12,925 cases between April and June", stays different_scope.)
    // (A change said of everyone that one group's change fits, "casualties rose 10%" of the cyclists' 11 per cent,
    // is measured against everyone's change where that fits the claim's words as well.)
    // (A group: any subject that is not a place, body or person — cyclists, a platform.)
    const isGroup = (id: string) =>
      !['place', 'organisation', 'person'].includes(index.entityKinds.get(id) ?? '');
    const namesOtherGroup = (f: IndexedFact) =>
      [...f.entities].some((id) => isGroup(id) && !analysis.entities.includes(id));
    // …only when the claim names no group the agreeing fact lacks ("rose 6 per cent, driven by cyclists" is said of
    // everyone, and the cyclists are a second claim).
    const groupsChange =
      agreed.dimension === 'subject' &&
      figure.kind === 'change' &&
      !analysis.entities.some((id) => isGroup(id) && !agreeingCandidate.fact.entities.has(id));
    const whole =
      agreed.verdict === 'different_scope' && (agreed.dimension === 'base' || groupsChange)
        ? fitting
            .filter(
              (c) =>
                c.fact !== agreeingCandidate.fact &&
                inYears(c) &&
                fitFigure(figure, c.figure) === 'mismatch' &&
                // …counting the people the claim names ("people" killed), not cases or offences of its "victims".
                saysPeople(reading.lower, c.figure.figure.label) &&
                // (Everyone's change is no other group's: not the cyclists' 11 per cent for "casualties rose 8%".)
                !(groupsChange && namesOtherGroup(c.fact)) &&
                contentFit(c.fact, analysis) >=
                  Math.max(
                    CONTENT_FIT,
                    contentFit(agreeingCandidate.fact, analysis) + (groupsChange ? 0 : WHOLE_MARGIN),
                  ),
            )
            // (The one whose words fit best, then the one naming least the claim does not: everyone's change before
            // the slight injuries' of the same size.)
            .sort(
              (a, b) =>
                contentFit(b.fact, analysis) - contentFit(a.fact, analysis) ||
                unnamedHeads(index, a.fact, analysis.terms) - unnamedHeads(index, b.fact, analysis.terms) ||
                b.score - a.score,
            )[0]
        : undefined;
    if (!whole) return agreed;
    return verdict(
      reading,
      'contradicted',
      explain.wrongFigure(figure, whole.figure, false),
      whole.fact,
      whole.figure,
    );
  }
  if (!best) {
    if (uncoveredPlace)
      return verdict(reading, 'not_in_source', explain.notInSource(uncoveredPlace.name, cover));
    const near = topical[0];
    if (near && owners.length > 0) {
      const owner =
        owners.find((o) => o.fact === near.fact) ??
        owners.find((o) => topical.some((t) => t.fact === o.fact)) ??
        owners.find((o) => platforms.some((id) => o.fact.entities.has(id)));
      if (owner) return agreeing(index, reading, owner.fact, owner.figure);
    }
    // A fragment ("1.2k in apr-jun", "rose 10% during it"): a figure only one fact gives is about that fact.
    const lone = owners.length === 1 ? owners[0] : undefined;
    if (
      lone &&
      (distinctive(figure) || figure.kind === 'change') &&
      platforms.every((id) => lone.fact.entities.has(id))
    )
      return agreeing(index, reading, lone.fact, lone.figure);
    // A share read as a change or the other way ("one in ten children" for "a ten percent rise").
    const otherKind = topical.flatMap((t) =>
      factFigures(t.fact)
        .filter(
          (f) =>
            (f.kind === 'share' || f.kind === 'change') &&
            (figure.kind === 'share' || figure.kind === 'change'),
        )
        .filter((f) => f.kind !== figure.kind && fitFigure({ ...figure, qualifier: 'bare' }, f) === 'match')
        .map((f) => ({ fact: t.fact, figure: f })),
    )[0];
    if (otherKind)
      return verdict(
        reading,
        'different_scope',
        explain.scope(
          {
            dimension: 'base',
            claimSays: figure.kind === 'share' ? 'a share' : 'a change',
            sourceSays: otherKind.figure.figure.label,
          },
          otherKind.figure,
          otherKind.fact,
        ),
        otherKind.fact,
        otherKind.figure,
        { dimension: 'base' },
      );
    const what = near
      ? `this (it gives ${near.fact.fact.figures.map((f) => f.display).join(', ') || 'no figure'} on ${near.fact.fact.title.toLowerCase()})`
      : 'this';
    return verdict(reading, 'not_in_source', explain.notInSource(what, cover), near?.fact);
  }
  // The figure is another fact's: the claim moved it ("12,925 cases between April and June").
  const owner = owners.find(
    (o) => o.fact !== best.fact && topical.some((t) => t.fact === o.fact) && distinctive(figure),
  );
  if (owner && platforms.length === 0) {
    const shift = scopeOf(index, reading, owner.fact);
    if (shift)
      return verdict(
        reading,
        'different_scope',
        explain.scope(shift, owner.figure, owner.fact),
        owner.fact,
        owner.figure,
        {
          dimension: shift.dimension,
        },
      );
  }
  // …or moved it to a platform the figure is not for ("97% of grooming on WhatsApp gets caught" of Facebook's 97 percent
  // of child exploitation content it removes).
  // (Only for platforms with no figure of that kind of their own: "Snapchat in a third" is Snapchat's 20 percent
  // misstated, not Instagram's "over a third" moved.)
  const ownFigure = () =>
    index.facts.some(
      (f) => sameSet(platformsOf(index, f), platforms) && factFigures(f).some((g) => sameKind(figure, g)),
    );
  if (
    owner &&
    platforms.length > 0 &&
    !platforms.every((id) => owner.fact.entities.has(id)) &&
    !ownFigure()
  ) {
    const names = displayNames(platforms).join(' and ');
    return verdict(
      reading,
      'different_scope',
      explain.scope(
        { dimension: 'subject', claimSays: names, sourceSays: owner.figure.figure.label },
        owner.figure,
        owner.fact,
      ),
      owner.fact,
      owner.figure,
      { dimension: 'subject' },
    );
  }
  if (uncoveredPlace)
    return verdict(reading, 'not_in_source', explain.notInSource(uncoveredPlace.name, cover));
  // A different figure for a scope the source does not give ("a 30% rise in Wales"): nothing to check it against.
  const moved = scopeOf(index, reading, best.fact);
  if (moved && moved.dimension !== 'subject' && !moved.loose)
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(moved.claimSays, `it gives ${best.figure.figure.display} for ${moved.sourceSays}.`),
      best.fact,
      best.figure,
    );
  // A wrong figure for one member of a group the source gives only together ("WhatsApp alone was in 15% of cases" of
  // Facebook, WhatsApp and Instagram's 51 percent): the source has no figure for that member to contradict.
  const together = platformsOf(index, best.fact);
  if (
    platforms.length > 0 &&
    !GROUP.test(reading.lower) &&
    platforms.every((id) => together.includes(id)) &&
    together.length > platforms.length &&
    fitFigure(figure, best.figure) !== 'match'
  ) {
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(
        `${displayNames(platforms).join(' and ')} on its own`,
        `it gives ${best.figure.figure.display} for ${displayNames(together).join(', ')} together.`,
      ),
      best.fact,
      best.figure,
    );
  }
  const counted = countedNoun(index, reading, best.fact);
  if (contentFit(best.fact, reading.analysis) < CONTENT_FIT || counted)
    return verdict(
      reading,
      'not_in_source',
      explain.notInSource(counted ?? 'what this claim describes', cover),
    );
  if (
    figure.kind === 'change' &&
    figure.direction &&
    best.figure.direction &&
    figure.direction !== best.figure.direction
  )
    return verdict(
      reading,
      'contradicted',
      explain.wrongDirection(best.fact, figure.direction, best.figure),
      best.fact,
      best.figure,
    );
  const fit = fitFigure(figure, best.figure);
  return verdict(
    reading,
    'contradicted',
    explain.wrongFigure(figure, best.figure, fit === 'unsure'),
    best.fact,
    best.figure,
  );
}
