import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../adapters/http/openapi.js';

describe('docs/openapi.json', () => {
  it('is the document the API serves (regenerate with `npm run api:openapi`)', () => {
    expect(JSON.parse(readFileSync('docs/openapi.json', 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(buildOpenApiDocument())),
    );
  });
});
