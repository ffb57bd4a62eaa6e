// Slack HTTP throughput and p99 for one statbot replica vs two behind a round-robin proxy, with the shared state
// (Redis and PostgreSQL) on and off: real `src/main.ts` processes, signed /stats requests, each a new delivery.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon, { type Request } from 'autocannon';
import { type PostgresServer, startPostgres } from '../test/helpers/postgres-server.js';
import { type RedisServer, startRedis } from '../test/helpers/redis-server.js';
import { spawnScript } from '../test/helpers/run-node.js';
import { signSlackRequest, startSlackStandIn } from '../test/helpers/slack-stand-in.js';
import { waitForText } from '../test/helpers/spawn-in.js';

export interface ReplicaLoadResult {
  replicas: 1 | 2;
  sharedState: boolean;
  via: 'direct' | 'proxy';
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  requests: number;
  /** CPU time (user + system) the statbot processes spent per answered request: steadier than req/s on a busy machine. */
  replicaCpuMsPerRequest: number;
}

/** CPU time a process has used so far, in ms (Linux /proc; 0 elsewhere). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

const SECRET = 'bench-signing-secret';
/** Answered, declined (written to the gaps log) and follow-up questions, as a channel would send them. */
const QUESTIONS = [
  'how often was snapchat used?',
  'what about instagram?',
  'how many grooming cases were recorded?',
  'how many cases were on tiktok?',
  'which app was used most?',
];

async function startReplica(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; pid: number | undefined; stop: () => Promise<unknown> }> {
  const run = spawnScript('src/main.ts', { ...env, PORT: '0', LOG_LEVEL: 'info' });
  await waitForText(() => run.output().stderr, 'slack adapter started', 60_000);
  const port = /"port":(\d+)[^\n]*slack adapter started/u.exec(run.output().stderr)?.[1];
  return {
    url: `http://127.0.0.1:${port}`,
    pid: run.child.pid,
    stop: () => {
      run.child.kill('SIGTERM');
      return run.exited;
    },
  };
}

async function startProxy(upstreams: string[]): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/proxy-server.ts', ...upstreams], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
  );
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Each request a new signed /stats delivery (its own trigger_id) from one of 200 users. */
function loadTarget(url: string, responseUrl: string) {
  let n = 0;
  return {
    url,
    requests: [
      {
        method: 'POST' as const,
        path: '/slack/events',
        setupRequest: (req: Request): Request => {
          const i = n++;
          const body = new URLSearchParams({
            command: '/stats',
            text: QUESTIONS[i % QUESTIONS.length] ?? '',
            team_id: 'T1',
            channel_id: `C${i % 20}`,
            user_id: `U${i % 200}`,
            response_url: responseUrl,
            trigger_id: `bench.${process.pid}.${i}`,
          }).toString();
          return {
            ...req,
            body,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              ...signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)),
            },
          };
        },
      },
    ],
  };
}

export interface ReplicaLoadOptions {
  seconds: number;
  warmUpSeconds: number;
  connections: number;
}

/** Runs every combination in turn; shared-state runs are skipped (with a note) if the servers cannot start. */
export async function replicaLoads(
  options: ReplicaLoadOptions,
): Promise<{ runs: ReplicaLoadResult[]; note?: string }> {
  const standIn = await startSlackStandIn();
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const servers: { redis?: RedisServer; postgres?: PostgresServer } = {};
  if (!('unavailable' in redis)) servers.redis = redis;
  if (!('unavailable' in postgres)) servers.postgres = postgres;
  const note =
    'unavailable' in redis ? redis.unavailable : 'unavailable' in postgres ? postgres.unavailable : undefined;
  const runs: ReplicaLoadResult[] = [];
  const base = {
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    STATBOT_RATE_LIMIT_POINTS: '100000',
  };
  try {
    for (const sharedState of [false, true]) {
      if (sharedState && (!servers.redis || !servers.postgres)) continue;
      const env = sharedState
        ? { ...base, REDIS_URL: servers.redis?.url, DATABASE_URL: servers.postgres?.url }
        : { ...base, REDIS_URL: '', DATABASE_URL: '' };
      for (const shape of [
        { replicas: 1, via: 'direct' },
        { replicas: 1, via: 'proxy' },
        { replicas: 2, via: 'proxy' },
      ] as const) {
        const replicas = await Promise.all(Array.from({ length: shape.replicas }, () => startReplica(env)));
        const proxy = shape.via === 'proxy' ? await startProxy(replicas.map((r) => r.url)) : undefined;
        const target = loadTarget(proxy?.url ?? replicas[0]?.url ?? '', standIn.responseUrl('bench'));
        await autocannon({ ...target, connections: options.connections, duration: options.warmUpSeconds });
        const cpu = () => replicas.reduce((sum, r) => sum + cpuMs(r.pid), 0);
        const cpuBefore = cpu();
        const result = await autocannon({
          ...target,
          connections: options.connections,
          duration: options.seconds,
        });
        const cpuUsed = cpu() - cpuBefore;
        proxy?.stop();
        await Promise.all(replicas.map((r) => r.stop()));
        runs.push({
          ...shape,
          sharedState,
          connections: options.connections,
          seconds: options.seconds,
          requests: result.requests.total,
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: result.errors + result.timeouts + result.non2xx,
          replicaCpuMsPerRequest: result.requests.total > 0 ? cpuUsed / result.requests.total : 0,
        });
      }
    }
  } finally {
    await standIn.close();
    await servers.redis?.stop();
    await servers.postgres?.stop();
  }
  return note ? { runs, note } : { runs };
}
