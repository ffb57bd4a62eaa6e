// Slack HTTP /stats under load: a fixed rate over N connections, and the maximum rate next to bare Bolt.
import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { signSlackRequest, startSlackStandIn } from '../test/helpers/slack-stand-in.js';

export interface LoadResult {
  server: 'statbot' | 'bare-bolt';
  connections: number;
  /** Requests per second asked for; undefined means as fast as the load generator can go. */
  targetRate: number | undefined;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

export interface LoadOptions {
  server: LoadResult['server'];
  connections: number;
  rate?: number;
  seconds: number;
  warmUpSeconds: number;
}

/** Starts bench/slack-server.ts (statbot's adapter, or Bolt acking a fixed text) and loads it. */
export async function slackLoad(options: LoadOptions): Promise<LoadResult> {
  const standIn = await startSlackStandIn();
  const secret = 'bench-signing-secret';
  const server = spawn(
    process.execPath,
    [
      ...(process.env.SERVER_FLAGS?.split(' ') ?? []),
      '--import',
      'tsx',
      'bench/slack-server.ts',
      standIn.apiUrl,
      secret,
      options.server,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve) =>
    server.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))),
  );
  const body = new URLSearchParams({
    command: '/stats',
    text: 'how often was snapchat used?',
    team_id: 'T1',
    channel_id: 'C1',
    user_id: 'U1',
    response_url: standIn.responseUrl('load'),
    trigger_id: '',
  }).toString();
  const headers = {
    'content-type': 'application/x-www-form-urlencoded',
    ...signSlackRequest(secret, body, Math.floor(Date.now() / 1000)),
  };
  const target = { url: `http://127.0.0.1:${port}/slack/events`, method: 'POST' as const, headers, body };
  const rate = options.rate ? { overallRate: options.rate } : {};
  // Warm-up (JIT, connection pools), not counted.
  await autocannon({ ...target, connections: options.connections, duration: options.warmUpSeconds, ...rate });
  const result = await autocannon({
    ...target,
    connections: options.connections,
    duration: options.seconds,
    ...rate,
  });
  server.kill('SIGTERM');
  await standIn.close();
  return {
    server: options.server,
    connections: options.connections,
    targetRate: options.rate,
    seconds: options.seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
