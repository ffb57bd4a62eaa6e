// `tsx src/cli/eval-claims.ts`: only the claims section of `npm run eval`, for quick runs while tuning the checker.
import { join } from 'node:path';
import { buildIndex } from '../core/retrieve/build-index.js';
import { printClaimsEval } from '../eval/claims-eval.js';
import { loadPacks } from '../pack/load-pack.js';

const dir = process.argv[2] ?? 'knowledge';
const evalDir = process.argv[3] ?? join('test', 'eval');
printClaimsEval(buildIndex(loadPacks(dir)), evalDir);
