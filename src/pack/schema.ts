// The single definition of a knowledge pack's facts file; types are inferred from it.
import { z } from 'zod';

/** An id: lower-case letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const slug = z.string().regex(SLUG, 'use lower-case letters, digits and single hyphens, e.g. "cases-2020"');
const text = z.string().trim().min(1, 'must not be empty');
const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "write a month as YYYY-MM in quotes, e.g. '2020-04'");

/** The newest pack format this statbot reads; packs without `format` are format 1 and still load. */
export const PACK_FORMAT = 2;

/**
 * What a figure's value is. Every unit is shown as the source writes it (`display`); the unit says how the value
 * is read: a `count` of things, a `percent`, a span of `years`, a calendar `year`, a `ratio`, a `rank` (1 = first,
 * 2 = second…), an amount of `currency` (in the currency's main unit: £4.6 million is 4600000) or a `rate` (so many
 * per so many, e.g. 226 members per 1,000 residents is 226).
 */
export const FIGURE_UNITS = [
  'count',
  'percent',
  'years',
  'year',
  'ratio',
  'rank',
  'currency',
  'rate',
] as const;

/** Units that give a share of a whole, or of a change, rather than an amount. */
export const SHARE_UNITS: ReadonlySet<string> = new Set(['percent', 'ratio']);

/** What an entity is; the engine treats `place` and `platform` specially (see the README), the rest as names. */
export const ENTITY_KINDS = [
  'platform',
  'organisation',
  'person',
  'place',
  'group',
  'product',
  'topic',
] as const;

const periodFields = {
  label: text,
  from: yearMonth.optional(),
  to: yearMonth.optional(),
  /** Words of the source that state the period when the fact's quote does not ("cover the calendar year … 2023"). */
  quote: text.optional(),
};

export const periodSchema = z.strictObject(periodFields).refine((p) => !p.from || !p.to || p.from <= p.to, {
  message: '"from" must not be after "to"',
  path: ['to'],
});

export const figureSchema = z.strictObject({
  value: z.number().finite(),
  unit: z.enum(FIGURE_UNITS),
  display: text.describe('the figure exactly as the source writes it'),
  qualifier: text.optional(),
  label: text,
  /** Only when this figure is for another period than its fact (the 2022 figure a 2023 fact compares with). */
  period: periodSchema.optional(),
});

export const factSchema = z.strictObject({
  id: slug,
  title: text,
  statement: text,
  figures: z.array(figureSchema).default([]),
  measure: text,
  period: periodSchema.optional(),
  place: text.optional(),
  base: text.optional(),
  subjects: z.array(slug).default([]),
  attribution: z.strictObject({ source: text, reportedBy: text }),
  compareGroup: slug.optional(),
  quote: text,
  caveats: z.array(text).default([]),
  questions: z.array(text).min(3, 'give at least 3 ways people might ask for this fact'),
  keywords: z.array(text).default([]),
  related: z.array(slug).default([]),
});

export const entitySchema = z.strictObject({
  id: slug,
  name: text,
  kind: z.enum(ENTITY_KINDS),
  aliases: z.array(text).default([]),
});

export const resourceSchema = z
  .strictObject({
    id: slug,
    name: text,
    purpose: text,
    phone: z
      .string()
      .trim()
      .regex(
        /^\+?[0-9][0-9 ]{1,18}[0-9]$/u,
        'write a phone number with digits and spaces only, e.g. "0808 800 5000"',
      )
      .optional(),
    web: z.url({ protocol: /^https$/u, message: 'give a full https:// address' }).optional(),
    region: text,
    hours: text.optional(),
    emergency: z.boolean().default(false),
  })
  .refine((r) => r.phone || r.web, { message: 'give a phone number or a web address (or both)' });

/** What a reader of one audience (an adult, or a child or teenager) is told first, and which resources, in order. */
export const audienceSchema = z.strictObject({
  message: text.describe('the first words of the reply, written for this reader'),
  resources: z.array(slug).min(1, 'list the resource ids this reader should see, most useful first'),
});

export const comparisonSchema = z.strictObject({ id: slug, title: text, note: text.optional() });

const optionalText = z.string().trim().default('');

export const packFileSchema = z.strictObject({
  format: z
    .number()
    .int()
    .min(1)
    .max(
      PACK_FORMAT,
      `this statbot reads pack formats 1 to ${PACK_FORMAT}: upgrade statbot or write the older format`,
    )
    .optional(),
  pack: z.strictObject({
    id: slug,
    title: text,
    shortName: text.optional(),
    description: text,
    source: z.strictObject({
      file: text,
      headline: optionalText,
      url: optionalText,
      publisher: optionalText,
      published: optionalText,
      note: optionalText,
    }),
    covers: z.strictObject({
      summary: text,
      periods: z.array(text).default([]),
      places: z.array(text).default([]),
      platforms: z.array(text).default([]),
      organisations: z.array(text).default([]),
      people: z.array(text).default([]),
    }),
    notCovered: z
      .strictObject({
        summary: text,
        platforms: z.array(text).default([]),
        places: z.array(text).default([]),
        measures: z.array(z.strictObject({ topic: text, terms: z.array(text).min(1) })).default([]),
      })
      .optional(),
  }),
  synonyms: z.record(z.string(), z.array(text)).default({}),
  entities: z.array(entitySchema).default([]),
  comparisons: z.array(comparisonSchema).default([]),
  safeguarding: z
    .strictObject({
      notice: text,
      resources: z.array(resourceSchema).min(1),
      adult: audienceSchema,
      young: audienceSchema,
    })
    .optional(),
  facts: z.array(factSchema).min(1, 'a pack needs at least one fact'),
});

export type Figure = z.infer<typeof figureSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Audience = 'adult' | 'young';
export type PackFile = z.infer<typeof packFileSchema>;

/**
 * One line of `examples.jsonl`, optional beside `facts.yml`: a question people asked, with the fact that answers it,
 * or `decline: true` when the pack cannot answer it. Examples teach the matcher the pack's readers' own words (see
 * src/core/retrieve/example-model.ts).
 */
export const exampleSchema = z.union([
  z.strictObject({ q: text, fact: slug }),
  z.strictObject({ q: text, decline: z.literal(true) }),
]);

export type Example = z.infer<typeof exampleSchema>;

/** How many examples, and declines among them, a pack needs before its examples are read at all. */
export const EXAMPLES_NEEDED = { examples: 100, declines: 10 } as const;

/** Whether a pack has enough examples, with enough declines among them, for them to be read. */
export function enoughExamples(examples: readonly Example[]): boolean {
  const declines = examples.filter((e) => 'decline' in e).length;
  return examples.length >= EXAMPLES_NEEDED.examples && declines >= EXAMPLES_NEEDED.declines;
}

/** A loaded pack: the validated facts file plus its source text and any example questions. */
export interface Pack extends PackFile {
  /** Folder the pack was loaded from. */
  dir: string;
  /** The source document, verbatim. */
  sourceText: string;
  /** Example questions from `examples.jsonl` (none when the pack has no such file). */
  examples?: Example[];
  /** The line of `examples.jsonl` each example is on, for messages. */
  exampleLines?: number[];
}
