// Drafts a facts file from a source text: the pack header and one draft fact per sentence that holds a number.
import { Document, isMap, isSeq, type Pair, Scalar, type YAMLMap } from 'yaml';
import { extractNumbers } from '../../text/numbers.js';
import { collapseWhitespace } from '../../text/whitespace.js';
import { PLACEHOLDER } from '../placeholders.js';
import { PACK_FORMAT } from '../schema.js';
import { type DraftFigure, draftFigures, isYear } from './draft-figures.js';
import { guessFactPeriod, guessPlace, guessReportingPeriod, type PeriodGuess } from './guess-scope.js';
import { type ReleaseHeader, releaseHeader } from './release-header.js';
import { splitSentences } from './split-sentences.js';

export interface DraftInput {
  /** The pack id (a slug, usually the folder name). */
  packId: string;
  /** The source file's name inside the pack folder. */
  sourceFile: string;
  sourceText: string;
}

const todo = (what: string) => `${PLACEHOLDER} ${what}`;
const INFERRED = ' inferred from the quote by pack:new: check it';
/** A list item's marker, which is layout rather than the source's words. */
const BULLET = /^(?:[-•*–]|\d{1,2}[.)])\s+/u;
/** Headings over a summary that repeats the figures the rest of the source gives in full. */
const SUMMARY_HEADING = /^(?:headlines?|summary|at a glance|in brief|key (?:points|figures|facts))$/iu;
const STOPWORDS = new Set(
  'a an and are as at be been by for from had has have in is it its of on or s that the their there this to was were with'.split(
    ' ',
  ),
);

const HEADER = (sourceFile: string) =>
  [
    ` Draft pack written by npm run pack:new from ${sourceFile}. To finish it:`,
    `  1. replace every "${PLACEHOLDER} …" (kb:check lists those left, fact by fact);`,
    '  2. check every guess marked "inferred" (period, place, units and values), and delete drafts that are not facts;',
    '  3. run npm run kb:check -- <this folder>. Every field is described in the README ("Pack field reference").',
  ].join('\n');

/** A fact id from the first words of its quote that carry meaning, unique in the pack. */
function factId(quote: string, taken: Set<string>): string {
  const words = (quote.toLowerCase().match(/\p{Ll}+/gu) ?? []).filter((w) => !STOPWORDS.has(w));
  const base =
    words
      .slice(0, 4)
      .join('-')
      .replace(/[^a-z-]/gu, '') || 'fact';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

interface DraftFact {
  sentence: number;
  quote: string;
  figures: DraftFigure[];
  period: PeriodGuess | undefined;
  place: string | undefined;
}

function draftFact(d: DraftFact, id: string): Record<string, unknown> {
  return {
    id,
    title: todo('a short title (any number in it must be in the quote)'),
    statement: todo('say in plain words what the quote states'),
    figures: d.figures.map((f) => ({ ...f, label: todo('what this figure counts') })),
    measure: todo('what is measured'),
    ...(d.period ? { period: d.period } : {}),
    ...(d.place ? { place: d.place } : {}),
    subjects: [],
    attribution: { source: todo('who produced the figures'), reportedBy: todo('where they were published') },
    quote: d.quote,
    caveats: [],
    questions: [
      todo('a question people would ask for this fact'),
      todo('another way to ask it'),
      todo('a third way to ask it'),
    ],
    keywords: [],
    related: [],
  };
}

/** The fact quoting the release's header lines: who published it, when, what it covers, its status. */
function headerFact(header: ReleaseHeader): Record<string, unknown> {
  return {
    id: 'release-details',
    title: todo('a short title, e.g. "Who published the release, when, and its status"'),
    statement: todo('say in plain words who published the source, when, what it covers and its status'),
    figures: [],
    measure: 'Who published the source, when, what it covers and its status',
    subjects: [],
    attribution: { source: todo('who produced the source'), reportedBy: todo('where it was published') },
    quote: header.quote,
    caveats: [],
    questions: [
      todo('a question such as "who publishes these figures?"'),
      todo('another, such as "when was this released?"'),
      todo('a third, such as "are these official statistics?"'),
    ],
    // Few and specific: broad words ("covers", "date") would draw every "what period does … cover?" here.
    keywords: ['published', 'publisher', 'publishes', 'released', 'status'],
    related: [],
  };
}

function pair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => p.key instanceof Scalar && p.key.value === key) as Pair | undefined;
}

