// compose.yaml cannot be run here (no Docker engine): it is checked for syntax and consistency instead, and the
// same topology runs in test/main/multi-replica.test.ts.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slackSettingsFrom } from '../../adapters/slack/settings.js';
import { loadConfig } from '../../src/config/config.js';

interface Service {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  depends_on?: string[] | Record<string, unknown>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync('compose.yaml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;
const exampleNames = new Set(
  [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z][A-Z0-9_]*)=/gmu)].map((m) => m[1]),
);
const statbots = Object.entries(services).filter(([, s]) => s.build === '.');
/** The environment as compose would pass it: `${VAR:-default}` takes its default, a required one a stand-in. */
const resolved = (env: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(env).map(([k, v]) => [
      k,
      String(v).replace(
        /\$\{([A-Z0-9_]+)(?::-([^}]*)|:\?[^}]*)?\}/gu,
        (_, name: string, fallback?: string) =>
          fallback !== undefined ? fallback : name === 'SLACK_BOT_TOKEN' ? 'xoxb-compose' : 'stand-in-secret',
      ),
    ]),
  );

describe('compose.yaml', () => {
  it('runs two statbot replicas behind a reverse proxy, with Redis and PostgreSQL', () => {
    expect(statbots.map(([name]) => name)).toEqual(['statbot-a', 'statbot-b']);
    expect(services.proxy?.image).toMatch(/^nginx:/u);
    expect(services.redis?.image).toMatch(/^redis:/u);
    expect(services.postgres?.image).toMatch(/^postgres:/u);
    for (const [name, service] of Object.entries(services)) {
      const deps = Array.isArray(service.depends_on)
        ? service.depends_on
        : Object.keys(service.depends_on ?? {});
      for (const dep of deps) expect(services, `${name} depends on ${dep}`).toHaveProperty(dep);
    }
  });

  it('gives each replica only settings .env.example names, and every variable it interpolates is named there too', () => {
    for (const [, service] of statbots)
      for (const key of Object.keys(service.environment ?? {})) expect(exampleNames).toContain(key);
    const interpolated = [...readFileSync('compose.yaml', 'utf8').matchAll(/\$\{([A-Z0-9_]+)/gu)].map(
      (m) => m[1],
    );
    expect(interpolated.length).toBeGreaterThan(0);
    for (const name of interpolated) expect(exampleNames).toContain(name);
  });

  it('configures each replica for Slack HTTP mode with the shared Redis and PostgreSQL services', () => {
    const pgEnv = services.postgres?.environment ?? {};
    for (const [, service] of statbots) {
      const config = loadConfig(resolved(service.environment ?? {}));
      expect(slackSettingsFrom(resolved(service.environment ?? {}))?.mode).toBe('http');
      const redis = new URL(config.redisUrl ?? '');
      expect(services).toHaveProperty(redis.hostname);
      const db = new URL(config.databaseUrl ?? '');
      expect(db.hostname).toBe('postgres');
      expect(db.username).toBe(pgEnv.POSTGRES_USER);
      expect(db.pathname).toBe(`/${pgEnv.POSTGRES_DB}`);
      expect(service.healthcheck?.test.join(' ')).toContain(`127.0.0.1:${config.port}/readyz`);
    }
  });

  it('points the proxy at every replica, on the port each listens on', () => {
    const mount = services.proxy?.volumes?.[0]?.split(':') ?? [];
    expect(existsSync(mount[0] ?? '')).toBe(true);
    const nginx = readFileSync(mount[0] ?? '', 'utf8');
    const upstreams = [...nginx.matchAll(/^\s*server\s+([\w-]+):(\d+)/gmu)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstreams).toEqual(statbots.map(([name, s]) => `${name}:${s.environment?.PORT}`));
    expect(nginx).toMatch(/proxy_next_upstream [^;]*http_503/u);
    expect(nginx).toMatch(/proxy_pass http:\/\/statbot;/u);
  });
});
