// Slack adapter: Bolt app (Socket Mode or HTTP) that answers mentions, DMs and /stats with Block Kit.
import type { Server } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import type { Adapter, AdapterDeps } from '../../src/app/adapter.js';
import { startFailure } from '../../src/app/start-error.js';
import { createDeliveryDedup } from '../../src/state/delivery-dedup.js';
import { toBoltLogger } from './bolt-logger.js';
import { deliveryKey } from './delivery-key.js';
import { healthRoutes } from './health-routes.js';
import { registerActionRouter } from './inbound/action-router.js';
import { registerActionListeners } from './inbound/actions.js';
import { registerCheckShortcut } from './inbound/check-shortcut.js';
import { registerErrorHandler } from './inbound/error-handler.js';
import { registerEventListeners } from './inbound/events.js';
import { registerFeedbackListeners } from './inbound/feedback.js';
import { registerStatsCommand } from './inbound/stats-command.js';
import { guardRequests } from './request-guard.js';
import type { SlackConfig } from './settings.js';

export interface SlackAdapterOptions {
  /** Web API retries (default 2; tests use 0 so a failing stand-in does not stall them). */
  retries?: number;
  /** Web API timeout in ms (default 10 s). */
  timeoutMs?: number;
}

const EVENTS_PATH = '/slack/events';

/** A running Slack adapter; `port` is set in HTTP mode once started. */
export interface SlackAdapter extends Adapter {
  readonly app: App;
  port(): number | undefined;
}

/** Creates the Slack adapter from validated settings. */
export function createAdapter(
  deps: AdapterDeps,
  config: SlackConfig,
  options: SlackAdapterOptions = {},
): SlackAdapter {
  const state = { ready: false };
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { retries: options.retries ?? 2 },
    timeout: options.timeoutMs ?? 10_000,
  };
  const logger = toBoltLogger(deps.logger);
  // Initialisation is deferred to start(), so a rejected token is an error we report, not an unhandled rejection.
  const common = {
    token: config.botToken,
    clientOptions,
    logger,
    extendedErrorHandler: true,
    deferInitialization: true,
    // statbot keeps its own conversation context; Bolt's store would only add work to every request.
    convoStore: false as const,
  };
  const draining = () => Boolean(deps.inFlight?.draining);
  const httpReceiver = (signingSecret: string) => {
    const receiver = new HTTPReceiver({
      signingSecret,
      endpoints: EVENTS_PATH,
      logger,
      customRoutes: healthRoutes(() => state.ready && !draining(), deps.state?.dependencies),
    });
    receiver.requestListener = guardRequests(receiver.requestListener, {
      path: EVENTS_PATH,
      isDraining: draining,
      logger: deps.logger,
    });
    return receiver;
  };
  const app =
    config.mode === 'socket'
      ? new App({ ...common, appToken: config.appToken, socketMode: true })
      : new App({ ...common, receiver: httpReceiver(config.signingSecret) });

  // Shared with the other replicas through Redis when it is configured, so a retry that reaches another
  // replica is dropped there.
  const deliveries = deps.state?.deliveries ?? createDeliveryDedup();
  // One global middleware (each one costs every request): Slack re-delivers an event it thinks we missed,
  // and a signed request can be replayed within its 5-minute window, so each event id and each command's or
  // click's (team, user, trigger_id) is answered once; and every request runs inside the shared in-flight
  // tracker, so shutdown waits for replies being sent.
  app.use(async (args) => {
    const key = deliveryKey(args.body);
    if (key && !(await deliveries.claim(key))) {
      deps.logger.debug({ component: 'slack', key }, 'slack: duplicate delivery ignored');
      await (args as { ack?: () => Promise<void> }).ack?.();
      return;
    }
    await (deps.inFlight ? deps.inFlight.run(args.next) : args.next());
  });
  registerEventListeners(app, deps);
  registerStatsCommand(app, deps);
  registerCheckShortcut(app, deps);
  const buttons = registerActionRouter(app);
  registerActionListeners(app, buttons, deps);
  registerFeedbackListeners(app, buttons, deps);
  registerErrorHandler(app, deps);

  let server: Server | undefined;
  return {
    name: 'slack',
    app,
    port() {
      const address = server?.address();
      return address && typeof address === 'object' ? address.port : undefined;
    },
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw startFailure('Slack', 'SLACK_BOT_TOKEN', 'SLACK_API_URL', error);
      }
      const started = config.mode === 'socket' ? await app.start() : await app.start(config.port);
      if (config.mode === 'http') server = started as Server;
      state.ready = true;
      deps.logger.info(
        { mode: config.mode, port: config.mode === 'http' ? this.port() : undefined },
        'slack adapter started',
      );
    },
    async stop() {
      state.ready = false;
      await app.stop();
    },
  };
}
