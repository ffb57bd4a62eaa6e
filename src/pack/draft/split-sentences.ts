// Splits a source text into sentences (and headings), each exactly as the source writes it.

/** Words that end in a full stop without ending a sentence ("e.g.", "Mr.", "No. 10"). */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Za-z]|e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|No|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/u;

/** A full stop, question or exclamation mark (with any closing quote or bracket) before a new sentence. */
const BOUNDARY = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}£$€])/gu;

/** The lines of one paragraph joined where a sentence runs on (the next line starts in lower case or a figure). */
function blocks(paragraph: string): string[] {
  const out: string[] = [];
  for (const line of paragraph.split('\n')) {
    const last = out.length - 1;
    const previous = out[last];
    const runsOn =
      /^\s*\p{Ll}/u.test(line) || (/^\s*[\p{N}£$€]/u.test(line) && !/[.!?:]\s*$/u.test(previous ?? ''));
    if (previous !== undefined && runsOn) out[last] = `${previous}\n${line}`;
    else out.push(line);
  }
  return out;
}

function splitBlock(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of block.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    if (ABBREVIATION.test(block.slice(start, end))) continue;
    sentences.push(block.slice(start, end));
    start = (m.index ?? 0) + m[0].length;
  }
  sentences.push(block.slice(start));
  return sentences;
}

/** The source's sentences in order, trimmed, each a verbatim slice of it (line breaks inside kept). */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split(/\n\s*\n/u)
    .flatMap(blocks)
    .flatMap(splitBlock)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
