// Starts a throwaway redis-server on a free loopback port, or says why it cannot.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { freePort } from './free-port.js';

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** A redis-server, or the reason none could be started (so the caller can skip with it). */
/** `port` restarts a server on the port a stopped one used (to test an outage and recovery). */
export async function startRedis(port?: number): Promise<RedisServer | { unavailable: string }> {
  if (spawnSync('redis-server', ['--version']).error)
    return { unavailable: 'redis-server is not installed (apt-get install redis-server)' };
  port ??= await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'pipe' },
  );
  const ready = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 15_000);
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve(true);
      }
    });
    child.once('exit', () => resolve(false));
  });
  if (!ready) {
    child.kill('SIGKILL');
    return { unavailable: 'redis-server did not start within 15 s' };
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
