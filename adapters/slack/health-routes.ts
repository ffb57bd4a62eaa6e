// /healthz (the process is up) and /readyz (packs loaded, Slack connected, and each configured dependency).
import type { CustomRoute } from '@slack/bolt';
import type { DependencyProbe } from '../../src/state/dependency-health.js';

/**
 * Routes for load balancers and orchestrators. Redis and PostgreSQL are optional: while one is down the replica
 * still answers, so /readyz stays 200 and says `degraded`, naming the dependency and the reason.
 */
export function healthRoutes(isReady: () => boolean, dependencies?: DependencyProbe): CustomRoute[] {
  return [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"status":"ok"}');
      },
    },
    {
      path: '/readyz',
      method: ['GET'],
      handler: async (_req, res) => {
        const ready = isReady();
        const checked = dependencies ? await dependencies().catch(() => []) : [];
        const status = !ready ? 'starting' : checked.every((d) => d.up) ? 'ready' : 'degraded';
        const body = {
          status,
          ...(checked.length > 0
            ? {
                dependencies: Object.fromEntries(
                  checked.map((d) => [
                    d.name,
                    d.up ? { status: 'up' } : { status: 'down', reason: d.reason ?? 'unknown' },
                  ]),
                ),
              }
            : {}),
        };
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      },
    },
  ];
}
