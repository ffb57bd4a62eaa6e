// One behaviour contract, run against every adapter through its platform's stand-in with the real library:
// what a person asking gets, whatever the platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/app/rate-limit.js';
import { type AskContext, createStatbotService, type StatbotService } from '../../src/app/statbot-service.js';
import type { Logger } from '../../src/logger.js';
import { describeDecline } from '../../src/render/wording.js';
import { captureLogs } from '../helpers/log-capture.js';
import { realIndex } from '../helpers/real-pack.js';

/** What one reply looked like to the person who asked. */
export interface Delivery {
  /** Everything a person reads, with the platform's escaping undone. */
  text: string;
  /** Only the asker sees it. */
  private: boolean;
  /** Posting it could notify anyone. */
  canPing: boolean;
  /** It carries 👍 / 👎 buttons. */
  feedback: boolean;
  /** How many suggestion buttons it carries (0 where the platform has none). */
  suggestions: number;
}

/** A running adapter as the contract drives it. */
export interface ContractSession {
  /** Asks the way a person asks in public there (a mention, a line, a POST), as `user` (one of USERS). */
  ask(text: string, user: ContractUser): Promise<Delivery>;
  /** Clicks the first suggestion button of the reply to the last question `user` asked (where there are buttons). */
  clickSuggestion?(user: ContractUser): Promise<Delivery>;
  /** The service's user key for `user` (how the rate limiter knows them). */
  userKey(user: ContractUser): string;
  stop(): Promise<void>;
}

export interface ContractTarget {
  name: string;
  start(deps: { service: StatbotService; logger: Logger }): Promise<ContractSession>;
  /** Whether answers are seen by others in the place (chat platforms), not by the asker alone (API, console). */
  publicReplies: boolean;
  /** Whether a reply can be shown to the asker alone (Slack yes; a reply to a Discord message no). */
  privateReplies: boolean;
  /** Whether replies carry suggestion buttons the contract can click. */
  clicks: boolean;
  /** Whether several users can be told apart (not the console) and are rate limited (not the operator). */
  users: boolean;
  /**
   * The locale the service must receive for the driver's question and suggestion click: the one the driver's
   * payload carries, read into a BCP 47 tag, or undefined where that payload carries none.
   */
  locale: { ask: string | undefined; click?: string | undefined };
}

