/** Time is a dependency: pure code takes `now` as an argument, I/O code takes a Clock. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
