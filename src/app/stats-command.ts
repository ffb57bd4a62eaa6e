// Parses the text after a `/stats` command into what the user wants.

export type StatsCommand =
  | { kind: 'help' }
  | { kind: 'topics' }
  | { kind: 'sources' }
  | { kind: 'gaps' }
  | { kind: 'fact'; id: string }
  | { kind: 'check'; text: string }
  | { kind: 'ask'; question: string };

/** `help`, `topics`, `sources`, `fact <id>`, `check <text>`, or anything else as a question; empty → help. */
export function parseStatsCommand(text: string): StatsCommand {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (lower === '' || lower === 'help' || lower === '?') return { kind: 'help' };
  if (lower === 'topics' || lower === 'topic') return { kind: 'topics' };
  if (lower === 'sources' || lower === 'source') return { kind: 'sources' };
  if (lower === 'gaps') return { kind: 'gaps' };
  const fact = /^fact(?:\s+(\S+))?$/iu.exec(trimmed);
  if (fact) return { kind: 'fact', id: fact[1] ?? '' };
  const check = /^check(?:\s+([\s\S]*))?$/iu.exec(trimmed);
  if (check) return { kind: 'check', text: (check[1] ?? '').trim() };
  return { kind: 'ask', question: trimmed };
}
