// Starts a throwaway PostgreSQL (initdb + pg_ctl) on a free loopback port in a temp dir, or says why it cannot.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

/** Where Debian puts the binaries when they are not on PATH. */
function findBinDir(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (onPath && existsSync(join(onPath, '..', 'initdb'))) return join(onPath, '..');
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return undefined;
}

/** initdb refuses to run as root: as root, run the binaries as the `postgres` user the package creates. */
function asServerUser(dir: string): { run: (bin: string, args: string[]) => void } | { unavailable: string } {
  if (process.getuid?.() !== 0)
    return { run: (bin, args) => void execFileSync(bin, args, { stdio: 'pipe' }) };
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0)
    return { unavailable: 'running as root and there is no postgres user to run initdb as' };
  chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  return {
    run: (bin, args) =>
      void execFileSync('runuser', ['-u', 'postgres', '--', bin, ...args], { stdio: 'pipe' }),
  };
}

/** A PostgreSQL server for this test file, or the reason none could be started (so the caller can skip). */
export async function startPostgres(): Promise<PostgresServer | { unavailable: string }> {
  const bin = findBinDir();
  if (!bin) return { unavailable: 'initdb/pg_ctl not found (apt-get install postgresql)' };
  const dir = mkdtempSync(join(tmpdir(), 'statbot-pg-'));
  const user = asServerUser(dir);
  if ('unavailable' in user) return user;
  const port = await freePort();
  const data = join(dir, 'data');
  const pgCtl = join(bin, 'pg_ctl');
  try {
    user.run(join(bin, 'initdb'), [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    user.run(pgCtl, [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '30',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { unavailable: `PostgreSQL did not start: ${stderr || String(error)}` };
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        user.run(pgCtl, ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
