import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The command the Docker image runs, read from the Dockerfile so the test follows it. */
function imageCommand(): string[] {
  const cmd = /^CMD (\[.*\])$/m.exec(readFileSync('Dockerfile', 'utf8'))?.[1];
  return JSON.parse(cmd ?? '[]') as string[];
}

describe('the built entry point (what the Docker image runs)', () => {
  it('builds to plain JavaScript and answers through the console adapter', async () => {
    const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const [command, ...args] = imageCommand();
    expect(command).toBe('node');
    expect(existsSync(args[0] ?? '')).toBe(true);
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|STATBOT_)/.test(k)),
    );
    const output = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, args, {
        env: { ...env, STATBOT_DB_PATH: ':memory:' },
        stdio: 'pipe',
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.on('close', (code) => resolve({ code, stdout }));
      child.stdin.end('what does 12,925 refer to?\n');
    });
    expect(output.code).toBe(0);
    expect(output.stdout).toContain(
      '“A total of 12,925 offences were recorded by police in England and Wales from April 2017 to March 2020”',
    );
  }, 60_000);
});
