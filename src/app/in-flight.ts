// Tracks work in progress so shutdown can wait for running replies before closing connections.

export interface InFlight {
  /**
   * Runs `work` and tracks it. Work that arrives while draining still runs (and is waited for): a platform
   * that has already acknowledged a request must not see it dropped.
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Marks shutdown and waits (at most `timeoutMs`) for running work; true if everything finished. */
  drain(timeoutMs: number): Promise<boolean>;
  readonly draining: boolean;
  readonly active: number;
}

export interface InFlightOptions {
  /** Called for each piece of work that starts while draining (to log it). */
  onLateWork?: () => void;
}

export function createInFlight(options: InFlightOptions = {}): InFlight {
  let active = 0;
  let draining = false;
  let idle: Array<() => void> = [];
  return {
    async run(work) {
      if (draining) options.onLateWork?.();
      active++;
      try {
        return await work();
      } finally {
        active--;
        if (active === 0) for (const resolve of idle.splice(0)) resolve();
      }
    },
    async drain(timeoutMs) {
      draining = true;
      if (active === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        new Promise<boolean>((resolve) => idle.push(() => resolve(true))),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      idle = [];
      return finished;
    },
    get draining() {
      return draining;
    },
    get active() {
      return active;
    },
  };
}
