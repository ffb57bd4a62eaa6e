// The single definition of a knowledge pack's facts file; types are inferred from it.
import { z } from 'zod';

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lower-case letters, digits and single hyphens, e.g. "cases-2020"',
  );
const text = z.string().trim().min(1, 'must not be empty');
const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "write a month as YYYY-MM in quotes, e.g. '2020-04'");

export const figureSchema = z.strictObject({
  value: z.number().finite(),
  unit: z.enum(['count', 'percent', 'years', 'year', 'ratio']),
  display: text.describe('the figure exactly as the source writes it'),
  qualifier: text.optional(),
  label: text,
});

export const periodSchema = z
  .strictObject({
    label: text,
    from: yearMonth.optional(),
    to: yearMonth.optional(),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    message: '"from" must not be after "to"',
    path: ['to'],
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
  kind: z.enum(['platform', 'organisation', 'person', 'place']),
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
  pack: z.strictObject({
    id: slug,
    title: text,
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
export type Fact = z.infer<typeof factSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type Resource = z.infer<typeof resourceSchema>;
export type Audience = 'adult' | 'young';
export type PackFile = z.infer<typeof packFileSchema>;

/** A loaded pack: the validated facts file plus its source text. */
export interface Pack extends PackFile {
  /** Folder the pack was loaded from. */
  dir: string;
  /** The source document, verbatim. */
  sourceText: string;
}
