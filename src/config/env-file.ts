// Reads a `.env` file into the environment before settings are parsed; variables already set win.
import { existsSync, readFileSync } from 'node:fs';
import * as util from 'node:util';
import { ConfigError } from '../errors.js';

/**
 * Adds the variables in `path` (default `.env` in the working folder) that `env` does not already have,
 * so a real environment variable always wins over the file. Returns the names taken from the file.
 * A missing file is not an error: `.env` is optional.
 */
export function loadEnvFile(path = '.env', env: NodeJS.ProcessEnv = process.env): string[] {
  if (!existsSync(path)) return [];
  // util.parseEnv arrived in Node 20.12; on older Node say so rather than silently ignore the file.
  const parseEnv = (util as { parseEnv?: (content: string) => NodeJS.Dict<string> }).parseEnv;
  if (!parseEnv) {
    throw new ConfigError(
      `Reading ${path} needs Node 20.12 or newer (this is ${process.version}). Upgrade Node, or set the variables in your environment instead.`,
    );
  }
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Could not read ${path}: ${(error as Error).message}. Fix its permissions or remove it.`,
      {
        cause: error,
      },
    );
  }
  const taken: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(content))) {
    if (value === undefined || env[name] !== undefined) continue;
    env[name] = value;
    taken.push(name);
  }
  return taken;
}
