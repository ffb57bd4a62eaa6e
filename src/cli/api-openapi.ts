// `npm run api:openapi`: writes the HTTP API's OpenAPI document to docs/openapi.json (a test keeps it current),
// formatted as Biome formats JSON so the lint stays green.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../../adapters/http/openapi.js';

const OPENAPI_FILE = 'docs/openapi.json';

writeFileSync(OPENAPI_FILE, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
execFileSync('node_modules/.bin/biome', ['format', '--write', OPENAPI_FILE], { stdio: 'ignore' });
process.stdout.write(`Wrote ${OPENAPI_FILE}\n`);
