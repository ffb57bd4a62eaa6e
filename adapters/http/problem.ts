// An expected HTTP failure (bad token, bad body, unknown fact): its status, stable code and friendly wording.

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}
