// Spelling correction against a pack's own vocabulary (symmetric-delete lookup, edit distance ≤ 2).

/** Restricted Damerau–Levenshtein distance (adjacent swaps count as one edit). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (d[(i - 1) * cols + j] ?? 0) + 1,
        (d[i * cols + j - 1] ?? 0) + 1,
        (d[(i - 1) * cols + j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1] ?? 0;
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 2) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) {
      out.add(shorter);
      deletes(shorter, depth - 1, out);
    }
  }
}

/** How many edits a word of this length may be away from the word it is corrected to. */
function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** A corrector for one vocabulary; words shorter than 4 letters are never corrected. */
export interface SpellingCorrector {
  correct(word: string): string | undefined;
}

/** Builds a corrector from words with how often each occurs (frequency breaks ties). */
export function createSpellingCorrector(frequencies: ReadonlyMap<string, number>): SpellingCorrector {
  const byDelete = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const list = byDelete.get(key);
    if (list) list.push(word);
    else byDelete.set(key, [word]);
  };
  for (const word of frequencies.keys()) {
    if (word.length < 3 || /\d/u.test(word)) continue;
    add(word, word);
    const keys = new Set<string>();
    deletes(word, 2, keys);
    for (const key of keys) add(key, word);
  }
  return {
    correct(word) {
      const max = allowedEdits(word.length);
      if (max === 0 || /\d/u.test(word)) return undefined;
      const keys = new Set<string>([word]);
      deletes(word, max, keys);
      let best: string | undefined;
      let bestDistance = max + 1;
      let bestFrequency = -1;
      let tie = false;
      for (const key of keys) {
        for (const candidate of byDelete.get(key) ?? []) {
          if (Math.abs(candidate.length - word.length) > max) continue;
          const distance = editDistance(word, candidate);
          const frequency = frequencies.get(candidate) ?? 0;
          if (distance < bestDistance || (distance === bestDistance && frequency > bestFrequency)) {
            tie = distance === bestDistance && candidate !== best && frequency === bestFrequency;
            best = candidate;
            bestDistance = distance;
            bestFrequency = frequency;
          } else if (distance === bestDistance && frequency === bestFrequency && candidate !== best) {
            tie = true;
          }
        }
      }
      return best !== undefined && bestDistance <= max && !tie ? best : undefined;
    },
  };
}
