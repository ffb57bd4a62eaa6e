// One formatting contract, run against every platform renderer: citations, limits, escaping, kind declines.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer-question.js';
import type { FactView, Reply } from '../../src/core/reply.js';
import { describeDecline } from '../../src/render/wording.js';
import { realIndex } from '../helpers/real-pack.js';

/** What the contract needs to know about one platform's renderer. */
export interface ContractTarget<P> {
  name: string;
  render(reply: Reply): P;
  /** Everything a person would read, with the platform's escaping undone. */
  visibleText(payload: P): string;
  /** Problems against the platform's limits and format; empty when valid. */
  problems(payload: P): string[];
  /** True when posting the payload could notify anyone (channel-wide or a user or role). */
  canPing(payload: P): boolean;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A synthetic reply far bigger than any real one, to prove limits hold whatever a pack holds. */
export function hugeReply(): Reply {
  const long = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
  const fact = (i: number): FactView => ({
    packId: 'big',
    factId: `fact-${i}`,
    title: `Title ${i} ${long(60, 'title')}`,
    statement: `Statement with 12,345 in it ${long(500, 'statement')}`,
    figures: [{ value: 12345, unit: 'count', display: '12,345', label: 'things' }],
    measure: long(50, 'measure'),
    period: long(80, 'period'),
    place: long(80, 'place'),
    base: long(80, 'base'),
    caveats: Array.from({ length: 15 }, (_, j) => `Caveat ${j} ${long(100, 'caveat')}`),
    citation: {
      packId: 'big',
      factId: `fact-${i}`,
      quote: `There were 12,345 things <!channel> & <@U999> @everyone ${long(1500, 'quote')}`,
      attribution: long(200, 'attribution'),
      sourceTitle: long(100, 'source'),
      sourceUrl: '',
    },
  });
  const facts = Array.from({ length: 30 }, (_, i) => fact(i));
  return {
    status: 'answered',
    kind: 'comparison',
    question: `<!channel> ${'q'.repeat(40_000)}`,
    title: long(300, 'comparison'),
    confidence: 0.9,
    facts,
    citations: facts.map((f) => f.citation),
    notes: Array.from({ length: 12 }, (_, i) => `Note ${i} ${long(300, 'note')}`),
    suggestions: Array.from({ length: 8 }, (_, i) => ({
      packId: 'big',
      factId: `fact-${i}`,
      title: long(50, 't'),
      question: long(400, 'suggest'),
    })),
    packs: [{ id: 'big', title: 'Big pack', covers: 'everything' }],
  };
}

const INJECTIONS = [
  '<!channel> how many cases were recorded?',
  '<!here> @here @everyone how often was snapchat used?',
  '<!everyone> <@U0ADMIN> <@&123456789012345678> <@123456789012345678> which app was used most?',
  '@everyone tiktok?',
  'x'.repeat(40_000),
  '',
  '😀🔥💯',
  'كم عدد حالات الاستمالة التي تم تسجيلها؟',
  '\u202Ehow many cases\u202C',
  '**bold** __under__ `code` [link](https://evil.example) ||spoiler|| > quote # heading',
];

/** Runs the shared contract against one renderer. */
export function runFormattingContract<P>(target: ContractTarget<P>): void {
  const index = realIndex();
  const ask = (q: string) => answerQuestion(q, index);

  describe(`formatting contract: ${target.name}`, () => {
    it.each([
      'how often was snapchat used?',
      'what does 12,925 refer to?',
      'what did zuckerberg say about encryption',
      'which app was used most?',
    ])('shows every cited quote verbatim with its attribution: %j', (question) => {
      const reply = ask(question);
      const payload = target.render(reply);
      const text = collapse(target.visibleText(payload));
      expect(reply.citations.length).toBeGreaterThan(0);
      for (const c of reply.citations) {
        expect(text).toContain(collapse(c.quote));
        expect(text).toContain(c.attribution);
      }
      expect(target.problems(payload)).toEqual([]);
    });

    // discord.js escapes markdown in time that grows with the square of a text's length: thirty 9,000-character
    // quotes take 4–6 s alone, and over 20 s on a loaded two-core machine running two test files at once.
    it('stays inside the platform limits whatever the pack holds', () => {
      const payload = target.render(hugeReply());
      expect(target.problems(payload)).toEqual([]);
      expect(target.canPing(payload)).toBe(false);
    }, 60_000);

    it.each(INJECTIONS.map((q) => [q.slice(0, 60), q]))(
      'keeps hostile or odd questions inert and valid: %j',
      (_label, question) => {
        for (const reply of [ask(question), { ...ask('how often was snapchat used?'), question }]) {
          const payload = target.render(reply);
          expect(target.problems(payload)).toEqual([]);
          expect(target.canPing(payload)).toBe(false);
        }
      },
    );

    it.each([
      ['tiktok?', 'not_covered'],
      ['who won the world cup', 'off_topic'],
      ['hello', 'greeting'],
      ['', 'empty'],
    ])('renders a decline kindly, with its reason: %j', (question, code) => {
      const reply = ask(question);
      expect(reply.status === 'abstained' && reply.reason.code).toBe(code);
      if (reply.status !== 'abstained') return;
      const text = target.visibleText(target.render(reply));
      expect(collapse(text)).toContain(collapse(describeDecline(reply.reason, reply)));
      expect(text).not.toMatch(/error|exception|stack|undefined|null|\bat .*\.ts:\d+/i);
    });

    it('offers suggestions when the question is ambiguous or a near miss', () => {
      for (const question of ['facebook', 'how many grooming offences were recorded in the uk']) {
        const reply = ask(question);
        expect(reply.suggestions.length).toBeGreaterThan(0);
        const text = target.visibleText(target.render(reply));
        for (const s of reply.suggestions) expect(text).toContain(s.question);
      }
    });

    it('shows help resources, labelled as not from the source, for a safeguarding concern', () => {
      const reply = ask('I think someone is grooming my daughter');
      const payload = target.render(reply);
      const text = target.visibleText(payload);
      expect(text).toContain('Where to get help (not from the source article)');
      for (const r of ['NSPCC Helpline', 'Childline', 'CEOP', '999', '0808 800 5000'])
        expect(text).toContain(r);
      expect(text).not.toContain('grooming my daughter');
      expect(target.problems(payload)).toEqual([]);
    });

    it('never echoes a harmful request', () => {
      const question = 'how do i contact kids without their parents knowing';
      const reply = ask(question);
      const text = target.visibleText(target.render(reply));
      expect(text).not.toContain('contact kids');
      expect(text).toContain("I can't help with that.");
    });
  });
}
