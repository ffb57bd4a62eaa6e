import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv } from '../helpers/spawn-in.js';

/** The command the Docker image runs, read from the Dockerfile so the test follows it. */
function imageCommand(): string[] {
  const cmd = /^CMD (\[.*\])$/m.exec(readFileSync('Dockerfile', 'utf8'))?.[1];
  return JSON.parse(cmd ?? '[]') as string[];
}

/** When the checkout's own build output last changed (undefined if there is none). */
const checkoutBuildStamp = () =>
  existsSync('dist/src/main.js') ? statSync('dist/src/main.js').mtimeMs : undefined;

/** A folder laid out like the image's /app: package.json, node_modules, knowledge and the built dist/. */
function imageLikeFolder(): string {
  const app = mkdtempSync(join(tmpdir(), 'statbot-built-'));
  copyFileSync('package.json', join(app, 'package.json'));
  symlinkSync(resolve('node_modules'), join(app, 'node_modules'));
  symlinkSync(resolve('knowledge'), join(app, 'knowledge'));
  return app;
}

describe('the built entry point (what the Docker image runs)', () => {
  it('builds to plain JavaScript, outside the checkout, and answers through the console adapter', async () => {
    const before = checkoutBuildStamp();
    const app = imageLikeFolder();
    const build = spawnSync(
      process.execPath,
      [
        resolve('node_modules/typescript/bin/tsc'),
        '-p',
        'tsconfig.build.json',
        '--outDir',
        join(app, 'dist'),
      ],
      { encoding: 'utf8' },
    );
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(checkoutBuildStamp()).toBe(before);
    const [command, ...args] = imageCommand();
    expect(command).toBe('node');
    // (Node's own flags come first; the script is the first argument that is not one.)
    expect(existsSync(join(app, args.find((a) => !a.startsWith('--')) ?? ''))).toBe(true);
    const output = await new Promise<{ code: number | null; stdout: string }>((done) => {
      const child = spawn(process.execPath, args, {
        cwd: app,
        env: cleanEnv({ STATBOT_DB_PATH: ':memory:' }),
        stdio: 'pipe',
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
      });
      child.on('close', (code) => done({ code, stdout }));
      child.stdin.end('what does 12,925 refer to?\n');
    });
    expect(output.code).toBe(0);
    expect(output.stdout).toContain(
      '“A total of 12,925 offences were recorded by police in England and Wales from April 2017 to March 2020”',
    );
  }, 90_000);
});
