// Where follow-ups find the previous turn: this process's memory, or Redis shared by every replica.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { createExpiringMap } from '../app/expiring-map.js';
import type { PriorTurn } from '../core/answer-question.js';
import type { SharedRedis } from './shared-redis.js';

export interface ConversationStore {
  /** True when the turns leave this process (then only text the gaps rules would keep is stored). */
  readonly shared: boolean;
  /** The conversation's last answered turn, if it is recent; undefined when the store cannot be read. */
  get(key: string): Promise<PriorTurn | undefined>;
  /** Remembers the last answered turn; a store that cannot be written is skipped, never an error. */
  set(key: string, turn: PriorTurn): Promise<void>;
}

export interface ConversationStoreOptions {
  /** How long a conversation's last turn is remembered (default 30 minutes). */
  ttlMs?: number;
  /** Conversations kept in memory at once (default 10,000; Redis bounds them by time alone). */
  max?: number;
  now?: () => number;
}

const DEFAULT_TTL_MS = 30 * 60 * 1000;
/** Bounds on one stored turn: the core's own context is at most 500 characters. */
const MAX_QUESTION_CHARS = 500;
const MAX_FACTS = 10;
const MAX_ID_CHARS = 200;

const storedTurn = z.object({
  question: z.string().max(MAX_QUESTION_CHARS),
  packId: z.string().max(MAX_ID_CHARS),
  factIds: z.array(z.string().max(MAX_ID_CHARS)).max(MAX_FACTS),
});

/** Only what a follow-up needs, cut to size. */
export function boundTurn(turn: PriorTurn): PriorTurn {
  return {
    question: turn.question.slice(-MAX_QUESTION_CHARS),
    packId: turn.packId.slice(0, MAX_ID_CHARS),
    factIds: turn.factIds.slice(0, MAX_FACTS).map((id) => id.slice(0, MAX_ID_CHARS)),
  };
}

/** The Redis key for a conversation: a hash, so team, channel and user ids never reach Redis. */
export function conversationRedisKey(key: string): string {
  return `statbot:ctx:${createHash('sha256').update(key).digest('base64url')}`;
}

/** Turns kept in this process (one replica's memory). */
export function createMemoryConversationStore(options: ConversationStoreOptions = {}): ConversationStore {
  const turns = createExpiringMap<PriorTurn>({
    max: options.max ?? 10_000,
    ttlMs: options.ttlMs ?? DEFAULT_TTL_MS,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    shared: false,
    get: async (key) => turns.get(key),
    set: async (key, turn) => turns.set(key, turn),
  };
}

/** Turns kept in Redis with a time-to-live, so a follow-up may reach any replica. */
export function createRedisConversationStore(
  redis: SharedRedis,
  options: Pick<ConversationStoreOptions, 'ttlMs'> = {},
): ConversationStore {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  return {
    shared: true,
    async get(key) {
      const client = await redis.client();
      if (!client) return undefined;
      try {
        const raw = await client.get(conversationRedisKey(key));
        if (raw === null) return undefined;
        const parsed = storedTurn.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : undefined;
      } catch {
        // Unreachable (logged once by the connection) or not ours to read: answer without context.
        return undefined;
      }
    },
    async set(key, turn) {
      const client = await redis.client();
      if (!client) return;
      await client
        .set(conversationRedisKey(key), JSON.stringify(boundTurn(turn)), 'PX', ttlMs)
        .catch(() => undefined);
    },
  };
}
