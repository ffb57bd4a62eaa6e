// The one way every adapter handles a failure it did not expect: log it with a reference, apologise with it.
import type { Logger } from '../logger.js';
import { apologyText, newCorrelationId } from './correlation.js';

export interface Failure {
  /** The reference that ties the apology to the log line. */
  ref: string;
  /** What the user sees: an apology with the reference, never the error itself. */
  apology: string;
}

/** Logs `error` (with `where`, e.g. "slack: failed to handle a request") and returns the apology to send. */
export function reportFailure(logger: Logger, where: string, error: unknown): Failure {
  const ref = newCorrelationId();
  logger.error({ err: error, ref }, where);
  return { ref, apology: apologyText(ref) };
}
