// Reads a JSON request body with a size limit; every failure is an HttpProblem with a friendly message.
import type { IncomingMessage } from 'node:http';
import { HttpProblem } from '../problem.js';

/** The largest body accepted, in bytes: a question or a message to check is far smaller. */
export const MAX_BODY_BYTES = 16 * 1024;

/** The parsed JSON body; 415 for another content type, 413 when too large, 400 when not JSON. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json')
    throw new HttpProblem(
      415,
      'unsupported_media_type',
      'Send the body as JSON (Content-Type: application/json).',
    );
  const declared = Number(req.headers['content-length']);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpProblem(400, 'bad_json', 'The body is not valid JSON.');
  }
}

function tooLarge(): HttpProblem {
  return new HttpProblem(413, 'body_too_large', `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
}
