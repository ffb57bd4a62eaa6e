// Checks each request to Slack's events URL before Bolt sees it: no work while shutting down, and
// only bodies that are objects (Bolt 5.1 reads `body.ssl_check` and crashes the process on `null`).
import type { IncomingMessage, RequestListener } from 'node:http';
import { parse as parseQuery, unescape as unescapeQuery } from 'node:querystring';
import type { Logger } from '../../src/logger.js';

/** Bolt's own default body limit. */
const BODY_LIMIT_BYTES = 10 * 1024 * 1024;

export interface RequestGuardOptions {
  /** The events path Bolt serves (POST). */
  path: string;
  isDraining: () => boolean;
  logger: Logger;
}

/** Reads the whole body, or undefined once it passes the limit. */
async function readRaw(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** True when `json` is (or would be, if valid) a JSON object: Bolt rejects invalid JSON with 400 itself. */
const looksLikeObject = (json: string) => json.trimStart().startsWith('{');

/**
 * False only for a body Bolt would parse to something that is not an object (null, an array, a number…).
 * Checked by shape, without parsing: this runs on every request.
 */
export function isObjectBody(raw: string, contentType: string | undefined): boolean {
  if (contentType !== 'application/x-www-form-urlencoded') return looksLikeObject(raw);
  // A form is an object, unless it carries a `payload` field (its name may be %-encoded), which Bolt parses
  // as JSON.
  const hasPayload = raw.split('&').some((field) => {
    const name = field.split('=', 1)[0] ?? '';
    return (name.includes('%') ? unescapeQuery(name) : name) === 'payload';
  });
  if (!hasPayload) return true;
  const payload = parseQuery(raw).payload;
  return typeof payload !== 'string' || looksLikeObject(payload);
}

/** Wraps Bolt's HTTP request listener. */
export function guardRequests(listener: RequestListener, options: RequestGuardOptions): RequestListener {
  const log = options.logger.child({ component: 'slack' });
  const reply = (
    res: Parameters<RequestListener>[1],
    status: number,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, headers);
    res.end();
  };
  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== options.path) return void listener(req, res);
    if (options.isDraining()) {
      // Acknowledging and dropping would lose the request; a 503 lets Slack retry it elsewhere.
      log.warn('slack: refused a request while shutting down (503, Slack retries events)');
      req.resume();
      return reply(res, 503, { 'retry-after': '1', connection: 'close' });
    }
    readRaw(req).then(
      (raw) => {
        if (raw === undefined) {
          log.warn({ limit: BODY_LIMIT_BYTES }, 'slack: request body too large (413)');
          return reply(res, 413, { connection: 'close' });
        }
        if (!isObjectBody(raw.toString(), req.headers['content-type'])) {
          log.warn('slack: request body is not an object (400)');
          return reply(res, 400);
        }
        // Bolt reuses a body already read (its BufferedIncomingMessage contract).
        Object.assign(req, { rawBody: raw });
        listener(req, res);
      },
      (error: unknown) => {
        log.warn({ err: error }, 'slack: could not read a request body (400)');
        if (!res.headersSent) reply(res, 400);
      },
    );
  };
}
