// Retries Discord REST calls that fail with a server error (5xx) or a network error, waiting longer each
// time. @discordjs/rest retries those at once (8 attempts in 30 ms seen), which only adds load to an outage.
import { DefaultRestOptions } from 'discord.js';

type MakeRequest = typeof DefaultRestOptions.makeRequest;
type RequestInit = Parameters<MakeRequest>[1];

/** Waits before each retry: about 0.25 s, 0.5 s, 1 s (±20 %), inside an interaction's 3-second window. */
export const REST_RETRY_DELAYS_MS = [250, 500, 1000];

/** A body that can be sent again (a stream cannot). */
function isReplayable(body: RequestInit['body']): boolean {
  return (
    body === undefined ||
    body === null ||
    typeof body === 'string' ||
    body instanceof Uint8Array ||
    body instanceof ArrayBuffer ||
    body instanceof URLSearchParams ||
    body instanceof FormData
  );
}

function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Wraps `makeRequest` so 5xx answers and network errors are retried with back-off. */
export function withBackoff(
  makeRequest: MakeRequest = DefaultRestOptions.makeRequest,
  delaysMs: readonly number[] = REST_RETRY_DELAYS_MS,
): MakeRequest {
  return async (url, init) => {
    for (let attempt = 0; ; attempt++) {
      const delay = delaysMs[attempt];
      const last = delay === undefined || !isReplayable(init.body);
      try {
        const res = await makeRequest(url, init);
        if (res.status < 500 || last) return res;
        await res.arrayBuffer().catch(() => undefined); // free the connection
      } catch (error) {
        if (last || init.signal?.aborted) throw error;
      }
      await sleep(delay * (0.8 + Math.random() * 0.4), init.signal);
      if (init.signal?.aborted) throw new Error('Discord request aborted while waiting to retry');
    }
  };
}

/** REST options for discord.js: our back-off does the retrying, so the library's own is off. */
export function restOptions(apiUrl: string | undefined) {
  return { ...(apiUrl ? { api: apiUrl } : {}), retries: 0, makeRequest: withBackoff() };
}
