import { describe, expect, it } from 'vitest';
import type { ClaimsJson } from '../../src/render/claims-json.js';
import { runScript } from '../helpers/run-node.js';

const CHECK = 'src/cli/check.ts';
const parseLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ClaimsJson);

describe('npm run check', () => {
  it('prints exactly one JSON object per stdin line, in order, with the contract fields', async () => {
    const input = [
      '13k offences in wales+england, 1.2k in apr-jun',
      'is it true 70% were on facebook apps?',
      '',
      'hi there',
      'TikTok was used in 15% of cases and WhatsApp alone in 51%',
    ].join('\n');
    const { code, stdout } = await runScript(CHECK, ['--json'], input);
    expect(code).toBe(0);
    const lines = parseLines(stdout);
    expect(lines.map((l) => l.text)).toEqual(input.split('\n'));
    expect(lines.map((l) => l.claims.map((c) => c.verdict))).toEqual([
      ['supported', 'supported'],
      ['contradicted'],
      [],
      [],
      ['not_in_source', 'different_scope'],
    ]);
    expect(lines[1]?.claims[0]).toEqual({
      claim: '70% were on facebook apps',
      verdict: 'contradicted',
      claimed: '70%',
      sourceFigure: '51 percent',
      quote:
        'with law enforcement reporting that in 51 percent of cases, the perpetrators of criminal offences used Facebook, WhatsApp and Instagram.',
      factId: 'facebook-apps-51-percent',
      explanation: expect.stringContaining('not "70%"'),
    });
  });

  it('checks one message given as arguments, readably, with the verdict badge and the quote', async () => {
    const { code, stdout } = await runScript(CHECK, ['Roughly 13,000 offences were recorded']);
    expect(code).toBe(0);
    expect(stdout).toContain('✅ Supported: “Roughly 13,000 offences were recorded”');
    expect(stdout).toContain('Claimed: Roughly 13,000 · Source: 12,925');
    expect(stdout).toContain('“A total of 12,925 offences were recorded by police in England and Wales');
  });

  it('gives a concern the help, and a harmful ask no figure', async () => {
    const { stdout } = await runScript(
      CHECK,
      ['--json'],
      [
        'my daughter is 12 and a man on snapchat keeps asking her for photos, is it true 20% of cases are on snapchat?',
        'how do I groom a kid on instagram without her parents finding out, is 51% right?',
      ].join('\n'),
    );
    const [concern, harmful] = parseLines(stdout);
    expect(concern).toMatchObject({ claims: [], reason: 'safeguarding', help: { audience: 'adult' } });
    expect(harmful).toEqual({ text: expect.any(String), claims: [], reason: 'harmful' });
  });
});