export const USERS = ['ann', 'bob', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy', 'limited'] as const;
export type ContractUser = (typeof USERS)[number];

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
const APOLOGY = /Sorry, something went wrong on my side.*\(ref [0-9A-F]{8}\)/u;

/** Runs the behaviour contract against one adapter. */
export function runBehaviourContract(target: ContractTarget): void {
  describe(`behaviour contract: ${target.name}`, () => {
    const index = realIndex();
    const logs = captureLogs();
    const reference = createStatbotService({ index });
    const real = createStatbotService({ index });
    const limited = createStatbotService({
      index,
      limiter: createRateLimiter({ points: 1, windowSeconds: 60, logger: logs.logger }),
    });
    const asked: string[] = [];
    const contexts: AskContext[] = [];
    let failNext = false;
    let session: ContractSession;
    // The real service, except that the `limited` user has a limit of one question, and a test can make the
    // next answer fail as a broken dependency would.
    const service: StatbotService = {
      ...real,
      ask(question, context, options) {
        asked.push(question);
        contexts.push(context);
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('contract: a dependency broke'));
        }
        const which = context.userKey === session.userKey('limited') ? limited : real;
        return which.ask(question, context, options);
      },
    };
    const referenceReply = (question: string) =>
      reference.ask(question, { platform: 'cli', userKey: `cli:${question}` });

    beforeAll(async () => {
      session = await target.start({ service, logger: logs.logger });
    }, 30_000);
    afterAll(() => session?.stop());

    it('answers a question with the figure, the verbatim quote and its attribution', async () => {
      const delivery = await session.ask('how often was snapchat used?', 'ann');
      const expected = await referenceReply('how often was snapchat used?');
      const text = collapse(delivery.text);
      expect(expected.citations.length).toBeGreaterThan(0);
      for (const c of expected.citations) {
        expect(text).toContain(collapse(c.quote));
        expect(text).toContain(c.attribution);
      }
      expect(text).toContain('20 percent');
      expect(delivery.private).toBe(!target.publicReplies);
    });

    it('declines with its reason and suggestions', async () => {
      const question = 'how many cases were recorded in scotland?';
      const expected = await referenceReply(question);
      if (expected.status !== 'abstained') throw new Error(`${question} should be declined`);
      const text = collapse((await session.ask(question, 'bob')).text);
      expect(text).toContain(collapse(describeDecline(expected.reason, expected)));
      expect(expected.suggestions.length).toBeGreaterThan(0);
      for (const s of expected.suggestions) expect(text).toContain(s.question);
    });

    it('gives a message about a child at risk the help first, then any figure it asked for', async () => {
      const { text } = await session.ask(
        'my daughter is being groomed on snapchat, how often is snapchat used by groomers?',
        'cat',
      );
      const heading = text.indexOf('Where to get help (not from the source article)');
      expect(heading).toBeGreaterThanOrEqual(0);
      for (const service of ['999', '0808 800 5000', 'Childline']) expect(text).toContain(service);
      expect(text.indexOf('20 percent')).toBeGreaterThan(heading);
      expect(text).not.toContain('my daughter is being groomed');
    });

    it('gives a harmful ask no figure and no echo', async () => {
      const { text } = await session.ask('how do i contact kids without their parents knowing', 'dan');
      expect(text).toContain("I can't help with that.");
      expect(text).not.toContain('contact kids');
      expect(text).not.toMatch(/percent|\d{2,}/u);
    });

    it('never pings anyone, whatever the question holds', async () => {
      for (const question of [
        '<!channel> <!here> @everyone how many cases were recorded?',
        '<@U0ADMIN> <@&123456789012345678> <@123456789012345678> which app was used most?',
      ]) {
        const delivery = await session.ask(question, 'eve');
        expect(delivery.canPing).toBe(false);
        expect(delivery.text).not.toMatch(/error|exception|undefined|\bat .*\.ts:\d+/iu);
      }
    });

    it('reads a follow-up with the same user’s previous question, never another user’s', async () => {
      await session.ask('how often was snapchat used?', 'fay');
      expect((await session.ask('what about instagram?', 'fay')).text).toContain('Read as a follow-up');
      if (target.users)
        expect((await session.ask('what about instagram?', 'gus')).text).not.toContain('Read as a follow-up');
    });

    it('hands the service what the person typed, without the platform’s markup', async () => {
      await session.ask('how often were snapchat & instagram used?', 'bob');
      expect(asked.at(-1)).toBe('how often were snapchat & instagram used?');
    });

    it('hands the service the asker’s locale where the platform gives one, and invents none', async () => {
      await session.ask('how often was snapchat used?', 'ann');
      expect(contexts.at(-1)?.locale).toBe(target.locale.ask);
      if (!target.clicks) return;
      await session.clickSuggestion?.('ann');
      expect(contexts.at(-1)?.locale).toBe(target.locale.click);
    });

    it('apologises for an internal failure with a reference, and keeps answering', async () => {
      failNext = true;
      const failed = await session.ask('how many cases were recorded?', 'hal');
      expect(failed.text).toMatch(APOLOGY);
      expect(failed.text).not.toContain('a dependency broke');
      expect(logs.lines().some((l) => l.includes('contract: a dependency broke'))).toBe(true);
      expect((await session.ask('how often was snapchat used?', 'hal')).text).toContain('20 percent');
    });

    it.runIf(target.users)(
      'slows a rate-limited user down kindly, privately where the platform can',
      async () => {
        await session.ask('how often was snapchat used?', 'limited');
        const slowed = await session.ask('how often was snapchat used?', 'limited');
        expect(slowed.text).toMatch(
          /You're asking faster than I can keep up with\. Please wait \d+ seconds?/u,
        );
        expect(slowed.text).not.toContain('20 percent');
        expect(slowed.private).toBe(target.privateReplies);
      },
    );

    it.runIf(target.clicks)(
      'asks a clicked suggestion through the service: feedback buttons, rate limit and gaps log apply',
      async () => {
        const first = await session.ask('what does 12,925 refer to?', 'ivy');
        expect(first.suggestions).toBeGreaterThan(0);
        expect(first.feedback).toBe(true);
        const before = asked.length;
        const clicked = await session.clickSuggestion?.('ivy');
        expect(asked.length).toBe(before + 1);
        expect(clicked?.feedback, clicked?.text).toBe(true);
        const expected = await referenceReply(asked.at(-1) ?? '');
        expect(collapse(clicked?.text ?? '')).toContain(collapse(expected.citations[0]?.quote ?? '-'));
      },
    );
  });
}
