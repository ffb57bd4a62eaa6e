// Periods named by an event rather than by dates: "before lockdown", "during the pandemic", "post-lockdown". The
// events are the ones the packs' own period labels name, so any pack's events work the same way.
import { isChangeFigure } from '../../pack/change.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { NUMBER_WORD_VALUES } from '../../text/numbers.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';
import { spanMonths } from '../understand/period.js';

type Relation = 'before' | 'during' | 'after';

const RELATION_WORDS: Record<Relation, string> = {
  before: `before|b4|befor|prior to|pre-?|ahead of|until|leading up to|in the run-up to|preceding|running up to`,
  during: `during|throughout|amid|in|under`,
  after: `after|post-?|since|following|once`,
};

const events = new WeakMap<FactIndex, string[]>();

/** The events the packs' period labels are relative to ("lockdown", "pandemic"), built once per index. */
function eventsOf(index: FactIndex): string[] {
  let found = events.get(index);
  if (!found) {
    const names = new Set<string>();
    for (const f of index.facts) {
      const label = (f.fact.period?.label ?? '').toLowerCase();
      for (const m of label.matchAll(
        /\b(?:during|before|after|prior to|since) (?:the )?(?:[\w-]+ )?([a-z][\w-]{3,})/gu,
      ))
        if (m[1]) names.add(m[1]);
    }
    found = [...names];
    events.set(index, found);
  }
  return found;
}

/** `build`, run once per event name: the patterns below are built from the event's name on first use. */
function perEvent<T>(build: (event: string) => T): (event: string) => T {
  const built = new Map<string, T>();
  return (event) => {
    let found = built.get(event);
    if (found === undefined) {
      found = build(event);
      built.set(event, found);
    }
    return found;
  };
}

/** The patterns that place something before, during or after one event. */
const patternsFor = perEvent(
  (event): Array<[Relation, RegExp]> =>
    (Object.keys(RELATION_WORDS) as Relation[]).map((relation) => [
      relation,
      new RegExp(
        String.raw`\b(?:${RELATION_WORDS[relation]})\s*(?:the |this |that )?(?:[\w-]+ )?${escapeRegExp(event)}\b`,
        'u',
      ),
    ]),
);

/** "once lockdown began", "since the lockdown started": from the event's start, which is during it, not after it. */
const startOf = perEvent(
  (event) =>
    new RegExp(
      String.raw`\b(?:once|after|since|when) (?:the )?(?:[\w-]+ )?${escapeRegExp(event)} (?:began|begun|started|hit|kicked in|came in|took effect|was (?:imposed|announced|introduced))\b`,
      'gu',
    ),
);

/**
 * Words naming a time beside an event's ("part of a longer trend", "the three years prior", "rising for years"): with
 * any of them, the event's name as a modifier names the event, not the only time asked about.
 */
const OTHER_TIME =
  /\b(?:trends?|one[- ]off|prior|before|b4|befor|earlier|previous(?:ly)?|past|already|longer[- ]term|continu\w*|since|history|historic\w*|for years|years? (?:before|prior|earlier|ago)|pre-?\w+)\b/u;

/** What an event's name may stand before to mean the time during it: "the lockdown rise", "lockdown grooming". */
const DURING_NOUNS =
  'grooming|figures?|numbers?|rise|increase|jump|spike|surge|cases?|counts?|totals?|quarter|period|months?|weeks?|stats?|statistics|data|offences?|crimes?|estimate|trend';

/**
 * The event's name used as a modifier of what was counted or when: "lockdown grooming", "the lockdown quarter". (Not
 * where a relation word stands before it: "pre lockdown figures" is before it.)
 */
const attributiveOf = perEvent(
  (event) =>
    new RegExp(
      String.raw`(?<!\b(?:${Object.values(RELATION_WORDS).join('|')})\s*(?:the |this |that )?(?:[\w-]+ )?)(?<![\w-])${escapeRegExp(event)}(?:-era|'s)?[ -](?:${DURING_NOUNS})\b`,
      'u',
    ),
);

