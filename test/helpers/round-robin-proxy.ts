// A small round-robin reverse proxy (node:http) in front of statbot replicas, as nginx is in compose.yaml: a
// request an upstream refuses (connection error, or 503 while it drains) goes to the next one.
import { Agent, createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  url: string;
  /** Requests each upstream answered (by index), for tests and the bench. */
  served: number[];
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(
  agent: Agent,
  upstream: URL,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method,
        path,
        headers: { ...headers, host: upstream.host },
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Listens on 127.0.0.1 (port 0) and spreads requests over `upstreams` (base URLs) in turn. */
export async function startRoundRobinProxy(upstreams: readonly string[]): Promise<RoundRobinProxy> {
  const targets = upstreams.map((u) => new URL(u));
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const served = targets.map(() => 0);
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const first = next++ % targets.length;
      let last: Answer | undefined;
      for (let i = 0; i < targets.length; i++) {
        const index = (first + i) % targets.length;
        const target = targets[index] as URL;
        try {
          last = await forward(agent, target, req.method ?? 'GET', req.url ?? '/', req.headers, body);
          if (last.status === 503) continue;
          served[index] = (served[index] ?? 0) + 1;
          break;
        } catch {
          // Refused or reset: try the next replica.
        }
      }
      if (!last) {
        res.writeHead(502).end();
        return;
      }
      const { connection: _c, 'keep-alive': _k, 'transfer-encoding': _t, ...headers } = last.headers;
      res.writeHead(last.status, headers).end(last.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
