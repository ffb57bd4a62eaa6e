// HTTP JSON API adapter: bearer-token requests in, the service's reply values out as JSON (node:http).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Adapter, AdapterDeps } from '../../src/app/adapter.js';
import { newCorrelationId } from '../../src/app/correlation.js';
import { reportFailure } from '../../src/app/report-failure.js';
import { createTokenCheck } from './inbound/auth.js';
import { readJsonBody } from './inbound/read-body.js';
import { ROUTES, type RouteResult } from './inbound/routes.js';
import { buildOpenApiDocument } from './openapi.js';
import { HttpProblem } from './problem.js';
import type { HttpSettings } from './settings.js';

/** The running API; `port` is the one bound (useful with port 0 in tests). */
export interface HttpAdapter extends Adapter {
  readonly port: number;
}

function send(res: ServerResponse, result: RouteResult): void {
  const body = JSON.stringify(result.body);
  res.writeHead(result.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...result.headers,
  });
  res.end(body);
}

function problem(
  status: number,
  code: string,
  message: string,
  reference: string,
  headers = {},
): RouteResult {
  return { status, body: { error: { code, message, reference } }, headers };
}

/** Creates the API server; `start()` listens on the configured host and port. */
export function createAdapter(deps: AdapterDeps, settings: HttpSettings): HttpAdapter {
  const callerOf = createTokenCheck(settings.tokens);
  const openApi = buildOpenApiDocument();
  let server: Server | undefined;

  async function route(req: IncomingMessage): Promise<RouteResult> {
    const path = new URL(req.url ?? '/', 'http://api.invalid').pathname;
    if (req.method === 'GET' && path === '/v1/openapi.json') return { status: 200, body: openApi };
    const matches = ROUTES.filter((r) => r.path.test(path));
    if (matches.length === 0)
      throw new HttpProblem(404, 'not_found', 'No such endpoint; see GET /v1/openapi.json.');
    const caller = callerOf(req.headers.authorization);
    if (!caller)
      throw new HttpProblem(401, 'unauthorized', 'Send a valid API token: Authorization: Bearer <token>.', {
        'www-authenticate': 'Bearer',
      });
    const match = matches.find((r) => r.method === req.method);
    if (!match)
      throw new HttpProblem(405, 'method_not_allowed', `Use ${matches.map((r) => r.method).join(' or ')}.`, {
        allow: matches.map((r) => r.method).join(', '),
      });
    const param = decodeURIComponent(match.path.exec(path)?.[1] ?? '');
    return match.route(deps.service, { caller, param, body: () => readJsonBody(req) });
  }

  // The one error handler: expected problems get their own status and wording; anything else an apology
  // with a reference id that finds the log line. Never a stack trace, a token or the question in the body.
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reference = newCorrelationId();
    let result: RouteResult;
    try {
      result = deps.inFlight?.draining
        ? problem(503, 'shutting_down', 'The server is restarting; try again shortly.', reference, {
            'retry-after': '5',
          })
        : await route(req);
    } catch (error) {
      if (error instanceof HttpProblem) {
        result = problem(error.status, error.code, error.message, reference, error.headers);
      } else {
        const failure = reportFailure(deps.logger, 'http: failed to answer', error);
        result = problem(500, 'internal', failure.apology, failure.ref);
      }
    }
    // A body we stopped reading (too large) would otherwise keep the connection busy.
    if (result.status === 413) res.setHeader('connection', 'close');
    send(res, result);
    deps.logger.debug(
      { method: req.method, path: req.url, status: result.status, ref: reference },
      'http: request',
    );
  }

  return {
    name: 'http',
    get port() {
      const address = server?.address();
      return address && typeof address === 'object' ? (address as AddressInfo).port : settings.port;
    },
    async start() {
      server = createServer((req, res) => {
        const work = () => handle(req, res);
        void (deps.inFlight ? deps.inFlight.run(work) : work()).catch((error: unknown) => {
          deps.logger.error({ err: error }, 'http: could not send a response');
          res.destroy();
        });
      });
      server.requestTimeout = 15_000;
      server.headersTimeout = 10_000;
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(settings.port, settings.host, () => resolve());
      });
      deps.logger.info({ port: this.port }, 'http api started');
    },
    async stop() {
      const s = server;
      if (!s) return;
      await new Promise<void>((resolve) => {
        s.close(() => resolve());
        s.closeIdleConnections();
      });
    },
  };
}
