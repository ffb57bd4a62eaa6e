// Platform-neutral service the adapters call: answering with conversation context, feedback and the gaps report.
import { randomBytes } from 'node:crypto';
import { answerQuestion, screenQuestion } from '../core/answer-question.js';
import type { ClaimsReply } from '../core/claims/index.js';
import type { Reply } from '../core/reply.js';
import { packsOf } from '../core/respond/views.js';
import type { FactIndex } from '../core/retrieve/build-index.js';
import { buildGapsReport, formatGapsReport, type GapGroup } from '../gaps/gaps-report.js';
import { createNullGapsStore, type GapEntry, type GapsStore } from '../gaps/gaps-store.js';
import { mayKeepQuestion, mayKeepText, publicNamesOf, redactForGaps } from '../gaps/keep-question.js';
import type { Logger } from '../logger.js';
import type { Screening } from '../safety/screen.js';
import { type ConversationStore, createMemoryConversationStore } from '../state/conversation-store.js';
import type { FeedbackTurn, SharedTurns } from '../state/turn-store.js';
import { type Catalogue, createCatalogue } from './catalogue.js';
import { createCheck } from './check-service.js';
import { createExpiringMap } from './expiring-map.js';
import { createLocaleCounts, type LocaleCounts } from './locale-counts.js';
import type { RateLimiter } from './rate-limit.js';
import { createSafetyCounts, type SafetyCounts } from './safety-counts.js';

/** Where a question came from: the platform and opaque keys for the asker and the conversation. */
export interface AskContext {
  /** The platform's name (`slack`, `discord`, `http`, `console`, `cli`…): a new platform adds none here. */
  platform: string;
  /** `platform:userId`, as listed in STATBOT_ADMINS; never stored with a question. */
  userKey: string;
  /**
   * One conversation of one user (thread, reply chain, DM or console session); context never crosses keys.
   * Absent: a one-off question, read on its own and not remembered for follow-ups.
   */
  conversationKey?: string;
  /**
   * The asker's language as the platform gives it (BCP 47, "en-GB"); absent where it gives none. Replies are in
   * English for now: it is counted (`localeCounts`), so an operator can see which languages ask.
   */
  locale?: string;
}

export type GapsReportResult = { allowed: false } | { allowed: true; groups: GapGroup[]; lines: string[] };

/** The one port adapters call: questions, claim checks, the catalogue, feedback and the gaps report. */
export interface StatbotService extends Catalogue {
  /** Answers a question; `explain` adds how it was understood and why it got its reply. */
  ask(question: string, context: AskContext, options?: { explain?: boolean }): Promise<Reply>;
  /** Checks the statistical claims in a message (safety first, rate limited, `not_in_source` kept as gaps). */
  check(text: string, context: AskContext): Promise<ClaimsReply>;
  /** Records a 👍/👎 on an answered turn; a 👎 is kept for the gaps report. Returns its id for a reason. */
  feedback(turnId: string, vote: 'up' | 'down', platform: AskContext['platform']): number | undefined;
  /** Adds a 👎 voter's reason. */
  addFeedbackReason(feedbackId: number, reason: string): void;
  /** The gaps report, for admins only (read from the shared database when there is one). */
  gapsReport(userKey: string): Promise<GapsReportResult>;
  /** How often each safety decision has fired since start-up (counts only). */
  safetyCounts(): Readonly<SafetyCounts>;
  /** Messages (questions and checks) per asker's locale since start-up (counts only). */
  localeCounts(): Readonly<LocaleCounts>;
  /** Waits (a bounded time) for the gaps writes queued behind replies. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Conversations remembered at once (oldest forgotten first). */
  maxConversations?: number;
  /** How long a conversation's last turn is remembered. */
  contextTtlMs?: number;
  now?: () => number;
}

