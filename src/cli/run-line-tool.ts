// How a line-in, line-out command-line tool (`ask`, `check`) runs: a reader that goes away ends the job quietly,
// a broken setup is one line on stderr, anything else an "Unexpected error" — never a stack trace.
import { StatbotError } from '../errors.js';

/** Runs `main`, treating a closed stdout as the end of the job; `what` names the output in an error. */
export function runLineTool(main: () => Promise<void>, what: string): void {
  // A reader that stops early (`| head -1`) closes the pipe: that is the end of the job, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`Could not write the ${what}: ${error.message}\n`);
    process.exit(1);
  });
  main().catch(reportToolError);
}

/** One line on stderr for a tool that failed — the setup's own message, or "Unexpected error" — and exit code 1. */
export function reportToolError(error: unknown): void {
  const message =
    error instanceof StatbotError
      ? error.message
      : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
