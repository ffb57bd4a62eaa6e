import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/run-node.js';

describe('the last-resort guard', () => {
  it('logs an unhandled rejection and keeps the process running', async () => {
    const { code, stdout, stderr } = await runScript('test/fixtures/unhandled-rejection.ts', []);
    expect(stdout).toBe('still running\n');
    expect(code).toBe(0);
    expect(stderr).toContain('unhandled rejection (a bug); still running');
    expect(stderr).toContain('ssl_check');
  });
});
