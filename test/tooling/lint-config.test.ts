import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs Biome with the project's settings on one file in a scratch folder. */
function lint(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'statbot-lint-'));
  const config = JSON.parse(readFileSync('biome.json', 'utf8')) as Record<string, unknown>;
  delete config.$schema;
  writeFileSync(join(dir, 'biome.json'), JSON.stringify({ ...config, vcs: { enabled: false } }));
  writeFileSync(join(dir, 'probe.ts'), source);
  return spawnSync(resolve('node_modules/.bin/biome'), ['check', 'probe.ts'], { cwd: dir, encoding: 'utf8' });
}

describe('lint settings', () => {
  it('fails on a useless String.raw instead of printing an "info" that reads like a failure', () => {
    const result = lint('export const A = String.raw`abc`;\n');
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/Found \d+ info/);
  });

  it('passes clean code without any notice', () => {
    const result = lint("export const A = 'abc';\n");
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/info|warning/i);
  });
});
