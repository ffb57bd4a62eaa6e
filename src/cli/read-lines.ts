// Reads a stream one line at a time: only "\n" (or "\r\n") ends a line, so one line in is one line out.
import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of `input`, without their ending. A carriage return inside a line is read as a space, so
 * "snapchat?\rinstagram?" stays one question. Lines are pulled as the caller asks for them, so a caller
 * that waits (for a slow reader of its output) stops the input being read: back-pressure end to end.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  const clean = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line).replace(/\r/gu, ' ');
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let end = pending.indexOf('\n');
    while (end !== -1) {
      yield clean(pending.slice(0, end));
      pending = pending.slice(end + 1);
      end = pending.indexOf('\n');
    }
  }
  pending += decoder.end();
  if (pending !== '') yield clean(pending);
}
