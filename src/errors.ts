// The few real failures statbot raises: broken set-up, not expected outcomes (those are reply values).

/** Base class: every statbot error carries a stable code. */
export class StatbotError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A knowledge pack that cannot be loaded: names the file, the path inside it and the fix. */
export class PackError extends StatbotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('PACK_INVALID', message, options);
  }
}

/** Missing or contradictory settings: names the variable and the fix. */
export class ConfigError extends StatbotError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFIG_INVALID', message, options);
  }
}
