// The Slack adapter's one top-level error handler: log with a reference, apologise, stay up.
import type { App } from '@slack/bolt';
import type { AdapterDeps } from '../../../src/app/adapter.js';
import { reportFailure } from '../../../src/app/report-failure.js';

/** Bolt's extended error handler (its last `error` overload; the type itself is not exported). */
type ExtendedErrorHandler = Parameters<App['error']>[0];

interface ErrorBody {
  response_url?: string;
  event?: { channel?: string; ts?: string; thread_ts?: string };
}

export function registerErrorHandler(app: App, deps: AdapterDeps): void {
  const handler: ExtendedErrorHandler = async ({ error, body }) => {
    const { ref, apology } = reportFailure(deps.logger, 'slack: failed to handle a request', error);
    const b = (body ?? {}) as ErrorBody;
    try {
      if (b.response_url) {
        await fetch(b.response_url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            response_type: 'ephemeral',
            replace_original: false,
            text: apology,
          }),
          signal: AbortSignal.timeout(5000),
        });
      } else if (b.event?.channel) {
        const threadTs = b.event.thread_ts ?? b.event.ts;
        await app.client.chat.postMessage({
          channel: b.event.channel,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          text: apology,
        });
      }
    } catch (apologyError) {
      deps.logger.warn({ err: apologyError, ref }, 'slack: could not send the apology');
    }
  };
  app.error(handler);
}
