// Composition root for `npm start`: starts the configured platforms (src/platforms.ts), or the console.
// Only light modules load up front: the signal handlers go in first, and each platform's library
// (Bolt, discord.js) loads only when that platform is configured, so the console starts fast.
import type { Adapter } from './app/adapter.js';
import { exitOnStartFailure } from './app/exit-on-start-failure.js';
import { keepRunningOnUnhandledRejection } from './app/last-resort.js';
import { installShutdown } from './app/shutdown.js';
import { StatbotError } from './errors.js';

const shutdown = installShutdown();

async function startAdapters(adapters: Adapter[]): Promise<void> {
  const { loadEnvFile } = await import('./config/env-file.js');
  loadEnvFile();
  const { loadConfig } = await import('./config/config.js');
  const config = loadConfig(process.env);
  // Each platform reads its own settings (a mistake stops start-up here, before anything loads).
  const { PLATFORMS } = await import('./platforms.js');
  const starters = PLATFORMS.flatMap((p) => p.configure(process.env) ?? []);
  const onPlatform = starters.length > 0;
  const { createLogger } = await import('./logger.js');
  const logger = createLogger(config.logLevel ?? (onPlatform ? 'info' : 'warn'));
  keepRunningOnUnhandledRejection(logger);
  const { composeStatbot } = await import('./app/compose.js');
  const deps = composeStatbot(config, logger);
  shutdown.manage(deps, adapters);
  for (const start of starters) adapters.push(await start(deps));
  if (!onPlatform) {
    const { platformHint } = await import('./config/platform-hint.js');
    const hint = platformHint(onPlatform, Boolean(process.stdin.isTTY));
    if (hint) process.stderr.write(`${hint}\n`);
    const { createAdapter } = await import('../adapters/console/adapter.js');
    const { consoleSettingsFrom } = await import('../adapters/console/settings.js');
    adapters.push(createAdapter(deps, consoleSettingsFrom(process.env)));
  }
  if (shutdown.stopping) return;
  await Promise.all(adapters.map((a) => a.start()));
  // The console is done when its input ends: close the database and Redis so the process can exit.
  if (!onPlatform) await shutdown.run('end of input');
}

startAdapters([]).catch(async (error: unknown) => {
  const { scrubSecrets } = await import('./logger.js');
  exitOnStartFailure(scrubSecrets, (e) => e instanceof StatbotError)(error);
});