export interface ServiceDeps {
  index: FactIndex;
  gaps?: GapsStore;
  /** `platform:userId` of the people allowed to see the gaps report. */
  admins?: ReadonlySet<string>;
  /** Per-user limit on questions (none when absent). */
  limiter?: RateLimiter;
  /** For safety decision counts (never text). */
  logger?: Logger;
  /** Where follow-ups find the previous turn (this process's memory when absent). */
  conversations?: ConversationStore;
  /** Answered turns shared by replicas, so a 👎 may reach another replica than the answer's (Redis). */
  sharedTurns?: SharedTurns;
}

type Turn = FeedbackTurn;

/** Declines worth a pack author's attention (not greetings, empty input, harm or safeguarding). */
const RECORDED_DECLINES = new Set(['not_covered', 'off_topic']);

function gapEntryFor(reply: Reply, platform: string, screening: Screening): GapEntry | undefined {
  // Only plain statistics questions: never a child's disclosure, never a harmful ask.
  const onTopic =
    reply.status === 'ambiguous' || (reply.status === 'abstained' && reply.reason.code === 'not_covered');
  if (!mayKeepQuestion(screening, onTopic) || reply.help) return undefined;
  const nearest = reply.suggestions[0];
  const base = {
    question: reply.question.trim(),
    platform,
    packId: nearest?.packId ?? reply.packs[0]?.id ?? '',
    topFactId: nearest?.factId ?? '',
  };
  if (reply.status === 'ambiguous') return { ...base, status: 'ambiguous', reason: 'ambiguous' };
  if (reply.status === 'abstained' && RECORDED_DECLINES.has(reply.reason.code)) {
    const kind = 'kind' in reply.reason ? `/${reply.reason.kind}` : '';
    return { ...base, status: 'abstained', reason: `${reply.reason.code}${kind}` };
  }
  return undefined;
}

