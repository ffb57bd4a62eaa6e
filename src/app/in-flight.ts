// Tracks work in progress so shutdown can stop taking new work and let running replies finish.

export interface InFlight {
  /** Runs `work` unless draining (then it is skipped and undefined returned). */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  /** Stops new work and waits (at most `timeoutMs`) for running work; true if everything finished. */
  drain(timeoutMs: number): Promise<boolean>;
  readonly draining: boolean;
  readonly active: number;
}

export function createInFlight(): InFlight {
  let active = 0;
  let draining = false;
  let idle: Array<() => void> = [];
  return {
    async run(work) {
      if (draining) return undefined;
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
