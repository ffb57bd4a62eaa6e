// Pieces every settings schema shares (statbot's own and each adapter's): blank means unset, and one
// wording for a setting that does not parse.
import { z } from 'zod';
import { ConfigError } from '../errors.js';

/** An environment as handed to a settings parser (process.env, or a test's object). */
export type Env = Record<string, string | undefined>;

export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
export const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());
export const optionalUrl = z.preprocess(
  blankToUndefined,
  z.url({ message: 'must be a full URL such as https://example.com/api/' }).optional(),
);

/** A TCP port to listen on (0 picks a free one), `fallback` when unset. */
export const portNumber = (fallback: number) =>
  z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).default(fallback));

/** Parses `env` with `schema`; a failure is one ConfigError naming the variable and the fix (never its value). */
export function parseEnv<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ConfigError(
    `${String(issue?.path[0] ?? 'setting')}: ${issue?.message ?? 'invalid'}. Fix it in your environment or .env file.`,
    { cause: parsed.error },
  );
}

/**
 * The value of the variable that turns a platform on, or undefined when it is off. A platform's other variables
 * set without it are a mistake, not a platform to ignore: one ConfigError naming them and `fix`.
 */
export function switchedOn<E extends Record<string, unknown>>(
  env: E,
  name: keyof E & string,
  dependents: ReadonlyArray<keyof E & string>,
  fix: string,
): string | undefined {
  const value = env[name];
  if (typeof value === 'string' && value !== '') return value;
  if (dependents.some((d) => env[d] !== undefined))
    throw new ConfigError(`${dependents.join(' or ')} is set but ${name} is not. ${fix}`);
  return undefined;
}
