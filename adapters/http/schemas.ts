// zod schemas of the HTTP API's requests and responses: validation and the OpenAPI document come from these.
import { z } from 'zod';
import { figureSchema } from '../../src/pack/schema.js';
import { LOCALE_TAG } from '../../src/text/locale.js';

/** The longest question or message accepted, in characters. */
export const MAX_TEXT_CHARS = 4000;

/** The asker's language, optional: replies are in English for now, and the locale is counted. */
const localeField = z
  .string()
  .max(35)
  .regex(LOCALE_TAG, 'must be a language tag such as "en-GB"')
  .optional()
  .describe('The asker\'s language as a BCP 47 tag ("en-GB"). Replies are in English for now.');

export const askRequestSchema = z.strictObject({
  question: z.string().max(MAX_TEXT_CHARS).describe('The question, as a person would type it.'),
  conversation: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe(
      'Any key of your choosing; questions with the same key (and token) are read as one conversation.',
    ),
  explain: z
    .boolean()
    .optional()
    .describe('Also say how the question was understood and why it got its reply.'),
  locale: localeField,
});

export const checkRequestSchema = z.strictObject({
  text: z.string().max(MAX_TEXT_CHARS).describe('The message whose statistics to check.'),
  locale: localeField,
});

const citationSchema = z.object({
  factId: z.string(),
  packId: z.string(),
  quote: z.string(),
  attribution: z.string(),
});
const helpSchema = z.object({
  audience: z.string(),
  resources: z.array(
    z.object({ name: z.string(), phone: z.string().optional(), web: z.string().optional() }),
  ),
});

/** How the source stands to a claim. */
const verdictSchema = z.enum(['supported', 'contradicted', 'different_scope', 'not_in_source']);

/** The same object `npm run ask -- --json` prints. */
export const replySchema = z.object({
  question: z.string(),
  status: z.enum(['answered', 'abstained', 'ambiguous']),
  text: z.string().describe('The reply as plain text.'),
  confidence: z
    .number()
    .describe(
      'For an answer, the calibrated chance (0–1) that it cites the fact asked about; for a choice offered in place of an answer under even odds, that chance; otherwise the best match score.',
    ),
  citations: z.array(citationSchema).describe('citations[0] is the primary fact.'),
  suggestions: z.array(z.object({ factId: z.string(), question: z.string() })),
  reason: z.string().optional().describe('When abstained: empty, greeting, help, harmful, safeguarding, …'),
  help: helpSchema
    .optional()
    .describe('When the message says a child may be at risk: where to find help, in order.'),
  verdict: z
    .object({
      verdict: verdictSchema,
      explanation: z.string(),
    })
    .optional()
    .describe('When the question made a claim ("is it true 70% were on Facebook apps?"): the verdict on it.'),
  explain: z.record(z.string(), z.unknown()).optional(),
});

/** The same object `npm run check -- --json` prints. */
export const claimsSchema = z.object({
  text: z.string(),
  claims: z.array(
    z.object({
      claim: z.string(),
      verdict: verdictSchema,
      claimed: z.string().nullable(),
      sourceFigure: z.string().nullable(),
      quote: z.string().nullable(),
      factId: z.string().nullable(),
      explanation: z.string(),
    }),
  ),
  reason: z.string().optional(),
  help: helpSchema.optional(),
});

export const factSchema = z.object({
  packId: z.string(),
  factId: z.string(),
  title: z.string(),
  statement: z.string(),
  figures: z.array(figureSchema),
  measure: z.string(),
  period: z.string().optional(),
  place: z.string().optional(),
  base: z.string().optional(),
  caveats: z.array(z.string()),
  citation: citationSchema.extend({ sourceTitle: z.string(), sourceUrl: z.string() }),
});

export const topicsSchema = z.array(
  z.object({
    packId: z.string(),
    title: z.string(),
    summary: z.string(),
    periods: z.array(z.string()),
    places: z.array(z.string()),
    platforms: z.array(z.string()),
    organisations: z.array(z.string()),
    people: z.array(z.string()),
    notCovered: z.string(),
    facts: z.array(z.object({ id: z.string(), title: z.string() })),
  }),
);

export const sourcesSchema = z.array(
  z.object({
    packId: z.string(),
    title: z.string(),
    description: z.string(),
    headline: z.string(),
    url: z.string(),
    publisher: z.string(),
    published: z.string(),
    note: z.string(),
    factCount: z.number(),
  }),
);

export const errorSchema = z.object({
  error: z.object({
    code: z
      .string()
      .describe('Stable: unauthorized, bad_json, bad_request, not_found, rate_limited, internal, …'),
    message: z.string(),
    reference: z.string().describe('Quote it to the operator: the log line with the details carries it.'),
  }),
});
