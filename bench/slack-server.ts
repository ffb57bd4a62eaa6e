// A Slack app in HTTP mode for the load benchmark; prints its port on stdout once listening.
// `statbot` runs statbot's adapter; `bare-bolt` runs the same Bolt receiver with a handler that only acks.
import { App } from '@slack/bolt';
import { createAdapter } from '../adapters/slack/adapter.js';
import { createRateLimiter } from '../src/app/rate-limit.js';
import { createStatbotService } from '../src/app/statbot-service.js';
import { buildIndex } from '../src/core/retrieve/build-index.js';
import { createLogger } from '../src/logger.js';
import { loadPacks } from '../src/pack/load-pack.js';

const [apiUrl = '', secret = '', kind = 'statbot'] = process.argv.slice(2);

async function startBareBolt(): Promise<number> {
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: secret,
    clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } },
    deferInitialization: true,
    convoStore: false,
  });
  app.command('/stats', async ({ ack }) => {
    await ack({ response_type: 'ephemeral', text: 'Snapchat was used in 20 percent of instances.' });
  });
  await app.init();
  const server = (await app.start(0)) as { address(): { port: number } };
  process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
  return server.address().port;
}

async function startStatbot(): Promise<number> {
  const logger = createLogger('warn');
  const limiter = createRateLimiter({ points: 1_000_000, windowSeconds: 60, logger });
  const service = createStatbotService({ index: buildIndex(loadPacks('knowledge')), limiter });
  const adapter = createAdapter(
    { service, logger },
    { mode: 'http', botToken: 'xoxb-bench', signingSecret: secret, port: 0, apiUrl },
    { retries: 0 },
  );
  await adapter.start();
  process.on('SIGTERM', () => void adapter.stop().then(() => process.exit(0)));
  return adapter.port() ?? 0;
}

const port = kind === 'bare-bolt' ? await startBareBolt() : await startStatbot();
process.stdout.write(`${port}\n`);