/** Every way text places something relative to an event. */
function relationsTo(text: string, event: string): Relation[] {
  const read = text.replace(startOf(event), `during ${event}`);
  const found = patternsFor(event)
    .filter(([, pattern]) => pattern.test(read))
    .map(([relation]) => relation);
  // (The event's name as a modifier is the time during it, when the text places nothing else around the event:
  // "beyond the lockdown figures, what about the years preceding the lockdown?" asks about the years before.)
  if (found.length === 0 && !OTHER_TIME.test(read) && attributiveOf(event).test(read)) found.push('during');
  return found;
}

/** How text places something relative to an event, if it does so one way only. */
function relationTo(text: string, event: string): Relation | undefined {
  const found = relationsTo(text, event);
  return found.length === 1 ? found[0] : undefined;
}

const eventSpans = new WeakMap<FactIndex, Map<string, { from: string; to: string } | undefined>>();

/**
 * When an event was, by the dates of the facts the packs place during it: the months all of them share ("during the
 * coronavirus lockdown", 2020-03 to 2020-06, and "April to June, during the lockdown" give April to June 2020).
 */
function eventSpan(index: FactIndex, event: string): { from: string; to: string } | undefined {
  let spans = eventSpans.get(index);
  if (!spans) {
    spans = new Map();
    eventSpans.set(index, spans);
  }
  if (!spans.has(event)) {
    const during = index.facts.filter(
      (f) => f.spans[0] && relationTo((f.fact.period?.label ?? '').toLowerCase(), event) === 'during',
    );
    const from = during
      .map((f) => f.spans[0]?.from ?? '')
      .sort()
      .at(-1);
    const to = during.map((f) => f.spans[0]?.to ?? '').sort()[0];
    spans.set(event, from && to && from <= to ? { from, to } : undefined);
  }
  return spans.get(event);
}

/** Where a dated fact whose label names no event falls against it: "April 2017 to March 2020" is before lockdown. */
function datedRelation(index: FactIndex, fact: IndexedFact, event: string): Relation | undefined {
  const span = eventSpan(index, event);
  // A fact whose figure is its date ("March 2019") answers when something happened, whatever time is asked about.
  if (!span || fact.spans.length === 0 || fact.fact.figures.every((f) => f.unit === 'year')) return undefined;
  if (fact.spans.every((s) => s.to < span.from)) return 'before';
  if (fact.spans.every((s) => s.from > span.to)) return 'after';
  if (fact.spans.every((s) => s.from >= span.from && s.to <= span.to)) return 'during';
  return undefined;
}

/** The fact is, by its label or its dates, for the time around an event that the question asks about. */
export function placedAsAsked(index: FactIndex, fact: IndexedFact, folded: string): boolean {
  return eventsOf(index).some((event) => {
    const asked = relationTo(folded, event);
    return asked !== undefined && relationOf(index, fact, event) === asked;
  });
}

/** A time named relative to an event the question has just named: "before it", "beforehand", "since then". */
const BACK_REFERENCES: ReadonlyArray<[Relation, RegExp]> = [
  [
    'before',
    /\b(?:before (?:it|that|then|too|as well|also)|beforehand|prior to (?:it|that)|in (?:the )?(?:earlier|previous|prior|preceding) years|already (?:\w+ )?(?:climbing|rising|increasing|going up|growing|on the rise)|(?:earlier|existing|previous|prior|pre-existing|longer[- ]term|underlying|ongoing) trend|break from (?:the |an? )?(?:\w+ )?trend|continuation)\b/u,
  ],
  ['after', /\b(?:after (?:it|that)|afterwards|since then)\b/u],
];

/**
 * Times a question names beside the event rather than with it: by reference to the event just named ("…only during
 * lockdown, or before it too?"), or as a pair before it ("before and during lockdown").
 */
