import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/read-lines.js';
import type { ReplyJson } from '../../src/render/reply-json.js';
import { runScript, spawnScript } from '../helpers/run-node.js';

const ASK = 'src/cli/ask.ts';

async function* streamOf<T>(chunks: T[]): AsyncGenerator<T> {
  yield* chunks;
}

async function collect(chunks: string[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(streamOf(chunks))) lines.push(line);
  return lines;
}

describe('readLines: one line in, one line out', () => {
  it.each([
    [['a\nb\n'], ['a', 'b']],
    [['a\r\nb\r\n'], ['a', 'b']],
    [['snapchat?\rinstagram?\n'], ['snapchat? instagram?']],
    [
      ['a\r', '\nb'],
      ['a', 'b'],
    ],
    [['no newline at the end'], ['no newline at the end']],
    [['\n\n'], ['', '']],
    [['caf', 'é\n'], ['café']],
  ])('%j → %j', async (chunks, expected) => {
    expect(await collect(chunks)).toEqual(expected);
  });

  it('joins a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('café\n');
    const lines: string[] = [];
    for await (const line of readLines(streamOf([bytes.subarray(0, 4), bytes.subarray(4)]))) lines.push(line);
    expect(lines).toEqual(['café']);
  });
});

describe('npm run ask -- --json as a batch', () => {
  it('answers a line with a stray carriage return once, keeping every later answer on its question', async () => {
    const { code, stdout } = await runScript(
      ASK,
      ['--json'],
      'snapchat?\rinstagram?\r\nhow many cases were recorded?\n',
    );
    expect(code).toBe(0);
    const replies = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ReplyJson);
    expect(replies.map((r) => r.question)).toEqual(['snapchat? instagram?', 'how many cases were recorded?']);
  });

  it('exits quietly when the reader stops early (| head -1)', async () => {
    const run = spawnScript(ASK, {}, ['--json']);
    run.child.stdin.end(`${'how often was snapchat used?\n'.repeat(5000)}`);
    await new Promise<void>((resolve) => run.child.stdout.once('data', () => resolve()));
    run.child.stdout.destroy();
    const code = await run.exited;
    expect(run.output().stderr).toBe('');
    expect(code).toBe(0);
  });

  it('stops reading its input while the reader is slow, instead of buffering every answer', async () => {
    const run = spawnScript(ASK, {}, ['--json']);
    run.child.stdout.pause();
    const input = 'how often was snapchat used?\n'.repeat(20_000); // ≈ 580 KB of questions, ≈ 30 MB of answers
    run.child.stdin.end(input);
    await new Promise((r) => setTimeout(r, 3000));
    // Pipes hold ~64 KiB each way: a bot that respects back-pressure has read only a small part of the input.
    expect(run.child.stdin.writableLength).toBeGreaterThan(input.length / 2);
    // Once the reader reads again, answers flow again (answering all 20,000 would take half a minute, so the reader
    // stops after a thousand, as `| head` would).
    run.child.stdout.resume();
    await new Promise<void>((resolve) => {
      const onData = () => {
        if (run.output().stdout.split('\n').length <= 1000) return;
        run.child.stdout.off('data', onData);
        resolve();
      };
      run.child.stdout.on('data', onData);
    });
    const answers = run.output().stdout.split('\n').slice(0, 1000);
    expect(
      answers.every((l) => (JSON.parse(l) as ReplyJson).question === 'how often was snapchat used?'),
    ).toBe(true);
    // The bot exits with most of the input unread, so the rest of this side's write fails with EPIPE, as `yes | head`.
    run.child.stdin.on('error', () => {});
    run.child.stdout.destroy();
    expect(await run.exited).toBe(0);
    expect(run.output().stderr).toBe('');
  }, 60_000);
});
