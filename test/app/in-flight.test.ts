import { describe, expect, it } from 'vitest';
import { createInFlight } from '../../src/app/in-flight.js';

const resolveAfter = (ms: number, value: string) =>
  new Promise<string>((r) => setTimeout(() => r(value), ms));

describe('in-flight work and shutdown', () => {
  it('waits for running work, and still runs (and waits for) work that arrives while draining', async () => {
    let late = 0;
    const inFlight = createInFlight({ onLateWork: () => late++ });
    const first = inFlight.run(() => resolveAfter(50, 'first'));
    const drained = inFlight.drain(2000);
    expect(inFlight.draining).toBe(true);
    const second = inFlight.run(() => resolveAfter(100, 'second'));
    expect(await second).toBe('second');
    expect(await first).toBe('first');
    expect(await drained).toBe(true);
    expect(late).toBe(1);
    expect(inFlight.active).toBe(0);
  });

  it('gives up after the timeout', async () => {
    const inFlight = createInFlight();
    void inFlight.run(() => resolveAfter(500, 'slow'));
    expect(await inFlight.drain(20)).toBe(false);
  });
});
