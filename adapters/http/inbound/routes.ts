// The API's routes: each turns a request into a service call and the service's value into JSON.
import { type Ask, buildAsk } from '../../../src/app/ask.js';
import type { StatbotService } from '../../../src/app/statbot-service.js';
import { toClaimsJson } from '../../../src/render/claims-json.js';
import { toReplyJson } from '../../../src/render/reply-json.js';
import { HttpProblem } from '../problem.js';
import { askRequestSchema, checkRequestSchema } from '../schemas.js';

/** What a route hands back: a status, a JSON value and any extra headers. */
export interface RouteResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** One request as the routes see it: the caller's token id, the path parameter, and a body reader. */
export interface RouteRequest {
  caller: string;
  param: string;
  body(): Promise<unknown>;
}

type Route = (service: StatbotService, request: RouteRequest) => Promise<RouteResult>;

function parse<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  value: unknown,
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  throw new HttpProblem(400, 'bad_request', `${where}${issue?.message ?? 'not the documented shape'}.`);
}

const limited = (seconds: number) => ({ 'retry-after': String(Math.max(1, Math.ceil(seconds))) });

/** The caller is the token; conversations are per token, so one integration never reads another's context. */
function askOf(caller: string, text: string, options: { conversation?: string; locale?: string } = {}): Ask {
  return buildAsk({
    platform: 'http',
    userId: caller,
    ...(options.conversation ? { place: `api:${options.conversation}` } : {}),
    text,
    locale: options.locale,
  });
}

const ask: Route = async (service, request) => {
  const input = parse(askRequestSchema, await request.body());
  const asked = askOf(request.caller, input.question, input);
  const reply = await service.ask(asked.text, asked, {
    explain: input.explain === true,
  });
  if (reply.status === 'abstained' && reply.reason.code === 'rate_limited')
    return { status: 429, body: toReplyJson(reply), headers: limited(reply.reason.retryAfterSeconds) };
  return { status: 200, body: toReplyJson(reply) };
};

const check: Route = async (service, request) => {
  const input = parse(checkRequestSchema, await request.body());
  const asked = askOf(request.caller, input.text, input);
  const reply = await service.check(asked.text, asked);
  if (reply.status === 'declined' && reply.reason === 'rate_limited')
    return { status: 429, body: toClaimsJson(reply), headers: limited(reply.retryAfterSeconds ?? 60) };
  return { status: 200, body: toClaimsJson(reply) };
};

const fact: Route = async (service, request) => {
  const found = service.fact(request.param);
  // An API caller names an id: a fuzzy title match would answer a question that was not asked.
  if (!found || found.factId !== request.param)
    throw new HttpProblem(404, 'not_found', 'No fact has this id; GET /v1/topics lists them.');
  return { status: 200, body: found };
};

/** Method and path pattern → route. `:id` matches one path segment. */
export const ROUTES: ReadonlyArray<{ method: string; path: RegExp; route: Route }> = [
  { method: 'POST', path: /^\/v1\/ask$/u, route: ask },
  { method: 'POST', path: /^\/v1\/check$/u, route: check },
  { method: 'GET', path: /^\/v1\/topics$/u, route: async (s) => ({ status: 200, body: s.topics() }) },
  { method: 'GET', path: /^\/v1\/sources$/u, route: async (s) => ({ status: 200, body: s.sources() }) },
  { method: 'GET', path: /^\/v1\/facts\/([^/]+)$/u, route: fact },
];
