import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cleanEnv, waitForText } from '../helpers/spawn-in.js';

describe('npm start under a process manager', () => {
  it('hands the process over (exec), so a SIGTERM to the group is the bot’s to handle and its exit code is npm’s', async () => {
    // Its own process group, as a terminal or a process manager starts it; stdin stays open (console mode).
    const npm = spawn('npm', ['start', '--silent'], {
      detached: true,
      env: cleanEnv({ STATBOT_DB_PATH: ':memory:', LOG_LEVEL: 'info' }),
      stdio: 'pipe',
    });
    let stderr = '';
    npm.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<number | null>((resolve) => npm.on('close', (code) => resolve(code)));
    await waitForText(() => stderr, 'knowledge loaded', 20_000);
    process.kill(-(npm.pid ?? 0), 'SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('shutting down');
    expect(stderr).not.toMatch(/npm (error|ERR)/);
  }, 30_000);
});
