import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../../adapters/console/adapter.js';
import { createStatbotService } from '../../../src/app/statbot-service.js';
import { buildIndex } from '../../../src/core/retrieve/build-index.js';
import { loadPack } from '../../../src/pack/load-pack.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { PACK_DIR } from '../../helpers/real-pack.js';

const RIVERTON = 'test/fixtures/packs/riverton-libraries-2023';
const index = buildIndex([loadPack(PACK_DIR), loadPack(RIVERTON)]);

/** Asks each line in turn through the real console adapter (both packs loaded); returns each reply. */
async function chat(lines: string[]): Promise<string[]> {
  const input = new PassThrough();
  const output = new PassThrough();
  const service = createStatbotService({ index });
  const done = createAdapter({ service, logger: captureLogs().logger }, { input, output }).start();
  const replies: string[] = [];
  for (const line of lines) {
    // Each reply is written in one piece.
    const next = once(output, 'data');
    input.write(`${line}\n`);
    const [chunk] = (await next) as [Buffer];
    replies.push(chunk.toString().trim());
  }
  input.end();
  await done;
  return replies;
}

describe('console: sources and fact <id>, as on Slack and Discord', () => {
  it('"sources" lists each pack with its publisher, date, link and note', async () => {
    const [sources = ''] = await chat(['sources']);
    expect(sources).toContain('NSPCC research on online child grooming in England and Wales (19 facts)');
    expect(sources).toContain('Publisher: Riverton Borough Council · Published: 2024-03-14');
    expect(sources).toContain('Headline: not stated in the source');
    expect(sources).toContain('Link: not stated in the source');
    expect(sources).toMatch(/^Note: A fictional release written as a test fixture/m);
  });

  it('"fact <id>" shows the fact in full with its id, quote and attribution, from either pack', async () => {
    const [nspcc = '', riverton = ''] = await chat(['fact offences-2017-2020', 'FACT visits-2023']);
    expect(nspcc.split('\n').slice(0, 2)).toEqual([
      'Fact offences-2017-2020 · 12,925 online grooming offences, April 2017 to March 2020 · Measures: Online child grooming offences recorded by police',
      'Police in England and Wales recorded a total of 12,925 online grooming offences from April 2017 to March 2020.',
    ]);
    expect(nspcc).toContain(
      '“A total of 12,925 offences were recorded by police in England and Wales from April 2017 to March 2020”',
    );
    expect(nspcc).toContain('— Police data, as reported in the article.');
    expect(riverton).toMatch(/^Fact visits-2023 · 1,284,000 library visits in 2023/);
    expect(riverton).toContain('— Riverton Borough Council, as reported in the release.');
  });

  it('"fact" alone or an unknown id lists the ids there are, without echoing what was typed', async () => {
    const [bare = '', unknown = ''] = await chat(['fact', 'fact no-such-fact']);
    expect(bare.split('\n')[0]).toBe('Give a fact id: fact <id>. The facts I have:');
    expect(bare).toContain(
      '• offences-2017-2020 — 12,925 online grooming offences, April 2017 to March 2020',
    );
    expect(bare).toContain('• visits-2023 — ');
    expect(unknown.split('\n')[0]).toBe('I have no fact with that id. The facts I have:');
    expect(unknown).not.toContain('no-such-fact');
  });

  it('still reads "source?" and a sentence starting with "fact" as questions', async () => {
    const replies = await chat(['how often was snapchat used?', 'source?', 'facts about snapchat']);
    expect(replies).toHaveLength(3);
    expect(replies[1]).not.toMatch(/^(?:Give a fact id|NSPCC research .* \(19 facts\))/);
    expect(replies[2]).toContain('Snapchat');
    expect(replies[2]).not.toMatch(/^(?:Give a fact id|I have no fact)/);
  });
});

describe('console: leaving the chat', () => {
  it('"quit", "exit", "/quit", ":q" and "bye" end the chat instead of being declined as questions', async () => {
    for (const word of [
      'quit',
      'exit',
      '/quit',
      ':q',
      'Bye!',
      ' EXIT ',
      'bye then',
      'exit please',
      'quit?',
    ]) {
      const input = new PassThrough();
      const output = new PassThrough();
      const written: string[] = [];
      output.on('data', (chunk: Buffer) => written.push(chunk.toString()));
      const service = createStatbotService({ index });
      const done = createAdapter({ service, logger: captureLogs().logger }, { input, output }).start();
      // (The input stays open: only the word ends the chat.)
      input.write(`${word}\nhow many offences were recorded from april 2017 to march 2020?\n`);
      await done;
      expect(written.join('')).toBe('');
    }
  });
  it('keeps a question that only mentions quitting a question', async () => {
    const [reply = ''] = await chat(['did facebook quit encryption?']);
    expect(reply).not.toBe('');
  });
});
