// Semantic checks of a loaded pack: references, verbatim quotes, figure provenance and source coverage.
import { extractNumbers, numbersMissingFrom, statesNumber } from '../text/numbers.js';
import { containsVerbatim } from '../text/whitespace.js';
import { findPlaceholders } from './placeholders.js';
import { describeQuoteDifference } from './quote-diff.js';
import { EXAMPLES_NEEDED, enoughExamples, type Fact, type Pack } from './schema.js';

/** One thing wrong (error: the pack must not be served) or worth a look (warning). */
export interface PackProblem {
  level: 'error' | 'warning';
  path: string;
  message: string;
  /** A "TODO: …" left by pack:new for the author to fill in, not a mistake. */
  placeholder?: boolean;
}

/** Ordinal words and digits a rank may be written with ("second highest", "3rd", "top"). */
const ORDINAL =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|bottom|\d+(?:st|nd|rd|th))\b/iu;

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

function checkFact(fact: Fact, at: string, pack: Pack, ids: ReadonlySet<string>): PackProblem[] {
  const problems: PackProblem[] = [];
  const error = (path: string, message: string) =>
    problems.push({ level: 'error', path: `${at}.${path}`, message });
  const entityIds = new Set(pack.entities.map((e) => e.id));
  const groups = new Set(pack.comparisons.map((c) => c.id));

  if (!containsVerbatim(pack.sourceText, fact.quote)) {
    error(
      'quote',
      `is not word for word in the source text; copy it exactly (only whitespace may differ). ${describeQuoteDifference(pack.sourceText, fact.quote)}`,
    );
  }
  const periodQuote = (path: string, quote: string | undefined) => {
    if (quote && !containsVerbatim(pack.sourceText, quote))
      error(
        path,
        `is not word for word in the source text. ${describeQuoteDifference(pack.sourceText, quote)}`,
      );
  };
  periodQuote('period.quote', fact.period?.quote);
  fact.figures.forEach((figure, i) => {
    if (!containsVerbatim(fact.quote, figure.display)) {
      error(
        `figures.${i}.display`,
        `"${figure.display}" does not occur in the fact's quote; write it exactly as quoted`,
      );
    }
    const ordinal = figure.unit === 'rank' && ORDINAL.test(figure.display);
    if (!statesNumber(figure.display) && !ordinal) {
      error(
        `figures.${i}.display`,
        `"${figure.display}" states no number kb:check can read: write the figure as the quote does with digits ("14 per cent"), a number word ("One", "twelve"), a fraction ("half", "a seventh", "two fifths") or, for a rank, an ordinal ("second lowest")`,
      );
    }
    periodQuote(`figures.${i}.period.quote`, figure.period?.quote);
  });
  const quoted = (...extra: Array<string | undefined>) => [
    fact.quote,
    ...extra.filter((q): q is string => !!q),
  ];
  const ownText: Array<[string, string | undefined, string[]]> = [
    ['statement', fact.statement, quoted()],
    ['title', fact.title, quoted()],
    ['period.label', fact.period?.label, quoted(fact.period?.quote)],
    ['base', fact.base, quoted()],
    ...fact.caveats.map((c, i): [string, string, string[]] => [`caveats.${i}`, c, quoted()]),
    ...fact.figures.map((f, i): [string, string | undefined, string[]] => [
      `figures.${i}.period.label`,
      f.period?.label,
      quoted(f.period?.quote),
    ]),
  ];
  for (const [path, value, sources] of ownText) {
    if (!value) continue;
    const missing = numbersMissingFrom(value, sources);
    if (missing.length > 0) {
      const periodQuotes = [fact.period?.quote, ...fact.figures.map((f) => f.period?.quote)];
      const fromPeriodQuote = missing.some((n) =>
        periodQuotes.some((q) => q && !numbersMissingFrom(n.raw, [q]).length),
      );
      const hint = path.endsWith('period.label')
        ? '; when the year comes from elsewhere in the source (a heading, "About these statistics"), give those words as period.quote'
        : fromPeriodQuote
          ? ' (period.quote counts for period.label only: leave the year to the period, which every answer shows)'
          : '';
      error(
        path,
        `states ${missing.map((n) => `"${n.raw}"`).join(', ')}, which the quote does not; every number we say must be in the quote${hint}`,
      );
    }
  }
  fact.related.forEach((id, i) => {
    if (!ids.has(id)) error(`related.${i}`, `no fact has the id "${id}"`);
    if (id === fact.id) error(`related.${i}`, 'a fact cannot be related to itself');
  });
  fact.subjects.forEach((id, i) => {
    if (!entityIds.has(id)) error(`subjects.${i}`, `no entity has the id "${id}"; add it under "entities"`);
  });
  if (fact.compareGroup && !groups.has(fact.compareGroup)) {
    error('compareGroup', `no comparison has the id "${fact.compareGroup}"; add it under "comparisons"`);
  }
  return problems;
}

