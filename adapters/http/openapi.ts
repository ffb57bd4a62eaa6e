// The OpenAPI 3.1 document of the HTTP API, generated from the same zod schemas that validate requests.
import { z } from 'zod';
import {
  askRequestSchema,
  checkRequestSchema,
  claimsSchema,
  errorSchema,
  factSchema,
  replySchema,
  sourcesSchema,
  topicsSchema,
} from './schemas.js';

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') => ({
  'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) },
});
const ok = (description: string, schema: z.ZodType) => ({ description, content: json(schema) });
const failure = (description: string) => ({ description, content: json(errorSchema) });
const common = {
  '401': failure('Missing or unknown bearer token.'),
  '500': failure('Something broke on our side; the reference finds the log line.'),
};
const withBody = {
  '400': failure('The body is not JSON, or not the documented shape.'),
  '413': failure('The body is larger than 16 KiB.'),
  '415': failure('The body is not sent as application/json.'),
};

/** Builds the document (once; it never changes while the process runs). */
export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'statbot API',
      version: '1',
      description:
        'Cited statistics: every answer gives the figure and the verbatim quote it came from. Every message is read for safety first.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'One of STATBOT_API_TOKENS.' },
      },
    },
    security: [{ bearer: [] }],
    paths: {
      '/v1/ask': {
        post: {
          summary: 'Answer a question with its figure and quote, or decline with the reason and suggestions.',
          requestBody: { required: true, content: json(askRequestSchema, 'input') },
          responses: {
            '200': ok('The reply (answered, abstained or ambiguous).', replySchema),
            '429': ok('Too many questions from this token; Retry-After says when to try again.', replySchema),
            ...withBody,
            ...common,
          },
        },
      },
      '/v1/check': {
        post: {
          summary: 'Check the statistical claims in a message against the source, one verdict per claim.',
          requestBody: { required: true, content: json(checkRequestSchema, 'input') },
          responses: {
            '200': ok('One verdict per claim (none when the message holds no statistic).', claimsSchema),
            '429': ok('Too many requests from this token; Retry-After says when to try again.', claimsSchema),
            ...withBody,
            ...common,
          },
        },
      },
      '/v1/topics': {
        get: {
          summary: 'What the packs cover and do not.',
          responses: { '200': ok('Topics per pack.', topicsSchema), ...common },
        },
      },
      '/v1/sources': {
        get: {
          summary: 'Where the facts come from.',
          responses: { '200': ok('Sources per pack.', sourcesSchema), ...common },
        },
      },
      '/v1/facts/{id}': {
        get: {
          summary: 'One fact by its id, with its quote and attribution.',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': ok('The fact.', factSchema),
            '404': failure('No fact has this id.'),
            ...common,
          },
        },
      },
      '/v1/openapi.json': {
        get: {
          summary: 'This document.',
          security: [],
          responses: { '200': { description: 'OpenAPI 3.1' } },
        },
      },
    },
  };
}
