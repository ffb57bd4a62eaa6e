// /healthz (the process is up) and /readyz (packs loaded and Slack connected) for HTTP mode.
import type { CustomRoute } from '@slack/bolt';

/** Routes for load balancers and orchestrators. */
export function healthRoutes(isReady: () => boolean): CustomRoute[] {
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
      handler: (_req, res) => {
        const ready = isReady();
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: ready ? 'ready' : 'starting' }));
      },
    },
  ];
}
