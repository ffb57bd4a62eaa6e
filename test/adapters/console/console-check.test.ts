import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../../adapters/console/adapter.js';
import { createStatbotService, type StatbotService } from '../../../src/app/statbot-service.js';
import { captureLogs } from '../../helpers/log-capture.js';
import { realIndex } from '../../helpers/real-pack.js';

async function chat(
  lines: string[],
  service: StatbotService = createStatbotService({ index: realIndex() }),
  logger = captureLogs().logger,
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  const adapter = createAdapter({ service, logger }, { input, output });
  const done = adapter.start();
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('console: check: <text>', () => {
  it('checks the claims in the text, and still answers questions', async () => {
    const out = await chat([
      'check: 13k offences, and 70% of cases were on Facebook apps',
      'how often was snapchat used?',
      'check: lunch?',
    ]);
    expect(out).toContain('✅ Supported: “13k offences”');
    expect(out).toContain('❌ Contradicted: “70% of cases were on Facebook apps”');
    expect(out).toContain('Snapchat was used in 20 percent of the instances');
    expect(out).toContain('I found no statistic to check');
  });
});

describe('console: a failure', () => {
  it('apologises with a reference that finds the log line, and keeps answering', async () => {
    const real = createStatbotService({ index: realIndex() });
    let calls = 0;
    const service: StatbotService = {
      ...real,
      ask: (...args) => (calls++ === 0 ? Promise.reject(new Error('disk on fire')) : real.ask(...args)),
    };
    const logs = captureLogs();
    const out = await chat(
      ['how often was snapchat used?', 'how often was snapchat used?'],
      service,
      logs.logger,
    );
    const ref = /\(ref ([0-9A-F]{8})\)/u.exec(out)?.[1];
    expect(ref).toBeDefined();
    expect(out).not.toContain('disk on fire');
    expect(out).toContain('Snapchat was used in 20 percent');
    expect(logs.lines().some((l) => l.includes(String(ref)) && l.includes('disk on fire'))).toBe(true);
  });
});

describe('console: a suggested question picked by its number', () => {
  it('asks the suggestion numbered in the last reply', async () => {
    const out = await chat(['facebook', '3']);
    expect(out).toContain('Did you mean:\n1. ');
    const third = /\n3\. (.+)\n/u.exec(out)?.[1];
    expect(third).toBe('What percentage of grooming cases involved Facebook-owned apps?');
    expect(out).toContain('In 51 percent of the recorded cases');
  });
});
