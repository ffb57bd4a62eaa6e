// A negative question puts its statement forward: "Wasn't the lockdown rise 10 percent?" claims it was, and "Didn't
// the NSPCC back Facebook's encryption?" claims the NSPCC backed it.

/** A verb's bare form after "did" and the words of its subject ("Didn't the police chiefs back…"). */
const BARE_VERB =
  /^(\s+(?:[\p{L}'’.-]+\s+){1,4}?)(back|support|endorse|sign|lead|accuse|urge|announce|denounce|criticise|criticize|condemn|record|find|say|claim|warn|call|use|rise|fall|increase|go|write|tell|make|give|describe|deride|tout|remove|stamp|publish|report|kill|injure|account|make up)\b/iu;
const IRREGULAR: Readonly<Record<string, string>> = {
  lead: 'led',
  find: 'found',
  say: 'said',
  rise: 'rose',
  fall: 'fell',
  go: 'went',
  write: 'wrote',
  tell: 'told',
  make: 'made',
  give: 'gave',
  'make up': 'made up',
};

/** "Didn't the NSPCC back X?" as the statement it puts forward, "the NSPCC backed X?" (did), "…backs X?" (does, do). */
export function doneAsStated(asked: string): string | undefined {
  const negative = NEGATIVE_QUESTION.exec(asked);
  const aux = negative?.[2]?.toLowerCase();
  if (!negative || (aux !== 'did' && aux !== 'does' && aux !== 'do')) return undefined;
  const rest = asked.slice(negative[0].length);
  const verb = BARE_VERB.exec(rest);
  if (!verb) return undefined;
  const bare = (verb[2] ?? '').toLowerCase();
  const done =
    aux === 'did'
      ? (IRREGULAR[bare] ?? (bare.endsWith('e') ? `${bare}d` : `${bare}ed`))
      : aux === 'does'
        ? bare.replace(/^(\S+)/u, (w) => (/(?:s|sh|ch|x)$/u.test(w) ? `${w}es` : `${w}s`))
        : bare;
  return `${negative[1]}${(verb[1] ?? '').trimStart()}${done}${rest.slice(verb[0].length)}`;
}

/** A question opening on a negative auxiliary: "Wasn't…?", "Didn't police record…?", "isnt 51%…?". */
export const NEGATIVE_QUESTION =
  /^((?:(?:so|but|and|ok|okay)\W+)?)(was|were|is|are|did|does|do|has|have)n['’]?t\b(?=[^?]*\?+\s*$)/iu;
