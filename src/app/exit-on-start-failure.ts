// Prints a start-up failure as one clear line (no stack trace, no secret) and exits 1.

/** A catch handler for an entry point's start-up: expected errors print their message as it is. */
export function exitOnStartFailure(scrub: (text: string) => string, isExpected: (error: unknown) => boolean) {
  return (error: unknown) => {
    const message = isExpected(error)
      ? (error as Error).message
      : `statbot could not start: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${scrub(message)}\n`);
    process.exit(1);
  };
}