/** Comments where the draft guessed; quotes around months and figures so any YAML reader keeps them as text. */
function annotate(node: YAMLMap, d: DraftFact): void {
  node.commentBefore = ` draft from sentence ${d.sentence} of the source`;
  const period = pair(node, 'period');
  if (period?.key instanceof Scalar && isMap(period.value)) {
    const label = d.period?.label ?? '';
    const others = [
      ...new Set(
        extractNumbers(d.quote)
          .filter(isYear)
          .map((n) => n.raw),
      ),
    ].filter((year) => !label.includes(year));
    const header = d.period?.quote
      ? '; the period is the one the whole source reports on, stated in its header (period.quote)'
      : '';
    period.key.commentBefore = others.length
      ? `${INFERRED}${header}; the quote also names ${others.join(', ')}: a figure for another year gets its own period`
      : `${INFERRED}${header}`;
    for (const key of ['label', 'from', 'to', 'quote']) {
      const value = pair(period.value, key)?.value;
      if (value instanceof Scalar) value.type = Scalar.QUOTE_DOUBLE;
    }
  }
  const quote = pair(node, 'quote')?.value;
  if (quote instanceof Scalar) quote.type = Scalar.BLOCK_LITERAL;
  const figures = pair(node, 'figures')?.value;
  if (isSeq(figures))
    for (const figure of figures.items) {
      const display = isMap(figure) ? pair(figure, 'display')?.value : undefined;
      if (display instanceof Scalar) display.type = Scalar.QUOTE_DOUBLE;
    }
  const place = pair(node, 'place')?.value;
  if (place instanceof Scalar) place.comment = INFERRED;
}

/** The facts file text for a new pack drafted from `sourceText`. */
export function draftFactsFile(input: DraftInput): string {
  const reporting = guessReportingPeriod(input.sourceText);
  const header = releaseHeader(input.sourceText);
  const headerLines = header?.quote.split('\n') ?? [];
  let section = '';
  const found: Array<DraftFact & { summary: boolean }> = splitSentences(input.sourceText).flatMap(
    (sentence, i) => {
      const quote = collapseWhitespace(sentence).replace(BULLET, '');
      const figures = draftFigures(quote);
      // A heading ("Road casualties: 2014") names a year but states no figure.
      const heading = figures.every((f) => f.unit === 'year') && !/[.!?]["”’)]?$/u.test(sentence);
      if (heading) section = quote;
      // A header line ("Release date: 20 June 2024") belongs to the header's fact.
      if (figures.length === 0 || heading || headerLines.some((line) => line.includes(quote))) return [];
      const main = figures.find((f) => f.unit !== 'year') ?? figures[0];
      const mainAt = main ? Math.max(0, quote.indexOf(main.display)) : 0;
      return [
        {
          sentence: i + 1,
          quote,
          figures,
          period: guessFactPeriod(quote, mainAt, reporting),
          place: guessPlace(quote),
          summary: SUMMARY_HEADING.test(section),
        },
      ];
    },
  );
  // A headline or summary sentence whose figures the source gives again in full is not a fact of its own.
  const stated = (f: DraftFigure) =>
    found.some((o) => !o.summary && o.figures.some((g) => g.value === f.value && g.unit === f.unit));
  const drafts: DraftFact[] = found
    .filter((d) => !(d.summary && d.figures.every((f) => f.unit === 'year' || stated(f))))
    .map(({ summary: _summary, ...d }) => d);
  const taken = new Set<string>();
  const unique = (values: Array<string | undefined>) => [...new Set(values.filter((v): v is string => !!v))];
  const doc = new Document({
    format: PACK_FORMAT,
    pack: {
      id: input.packId,
      title: todo("the source's title"),
      description: todo('one or two sentences on what the source is and what its figures are about'),
      source: {
        file: input.sourceFile,
        headline: '',
        url: '',
        publisher: header?.publisher ?? '',
        published: header?.published ?? '',
        note: '',
      },
      covers: {
        summary: todo('what the figures cover, in a sentence or two'),
        periods: unique(drafts.map((d) => d.period?.label)),
        places: unique(drafts.map((d) => d.place)),
      },
    },
    synonyms: {},
    entities: [],
    comparisons: [],
    facts: [
      ...(header ? [headerFact(header)] : []),
      ...drafts.map((d) => draftFact(d, factId(d.quote, taken))),
    ],
  });
  doc.commentBefore = HEADER(input.sourceFile);
  const source = doc.getIn(['pack', 'source'], true);
  const published = doc.getIn(['pack', 'source', 'published'], true);
  // Quoted, or YAML reads 2024-06-20 as a date rather than text.
  if (published instanceof Scalar) published.type = Scalar.QUOTE_DOUBLE;
  if (isMap(source))
    source.commentBefore =
      ' leave empty what the source does not say; published as the source gives it, e.g. 2024-03-14';
  const covers = doc.getIn(['pack', 'covers'], true);
  if (isMap(covers)) {
    const periods = pair(covers, 'periods');
    if (periods?.key instanceof Scalar) periods.key.commentBefore = ' inferred from the quotes: check them';
  }
  const facts = doc.get('facts', true);
  if (isSeq(facts)) {
    const offset = header ? 1 : 0;
    facts.items.forEach((node, i) => {
      const d = drafts[i - offset];
      if (isMap(node) && d) annotate(node, d);
    });
    const first = facts.items[0];
    if (header && isMap(first)) {
      first.commentBefore =
        " draft from the source's header lines: readers ask who published it, when, and whether it is final";
      const quote = pair(first, 'quote')?.value;
      if (quote instanceof Scalar) quote.type = Scalar.BLOCK_LITERAL;
    }
  }
  return doc.toString({ lineWidth: 110 });
}
