// Periods named by an event rather than by dates: "before lockdown", "during the pandemic", "post-lockdown". The
// events are the ones the packs' own period labels name, so any pack's events work the same way.
import { isChangeFigure } from '../../pack/change.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { DeclineReason } from '../reply.js';
import type { FactIndex, IndexedFact } from '../retrieve/build-index.js';

type Relation = 'before' | 'during' | 'after';

const RELATION_WORDS: Record<Relation, string> = {
  before: `before|prior to|pre-?|ahead of|until|leading up to|in the run-up to`,
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

const relationPatterns = new Map<string, Array<[Relation, RegExp]>>();

/** The patterns that place something before, during or after one event, built once per event. */
function patternsFor(event: string): Array<[Relation, RegExp]> {
  let patterns = relationPatterns.get(event);
  if (!patterns) {
    patterns = (Object.keys(RELATION_WORDS) as Relation[]).map((relation) => [
      relation,
      new RegExp(
        String.raw`\b(?:${RELATION_WORDS[relation]})\s*(?:the |this |that )?(?:[\w-]+ )?${escapeRegExp(event)}\b`,
        'u',
      ),
    ]);
    relationPatterns.set(event, patterns);
  }
  return patterns;
}

/** How text places something relative to an event, if it does so one way only. */
function relationTo(text: string, event: string): Relation | undefined {
  const found = patternsFor(event).filter(([, pattern]) => pattern.test(text));
  return found.length === 1 ? found[0]?.[0] : undefined;
}

const BASELINE_BEFORE =
  /\b(?:compared (?:with|to)|than|vs\.?|versus|relative to|against)\s+(?:the (?:time|period|months?|years?) )?before\b/u;

/** The decline when the question asks about a time relative to an event that the fact's period is not. */
export function relativePeriodMismatch(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
  const label = (fact.fact.period?.label ?? '').toLowerCase();
  // "Compared with before lockdown, did it go up during it?": a time set as the baseline of a change is not the time
  // asked about, and a change during the event is measured against it.
  const baseline = BASELINE_BEFORE.test(folded) && fact.fact.figures.some(isChangeFigure);
  for (const event of eventsOf(index)) {
    const asked = relationTo(folded, event);
    const stated = relationTo(label, event);
    if (asked && stated && asked !== stated && !(baseline && asked === 'before'))
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

/**
 * "Grooming before lockdown compared to during it": a question setting two times around one event against each
 * other needs figures for both; one fact for one of them is no answer, unless its figure is the change between them.
 */
export function oneSideOnly(
  index: FactIndex,
  fact: IndexedFact,
  folded: string,
): Extract<DeclineReason, { code: 'not_covered' }> | undefined {
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
