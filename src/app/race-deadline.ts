// Waits for work up to a deadline: platforms want an answer within seconds, so slow work is acknowledged first.

/** The work's value if it finished within `ms`, else `undefined` (the work carries on). */
export async function settleWithin<T>(work: Promise<T>, ms: number): Promise<{ value: T } | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([work.then((value) => ({ value })), late]);
  } finally {
    clearTimeout(timer);
  }
}
