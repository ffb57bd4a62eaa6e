// Short ids that tie a user's apology message to the log line with the details.
import { randomBytes } from 'node:crypto';

/** An 8-character reference such as "7F3A9C21". */
export function newCorrelationId(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

/** What users see when something broke on our side; the reference lets an admin find the log line. */
export function apologyText(correlationId: string): string {
  return `Sorry, something went wrong on my side and I could not answer. Please try again in a moment. (ref ${correlationId})`;
}