function timesBesideEvent(folded: string): Relation[] {
  const named: Relation[] = BACK_REFERENCES.filter(([, pattern]) => pattern.test(folded)).map(([r]) => r);
  for (const m of folded.matchAll(
    /\b(before|during|after) (?:and|or|vs\.?|versus) (before|during|after)\b/gu,
  ))
    named.push(m[1] as Relation, m[2] as Relation);
  return named;
}

const BASELINE_BEFORE =
  /\b(?:compared (?:with|to)|than|vs\.?|versus|relative to|against)\s+(?:the (?:time|period|months?|years?) )?before\b/u;

const OR_ONLY = /\bor (?:was it |did it |is it |were they )?(?:only|just)\b/u;

/** "Was the rise before or after lockdown?": asks which time around the event it was, which the fact's period says. */
const WHICH_TIME = /\b(?:before|during|after),? or (?:before|during|after)\b/u;

/** The decline when the question asks about a time relative to an event that the fact's period is not. */
export function relativePeriodMismatch(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  if (WHICH_TIME.test(folded)) return undefined;
  // "Compared with before lockdown, did it go up during it?": a time set as the baseline of a change is not the time
  // asked about, and a change during the event is measured against it.
  const baseline = BASELINE_BEFORE.test(folded) && fact.fact.figures.some(isChangeFigure);
  // "Were offences rising before the pandemic, or only in lockdown?": a question that names the fact's own time
  // among others sets them side by side; it does not ask about another time only.
  const named = new Set(eventsOf(index).flatMap((event) => relationsTo(folded, event)));
  for (const relation of timesBesideEvent(folded)) named.add(relation);
  // "Did offences rise every year in the run-up, or only once lockdown began?": a time offered as the other answer
  // ("or only …") is no time the question is limited to.
  const main = folded.split(OR_ONLY)[0] ?? folded;
  for (const event of eventsOf(index)) {
    const part = partOfEventAsked(index, fact, main, event);
    if (part) return part;
    const asked = relationTo(main, event);
    const stated = relationOf(index, fact, event);
    if (asked && stated && asked !== stated && !(baseline && asked === 'before') && !named.has(stated))
      return {
        code: 'not_covered',
        kind: 'scope',
        value: `the time ${asked} ${event}`,
        covered: [
          `${fact.fact.figures.map((g) => g.display).join(', ') || 'this'} for ${fact.fact.period?.label}`,
        ],
      };
  }
  return undefined;
}

/** "the first month of lockdown", "the last two weeks of the lockdown": a stretch at one end of the event. */
const partOf = perEvent(
  (event) =>
    new RegExp(
      String.raw`\b(?:first|last|final|opening|initial|early|earliest) (?:(\w+) )?(days?|weeks?|fortnights?|months?) of (?:the )?(?:[\w-]+ )?${escapeRegExp(event)}\b`,
      'u',
    ),
);

/**
 * A stretch at one end of the event shorter than the fact's whole time during it ("the rise in just the first month
 * of lockdown" of a rise over the lockdown's months): the fact gives no figure for that stretch alone.
 */
function partOfEventAsked(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
  event: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const m = partOf(event).exec(folded);
  const span = fact.spans[0];
  if (!m || !span || relationOf(index, fact, event) !== 'during') return undefined;
  const unit = m[2] ?? '';
  // (Plural with no count, "the first months of lockdown", says no length.)
  if (m[1] === undefined && unit.endsWith('s')) return undefined;
  const count = m[1] === undefined ? 1 : (NUMBER_WORD_VALUES[m[1]] ?? Number(m[1]));
  // (Days, weeks and fortnights are each shorter than any month a fact is dated by.)
  const months = unit.startsWith('month') ? count : Number.isFinite(count) && count < 4 ? 0 : Number.NaN;
  if (!(months < spanMonths(span.from, span.to))) return undefined;
  return {
    code: 'not_covered',
    kind: 'scope',
    value: `the ${m[0]} alone`,
    covered: [
      `a figure for the whole time only: ${fact.fact.figures.map((g) => g.display).join(', ') || fact.fact.statement}, ${fact.fact.period?.label}`,
    ],
  };
}