/** Builds the service over an index built once at start-up. */
export function createStatbotService(deps: ServiceDeps, options: ServiceOptions = {}): StatbotService {
  const now = options.now ? { now: options.now } : {};
  const gaps = deps.gaps ?? createNullGapsStore();
  const conversations =
    deps.conversations ??
    createMemoryConversationStore({
      max: options.maxConversations ?? 10_000,
      ttlMs: options.contextTtlMs ?? 30 * 60 * 1000,
      ...now,
    });
  const turns = createExpiringMap<Turn>({ max: 20_000, ttlMs: 24 * 60 * 60 * 1000, ...now });
  // Writes happen after the reply is handed back, so a slow or broken database never delays or breaks it;
  // `flush` lets shutdown wait for the ones still queued.
  const queued = new Set<Promise<void>>();
  const later = (work: () => unknown) => {
    const done = new Promise<void>((resolve) => setImmediate(resolve)).then(work).then(
      () => undefined,
      (error: unknown) => deps.logger?.warn({ err: error }, 'gaps: a queued write failed'),
    );
    queued.add(done);
    void done.then(() => queued.delete(done));
  };
  // People the packs name (Wanless, Zuckerberg…) stay in stored questions; anyone else's name is redacted.
  const publicNames = publicNamesOf(deps.index.packs);
  const redact = (text: string) => redactForGaps(text, publicNames);
  const counts = createSafetyCounts(deps.logger);
  const locales = createLocaleCounts(deps.logger);
  // Turn ids only let a 👍/👎 name its answer; a per-process random prefix and a counter are enough
  // (and far cheaper than fresh random bytes on every answer).
  const turnPrefix = randomBytes(4).toString('hex');
  let turnCounter = 0;
  const rememberTurn = (turnId: string, turn: Turn) => {
    turns.set(turnId, turn);
    deps.sharedTurns?.set(turnId, turn);
  };
  const check = createCheck({
    index: deps.index,
    ...(deps.limiter ? { limiter: deps.limiter } : {}),
    recordScreening: (screening) => counts.record(screening),
    keepGap: (entry) => later(() => gaps.record({ ...entry, question: redact(entry.question) })),
    newTurn: (turn) => {
      const turnId = `${turnPrefix}${(turnCounter++).toString(36)}`;
      rememberTurn(turnId, turn);
      return turnId;
    },
  });
  const downvote = (turn: Turn, platform: AskContext['platform']): GapEntry => ({
    question: redact(turn.question),
    platform,
    packId: turn.packId,
    status: 'downvoted',
    reason: 'downvoted',
    topFactId: turn.factId,
  });

  return {
    ...createCatalogue(deps.index),
    check(text, context) {
      locales.record(context.locale);
      return check(text, context);
    },
    async ask(question, context, options = {}) {
      locales.record(context.locale);
      const screening = screenQuestion(question);
      counts.record(screening);
      // Help is never rate limited, and the operator's own terminal is not a chat user.
      const limiter = screening.safeguarding || context.platform === 'console' ? undefined : deps.limiter;
      const verdict = limiter ? await limiter.consume(context.userKey) : { allowed: true as const };
      if (!verdict.allowed) {
        const reason = { code: 'rate_limited' as const, retryAfterSeconds: verdict.retryAfterSeconds };
        return {
          status: 'abstained',
          question,
          reason,
          confidence: 0,
          suggestions: [],
          packs: packsOf(deps.index),
          citations: [],
        };
      }
      const key =
        context.conversationKey === undefined ? undefined : `${context.platform}:${context.conversationKey}`;
      // A concern is read on its own: an earlier turn never changes or suppresses the help.
      const prior = screening.safeguarding || !key ? undefined : await conversations.get(key);
      const explain = options.explain === true ? { explain: true } : {};
      const reply = answerQuestion(question, deps.index, {
        screening,
        ...explain,
        ...(prior ? { prior } : {}),
      });
      const entry = gapEntryFor(reply, context.platform, screening);
      if (entry) later(() => gaps.record({ ...entry, question: redact(entry.question) }));
      const first = reply.status === 'answered' ? reply.facts[0] : undefined;
      // Nothing of a message about a child at risk is kept: no context, no turn for feedback.
      if (reply.status !== 'answered' || !first || reply.help) return reply;
      // A store outside this process is held to the gaps rules: no text with any sign of a concern or harm.
      if (key && (!conversations.shared || mayKeepText(screening)))
        await conversations.set(key, {
          question: reply.readAs ?? question,
          packId: first.packId,
          factIds: reply.facts.map((f) => f.factId),
        });
      const turnId = `${turnPrefix}${(turnCounter++).toString(36)}`;
      // Only a 👎 keeps the question, so it is redacted then, not on every answer.
      if (mayKeepQuestion(screening, true))
        rememberTurn(turnId, { question: question.trim(), packId: first.packId, factId: first.factId });
      return { ...reply, turnId };
    },
    feedback(turnId, vote, platform) {
      if (vote === 'up') return undefined;
      // Only answered, unflagged statistics questions have turns.
      const turn = turns.get(turnId);
      if (turn) return gaps.record(downvote(turn, platform));
      const shared = deps.sharedTurns;
      if (!shared) return undefined;
      // Answered by another replica: the id is handed back now (the reason form needs it), the row follows.
      const id = gaps.reserveId?.();
      later(async () => {
        const found = await shared.get(turnId);
        if (found) gaps.record(downvote(found, platform), id);
      });
      return id;
    },
    addFeedbackReason(feedbackId, reason) {
      const trimmed = reason.trim();
      // A reason is free text too: it is kept only if it would be kept as a question.
      if (trimmed && mayKeepText(screenQuestion(trimmed)))
        later(() => gaps.addFeedback(feedbackId, redact(trimmed)));
    },
    async gapsReport(userKey) {
      if (!deps.admins?.has(userKey)) return { allowed: false };
      const groups = buildGapsReport(await gaps.rows(), deps.index);
      return { allowed: true, groups, lines: formatGapsReport(groups) };
    },
    safetyCounts: () => counts.snapshot(),
    localeCounts: () => locales.snapshot(),
    async flush() {
      await Promise.race([
        Promise.all([...queued]).then(() => gaps.flush?.()),
        new Promise((resolve) => setTimeout(resolve, 5000).unref()),
      ]);
    },
    async close() {
      await this.flush();
      counts.log();
      locales.log();
      await gaps.close();
      await deps.limiter?.close();
    },
  };
}
