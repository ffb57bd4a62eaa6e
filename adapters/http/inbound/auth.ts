// Bearer-token check for the HTTP API: constant-time, and the caller is named by a hash, never the token.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Returns a checker: the caller's stable id (`t` + 12 hex of the token's hash) for a known token, else undefined. */
export function createTokenCheck(
  tokens: readonly string[],
): (header: string | undefined) => string | undefined {
  const known = tokens.map((t) => ({ hash: digest(t), id: `t${digest(t).toString('hex').slice(0, 12)}` }));
  return (header) => {
    const match = /^Bearer\s+(\S+)\s*$/iu.exec(header ?? '');
    if (!match?.[1]) return undefined;
    const offered = digest(match[1]);
    let found: string | undefined;
    // Compare with every token, without stopping early, so timing says nothing about which one matched.
    for (const k of known) if (timingSafeEqual(offered, k.hash)) found = k.id;
    return found;
  };
}