/**
 * "Grooming before lockdown compared to during it": a question setting two times around one event against each
 * other needs figures for both; one fact for one of them is no answer, unless its figure is the change between them.
 */
export function oneSideOnly(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  if (WHICH_TIME.test(folded)) return undefined;
  for (const event of eventsOf(index)) {
    const pair = new RegExp(
      String.raw`\b(before|during|after) (?:and|or|vs\.?|versus) (before|during|after)\s+(?:the )?${escapeRegExp(event)}\b`,
      'u',
    ).exec(folded);
    const named: Array<[string, unknown]> = pair
      ? [
          [pair[1] ?? '', undefined],
          [pair[2] ?? '', undefined],
        ]
      : patternsFor(event).filter(([, pattern]) => pattern.test(folded));
    if (named.length < 2) continue;
    // A figure that is itself a change ("a ten percent rise") compares a time with the one before it.
    if (fact.fact.figures.some(isChangeFigure)) return undefined;
    return {
      code: 'not_covered',
      kind: 'scope',
      value: `both ${named.map(([relation]) => relation).join(' and ')} ${event}`,
      covered: [
        `${fact.fact.figures.map((g) => g.display).join(', ') || 'this'} for ${fact.fact.period?.label ?? 'one period'}`,
      ],
    };
  }
  return undefined;
}

/** The times a question names around one event, and whether the time during it is named only by the event's bare name. */
export interface TimesNamed {
  event: string;
  relations: Relation[];
  bare: boolean;
}

/**
 * A bare "before" ending a clause ("…or was it already rising before?", "…or was it happening before too?"): the time
 * before the event just named.
 */
// (Not after one unit of time: "than the year before" asks about one year, which is no time before the event as a
// whole.)
const BARE_BEFORE =
  /(?<!\b(?:year|month|week|quarter|day|fortnight) )\bbefore(?:\s+(?:too|as well|also|then))?(?=\s*(?:[?!.,;]|$))/u;

/**
 * The times around one event a question sets side by side ("before lockdown as well as during it", "before vs during
 * lockdown", "only in lockdown, or already before?"), when it names two or more.
 */
export function timesNamed(index: FactIndex, folded: string): TimesNamed | undefined {
  for (const event of eventsOf(index)) {
    const named = new Set(relationsTo(folded, event));
    // (The event named on its own, set against another time: "lockdown vs pre-lockdown", "did lockdown make it worse
    // than before?", "the lockdown jump compared with the pre-lockdown trend".)
    const bare = CONTRAST.test(folded) && bareMention(event).test(folded);
    if (named.size === 0 && !bare) continue;
    for (const relation of timesBesideEvent(folded)) named.add(relation);
    if (BARE_BEFORE.test(folded)) named.add('before');
    if (/\b(?:during|throughout) (?:it|that)\b/u.test(folded)) named.add('during');
    // (Whether the time during it is there only by that bare mention.)
    const bareOnly = bare && !named.has('during');
    if (bare) named.add('during');
    if (named.size >= 2) return { event, relations: [...named], bare: bareOnly };
  }
  return undefined;
}

/** Words setting one thing against another. */
const CONTRAST =
  /\b(?:compare[ds]?|comparing|comparison|vs\.?|versus|than|against|contrast(?:ed|s)?|consistent with|in line with)\b/u;

/** The event's name with no word placing a time around it ("lockdown", not "pre-lockdown" or "before lockdown"). */
const bareMention = perEvent(
  (event) =>
    new RegExp(
      String.raw`(?<!\b(?:${Object.values(RELATION_WORDS).join('|')})[\s-]+(?:the |this |that )?(?:[\w-]+ )?)(?<![\w-])${escapeRegExp(event)}s?(?![\w-])`,
      'u',
    ),
);

/** Where a fact falls against an event, by its period's label or its dates. */
export function relationOf(index: FactIndex, fact: IndexedFact, event: string): Relation | undefined {
  return (
    relationTo((fact.fact.period?.label ?? '').toLowerCase(), event) ?? datedRelation(index, fact, event)
  );
}
