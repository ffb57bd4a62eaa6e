// Row ids handed out from blocks reserved in a PostgreSQL sequence (INCREMENT BY ID_BLOCK), so a replica can
// name a row before it is written, and no two replicas ever hand out the same id.
import { ID_BLOCK } from './pg-migrations.js';

export interface IdBlocks {
  /** The next reserved id, or undefined when none is reserved (the database has not answered yet). */
  take(): number | undefined;
  /** Resolves when no reservation is on its way. */
  settled(): Promise<void>;
}

/** `reserve` returns the first id of a fresh block (the sequence's nextval). */
export function createIdBlocks(reserve: () => Promise<number>): IdBlocks {
  const ids: number[] = [];
  let reserving: Promise<void> | undefined;
  const refill = () => {
    reserving ??= reserve()
      .then((first) => {
        if (Number.isSafeInteger(first)) for (let id = first; id < first + ID_BLOCK; id++) ids.push(id);
      })
      .catch(() => undefined)
      .finally(() => {
        reserving = undefined;
      });
  };
  refill();
  return {
    take() {
      const id = ids.shift();
      if (ids.length < ID_BLOCK / 4) refill();
      return id;
    },
    settled: () => reserving ?? Promise.resolve(),
  };
}
