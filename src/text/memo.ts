// Remembers the last few results of a pure function, so the stages that read one message do not redo the same
// reading (the period a question names is read by the matcher, the guards and the reply). Only the most recent calls
// are kept: a benchmark that asks many different questions gains nothing from it across questions.

/** `fn` with its last `size` results remembered, by the identity of every argument. */
export function rememberRecent<Args extends unknown[], Result>(
  fn: (...args: Args) => Result,
  size = 4,
): (...args: Args) => Result {
  const recent: Array<{ args: Args; result: Result }> = [];
  return (...args: Args): Result => {
    for (const entry of recent)
      if (entry.args.length === args.length && entry.args.every((a, i) => a === args[i])) return entry.result;
    const result = fn(...args);
    recent.unshift({ args, result });
    if (recent.length > size) recent.pop();
    return result;
  };
}
