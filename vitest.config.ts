// Vitest settings: Node environment, tests under test/, generous timeouts for local stand-in servers.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: ['default'],
    // Test files share one module cache per worker: no test mocks modules, stubs globals or changes the
    // process's environment, and what src/ keeps between calls is only caches. Importing Bolt, discord.js, the
    // safety model and the packs once per worker rather than once per file saved two thirds of the adapter
    // tests' time.
    isolate: false,
    // Most of the time goes waiting on child processes and local servers, so even two cores run two files at once
    // (Vitest's default leaves one core idle).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The few files whose tests mostly wait (refused connections, reconnect timers) run them concurrently
    // (describe.concurrent); three at a time keeps a busy two-core machine well inside the 20 s test timeout.
    maxConcurrency: 3,
    // V8 compiles a regular expression twice by default (bytecode first, then machine code on its second use); the
    // safety screen's and the matcher's large patterns made that most of a process's first answer (2.1 s of it, 0.6 s
    // without). Workers and the entry points the tests spawn compile them once, as `npm start` does.
    execArgv: ['--no-regexp-tier-up'],
  },
});
