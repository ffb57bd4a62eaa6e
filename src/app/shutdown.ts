// Graceful shutdown for an entry point. Light on purpose: the signal handlers go in before anything slow loads.
import type { Adapter, AdapterDeps } from './adapter.js';

/** How long shutdown waits for replies in progress. */
export const SHUTDOWN_GRACE_MS = 10_000;
/** After the grace period, how long closing connections may take before the process exits anyway. */
const CLOSE_LIMIT_MS = 5_000;

export interface Shutdown {
  /** True once a signal arrived (or `run` was called): start-up must not start anything more. */
  readonly stopping: boolean;
  /** What to drain and close; `adapters` may still grow (the array is read at shutdown). */
  manage(deps: Required<AdapterDeps>, adapters: readonly Adapter[]): void;
  /** Stops taking work, lets replies in progress finish, closes everything, then exits 0. */
  run(reason: string): Promise<void>;
}

export interface ShutdownOptions {
  graceMs?: number;
  exit?: (code: number) => void;
}

/** Installs the SIGTERM/SIGINT handlers now; call it before loading anything slow. */
export function installShutdown(options: ShutdownOptions = {}): Shutdown {
  const graceMs = options.graceMs ?? SHUTDOWN_GRACE_MS;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let managed: { deps: Required<AdapterDeps>; adapters: readonly Adapter[] } | undefined;
  let running: Promise<void> | undefined;

  const close = async (reason: string) => {
    if (!managed) return; // nothing was started yet
    const { deps, adapters } = managed;
    deps.logger.info(
      { signal: reason, inFlight: deps.inFlight.active },
      'shutting down: no new work, finishing replies in progress',
    );
    if (!(await deps.inFlight.drain(graceMs))) {
      deps.logger.warn(
        { inFlight: deps.inFlight.active },
        'shutdown: gave up waiting for replies in progress',
      );
    }
    const limit = setTimeout(() => {
      deps.logger.error('shutdown: closing connections took too long; exiting anyway');
      exit(1);
    }, CLOSE_LIMIT_MS);
    limit.unref();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    // Writes queued (with setImmediate) before this point run first, so they reach the database before it closes.
    await new Promise((resolve) => setImmediate(resolve));
    await deps.service.close();
    await deps.state.close();
    clearTimeout(limit);
  };

  const shutdown: Shutdown = {
    get stopping() {
      return running !== undefined;
    },
    manage(deps, adapters) {
      managed = { deps, adapters };
    },
    run(reason) {
      running ??= close(reason).then(
        () => exit(0),
        (error: unknown) => {
          managed?.deps.logger.error({ err: error }, 'shutdown failed');
          exit(1);
        },
      );
      return running;
    },
  };
  // `on`, not `once`: npm and a terminal both deliver the same signal, and a repeat must not kill the drain.
  process.on('SIGTERM', () => void shutdown.run('SIGTERM'));
  process.on('SIGINT', () => void shutdown.run('SIGINT'));
  return shutdown;
}
