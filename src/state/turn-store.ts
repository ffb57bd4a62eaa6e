// Answered turns a 👎 can name, shared through Redis so the click may reach any replica (this process's memory
// is always checked first).
import { z } from 'zod';
import type { SharedRedis } from './shared-redis.js';

/** What a 👎 keeps of the answer it is about (only questions the gaps rules would keep get a turn). */
export interface FeedbackTurn {
  question: string;
  packId: string;
  factId: string;
}

export interface SharedTurns {
  get(turnId: string): Promise<FeedbackTurn | undefined>;
  /** Stores in the background: a write that fails only means a 👎 on another replica is not recorded. */
  set(turnId: string, turn: FeedbackTurn): void;
}

/** As long as a turn is kept in memory. */
const TTL_MS = 24 * 60 * 60 * 1000;
const MAX_CHARS = 500;

const storedTurn = z.object({
  question: z.string().max(MAX_CHARS),
  packId: z.string().max(200),
  factId: z.string().max(200),
});

/** Turn ids are random per process, not a person's id: they need no hashing. */
const keyOf = (turnId: string) => `statbot:turn:${turnId.slice(0, 64)}`;

export function createRedisTurns(redis: SharedRedis): SharedTurns {
  return {
    async get(turnId) {
      const client = await redis.client();
      if (!client) return undefined;
      try {
        const raw = await client.get(keyOf(turnId));
        const parsed = raw === null ? undefined : storedTurn.safeParse(JSON.parse(raw));
        return parsed?.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    set(turnId, turn) {
      const value = JSON.stringify({
        question: turn.question.slice(0, MAX_CHARS),
        packId: turn.packId.slice(0, 200),
        factId: turn.factId.slice(0, 200),
      });
      void redis
        .client()
        .then((client) => client?.set(keyOf(turnId), value, 'PX', TTL_MS))
        .catch(() => undefined);
    },
  };
}
