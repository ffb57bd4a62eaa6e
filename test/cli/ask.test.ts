import { describe, expect, it } from 'vitest';
import type { ReplyJson } from '../../src/render/reply-json.js';
import { runScript } from '../helpers/run-node.js';

const ASK = 'src/cli/ask.ts';

describe('npm run ask (CLI contract)', () => {
  it('prints a readable answer with its citation', async () => {
    const { code, stdout } = await runScript(ASK, ['how often was snapchat used?']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Snapchat was used in 20 percent of the instances for which data was available.',
    );
    expect(stdout).toContain('“Snapchat was used in 20 percent of instances for which data was available.”');
    expect(stdout).toContain('— Law enforcement data, as reported in the article');
  });

  it('adds how each question was understood with --explain, in text and in JSON', async () => {
    const text = await runScript(ASK, ['--explain', 'whatsapp alone %?']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('· read as: figure');
    expect(text.stdout).toContain('· decision: declined: not_covered/scope (WhatsApp alone)');
    const json = await runScript(ASK, ['--json', '--explain'], 'how many cases apr-jun?\nhi\n');
    const lines = json.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ReplyJson);
    expect(lines.map((l) => l.explain?.kind)).toEqual(['figure', 'greeting']);
    expect(lines[0]?.explain?.period).toBe('apr-jun');
    const plain = await runScript(ASK, ['--json', 'hi']);
    expect(JSON.parse(plain.stdout) as ReplyJson).not.toHaveProperty('explain');
  });

  it('prints exactly one JSON object with the contract fields for --json', async () => {
    const { code, stdout } = await runScript(ASK, ['--json', 'what does 12,925 refer to?']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const reply = JSON.parse(lines[0] ?? '') as ReplyJson;
    expect(reply).toMatchObject({ question: 'what does 12,925 refer to?', status: 'answered' });
    expect(reply.confidence).toBeGreaterThan(0.5);
    expect(reply.confidence).toBeLessThanOrEqual(1);
    expect(reply.citations[0]).toMatchObject({
      factId: 'offences-2017-2020',
      quote:
        'A total of 12,925 offences were recorded by police in England and Wales from April 2017 to March 2020',
      attribution: 'Police data, as reported in the article',
    });
    expect(reply.text).toContain('12,925');
    expect(Array.isArray(reply.suggestions)).toBe(true);
  });

  it('reads stdin line by line and prints one JSON object per line, in order, nothing else', async () => {
    const questions = [
      'how many cases were recorded?',
      '',
      'tiktok?',
      'which app was used most?',
      'facebook',
      'hello',
    ];
    const { code, stdout } = await runScript(ASK, ['--json'], `${questions.join('\n')}\n`);
    expect(code).toBe(0);
    const replies = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ReplyJson);
    expect(replies.map((r) => r.question)).toEqual(questions);
    expect(replies.map((r) => r.status)).toEqual([
      'answered',
      'abstained',
      'abstained',
      'answered',
      'ambiguous',
      'abstained',
    ]);
    expect(replies[2]?.text).toBe(
      'The source has no figures for TikTok; it covers Facebook, WhatsApp, Instagram and Snapchat.',
    );
    expect(replies[3]?.citations.map((c) => c.factId)).toEqual([
      'facebook-apps-51-percent',
      'instagram-over-a-third',
      'snapchat-20-percent',
    ]);
  });

  it('fails with a clear message and no stack trace when the knowledge folder is missing', async () => {
    const { code, stdout, stderr } = await runScript(ASK, ['--json', 'hi'], '', {
      STATBOT_KNOWLEDGE_DIR: 'no/such/folder',
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Knowledge folder "no/such/folder" does not exist');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm start without platform credentials', () => {
  it('answers piped questions in the console with citations', async () => {
    const { code, stdout } = await runScript(
      'src/main.ts',
      [],
      'how many cases were recorded?\nwhat did zuckerberg say?\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      'An estimated 1,220 criminal cases of online grooming were recorded between April and June.',
    );
    expect(stdout).toContain('“People expect their private communications to be secure');
    expect(stdout.indexOf('1,220')).toBeLessThan(stdout.indexOf('People expect'));
  });
});