/** "a road", "an app": the article "a" or "an" and one word, which questions write for other reasons. */
const ARTICLE_AND_WORD = /^(?:a|an) [a-z]+$/u;

/**
 * Whether the entity's name is that letter and word ("A-roads" for "a road"): a letter code the author means, which
 * readers write so ("A road casualties"), whatever else "a road" may read as.
 */
function namesLetterCode(name: string, alias: string): boolean {
  const code = /^([a-z])[- ]([a-z]+?)s?$/u.exec(name.toLowerCase());
  const [article = '', word = ''] = alias.split(' ');
  return code !== null && code[1] === article && word.replace(/s$/u, '') === code[2];
}

function checkAliases(pack: Pack): PackProblem[] {
  const owner = new Map<string, string>();
  const problems: PackProblem[] = [];
  for (const entity of pack.entities) {
    for (const alias of [entity.name, ...entity.aliases].map((a) => a.toLowerCase())) {
      const other = owner.get(alias);
      if (other && other !== entity.id) {
        problems.push({
          level: 'error',
          path: `entities.${entity.id}`,
          message: `alias "${alias}" is also used by "${other}"`,
        });
      }
      owner.set(alias, entity.id);
      if (ARTICLE_AND_WORD.test(alias) && !namesLetterCode(entity.name, alias))
        problems.push({
          level: 'warning',
          path: `entities.${entity.id}`,
          message: `"${alias}" starts with "a" or "an": every "${alias}" in a question ("as ${alias} user…") reads as ${entity.name}; keep it only if your readers write it so (the hyphenated form is safer)`,
        });
    }
  }
  const word = new Map<string, string>();
  for (const [key, words] of Object.entries(pack.synonyms)) {
    for (const w of words.map((x) => x.toLowerCase())) {
      const other = word.get(w);
      if (other && other !== key) {
        problems.push({
          level: 'error',
          path: `synonyms.${key}`,
          message: `"${w}" is also listed under "${other}"`,
        });
      }
      word.set(w, key);
    }
  }
  return problems;
}

function checkSafeguarding(pack: Pack): PackProblem[] {
  // Help resources belong to packs whose topic needs them (child safety); a pack on another topic has none.
  if (!pack.safeguarding) return [];
  const ids = pack.safeguarding.resources.map((r) => r.id);
  const problems: PackProblem[] = duplicates(ids).map((id) => ({
    level: 'error',
    path: 'safeguarding.resources',
    message: `the id "${id}" is used twice`,
  }));
  if (!pack.safeguarding.resources.some((r) => r.emergency)) {
    problems.push({
      level: 'warning',
      path: 'safeguarding.resources',
      message: 'no emergency number (mark one resource with emergency: true)',
    });
  }
  const known = new Set(ids);
  for (const audience of ['adult', 'young'] as const) {
    const listed = pack.safeguarding[audience].resources;
    for (const id of listed.filter((r) => !known.has(r))) {
      problems.push({
        level: 'error',
        path: `safeguarding.${audience}.resources`,
        message: `"${id}" is not the id of a resource in safeguarding.resources (known: ${ids.join(', ')})`,
      });
    }
    for (const id of duplicates(listed)) {
      problems.push({
        level: 'error',
        path: `safeguarding.${audience}.resources`,
        message: `"${id}" is listed twice`,
      });
    }
    const emergency = pack.safeguarding.resources.filter((r) => r.emergency).map((r) => r.id);
    if (emergency.length > 0 && !listed.some((id) => emergency.includes(id))) {
      problems.push({
        level: 'warning',
        path: `safeguarding.${audience}.resources`,
        message: `this reader is not shown the emergency number (add ${emergency.join(' or ')})`,
      });
    }
  }
  return problems;
}

