// A Slack adapter in HTTP mode for the load benchmark; prints its port on stdout once listening.
import { createAdapter } from '../adapters/slack/slack-adapter.js';
import { createRateLimiter } from '../src/app/rate-limit.js';
import { createStatbotService } from '../src/app/statbot-service.js';
import { buildIndex } from '../src/core/build-index.js';
import { createLogger } from '../src/logger.js';
import { loadPacks } from '../src/pack/load-pack.js';

const [apiUrl = '', secret = ''] = process.argv.slice(2);
const logger = createLogger('warn');
const limiter = createRateLimiter({ points: 1_000_000, windowSeconds: 60, logger });
const service = createStatbotService({ index: buildIndex(loadPacks('knowledge')), limiter });
const adapter = createAdapter(
  { service, logger },
  { mode: 'http', botToken: 'xoxb-bench', signingSecret: secret, port: 0, apiUrl },
  { retries: 0 },
);
await adapter.start();
process.stdout.write(`${adapter.port()}\n`);
process.on('SIGTERM', () => void adapter.stop().then(() => process.exit(0)));
