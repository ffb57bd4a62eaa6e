// Turns a platform's start-up failure into one clear message: unreachable, or credentials refused.
import { StatbotError } from '../errors.js';

const NETWORK =
  /fetch failed|request error|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|socket hang up|timed? ?out/iu;

function detailOf(error: unknown): string {
  const e = error as {
    data?: { error?: string };
    code?: string | number;
    status?: number;
    message?: string;
    original?: { code?: string };
    cause?: { code?: string };
  };
  return String(
    e.data?.error ?? e.original?.code ?? e.cause?.code ?? e.status ?? e.code ?? e.message ?? 'unknown error',
  );
}

/** A StatbotError saying whether `platform` could not be reached or refused `tokenVar`. Never includes a secret. */
export function startFailure(
  platform: string,
  tokenVar: string,
  urlVar: string,
  error: unknown,
): StatbotError {
  const detail = detailOf(error);
  const text = `${detail} ${error instanceof Error ? error.message : ''} ${JSON.stringify((error as { original?: unknown }).original ?? '')}`;
  const message = NETWORK.test(text)
    ? `Could not reach the ${platform} API (${detail}). Check the network, a proxy if you use one, and ${urlVar} if set.`
    : `${platform} did not accept ${tokenVar} (${detail}). Check the token and the app's installation, and ${urlVar} if set.`;
  return new StatbotError(`${platform.toUpperCase()}_START_FAILED`, message, { cause: error });
}