/**
 * Numbers in the source text that no fact's figure or period states (the pack is incomplete), leaving out
 * `ignored`: numbers the author says are not statistics (a release date, a licence version).
 */
export function findUncoveredNumbers(pack: Pack, ignored: readonly string[] = []): string[] {
  const covered = pack.facts.flatMap((f) => [
    ...f.figures.flatMap((g) => [g.display, g.period?.label ?? '']),
    f.period?.label ?? '',
  ]);
  const coveredValues = new Set(
    [...covered, ...ignored].flatMap((c) => extractNumbers(c).map((n) => n.value)),
  );
  return [
    ...new Set(
      extractNumbers(pack.sourceText)
        .filter((n) => !coveredValues.has(n.value))
        .map((n) => n.raw),
    ),
  ];
}

/** What kb:check was told: source numbers that are not statistics, so no fact need cover them. */
export interface PackCheckOptions {
  ignoreNumbers?: readonly string[];
}

/** Everything wrong with a pack, errors first. */
export function findPackProblems(pack: Pack, options: PackCheckOptions = {}): PackProblem[] {
  const ids = pack.facts.map((f) => f.id);
  const idSet = new Set(ids);
  const problems: PackProblem[] = [
    ...findPlaceholders(pack),
    ...duplicates(ids).map(
      (id): PackProblem => ({ level: 'error', path: 'facts', message: `the id "${id}" is used twice` }),
    ),
    ...duplicates(pack.entities.map((e) => e.id)).map(
      (id): PackProblem => ({ level: 'error', path: 'entities', message: `the id "${id}" is used twice` }),
    ),
    ...pack.facts.flatMap((fact, i) => checkFact(fact, `facts.${i}(${fact.id})`, pack, idSet)),
    ...checkAliases(pack),
    ...checkExamples(pack, idSet),
  ];
  pack.comparisons.forEach((c, i) => {
    const quotes = pack.facts.filter((f) => f.compareGroup === c.id).map((f) => f.quote);
    if (quotes.length < 2) {
      problems.push({
        level: 'error',
        path: `comparisons.${i}`,
        message: `needs at least two facts with compareGroup "${c.id}"`,
      });
    }
    const missing = c.note ? numbersMissingFrom(c.note, quotes) : [];
    if (missing.length > 0) {
      problems.push({
        level: 'error',
        path: `comparisons.${i}.note`,
        message: `states ${missing.map((n) => n.raw).join(', ')}, which no compared quote does`,
      });
    }
  });
  problems.push(...checkSafeguarding(pack));
  const uncovered = findUncoveredNumbers(pack, options.ignoreNumbers);
  if (uncovered.length > 0) {
    problems.push({
      level: 'warning',
      path: 'facts',
      message: `numbers in the source that no fact covers: ${uncovered.join(', ')} (give each a figure, or pass those that are not statistics, such as dates or versions, to kb:check --ignore-numbers)`,
    });
  }
  return problems.sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
}

/** Examples naming a fact the pack lacks (errors, by line), and too few examples to be read (a warning). */
function checkExamples(pack: Pack, ids: ReadonlySet<string>): PackProblem[] {
  const examples = pack.examples ?? [];
  const problems: PackProblem[] = examples.flatMap((example, i): PackProblem[] =>
    'fact' in example && !ids.has(example.fact)
      ? [
          {
            level: 'error',
            path: `examples.jsonl: line ${pack.exampleLines?.[i] ?? i + 1}`,
            message: `names the fact "${example.fact}", which the pack does not have`,
          },
        ]
      : [],
  );
  if (examples.length > 0 && !enoughExamples(examples)) {
    const declines = examples.filter((e) => 'decline' in e).length;
    problems.push({
      level: 'warning',
      path: 'examples.jsonl',
      message: `holds ${examples.length} examples (${declines} declines); they are read only from ${EXAMPLES_NEEDED.examples} examples with ${EXAMPLES_NEEDED.declines} declines, so for now they are ignored`,
    });
  }
  return problems;
}
