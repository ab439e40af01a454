/**
 * Counts the work of one binding, by steps and by the size of what each step makes, never by
 * a clock. Once a bound is passed the meter stays exceeded: the engine swallows errors inside
 * string interpolation, so every later step is refused at once and the binding is failed
 * when it returns, whatever the engine made of the refusals.
 */
export const WORK_LIMITS = {
  /** Objects, arrays and expressions the engine expands (each `$data` repetition counts). */
  nodes: 5000,
  /** Function calls and property reads the expressions make. */
  evaluations: 20_000,
  /** Characters (and array items) the evaluations make in all, intermediate results included. */
  produced: 1_000_000,
  /** Characters of text the binding makes in its card. */
  outputChars: 64 * 1024,
} as const;

export class WorkExceeded extends Error {}

export class Meter {
  nodes = 0;
  evaluations = 0;
  produced = 0;
  outputChars = 0;
  exceeded: string | undefined;

  reset(): void {
    this.nodes = 0;
    this.evaluations = 0;
    this.produced = 0;
    this.outputChars = 0;
    this.exceeded = undefined;
  }

  private fail(reason: string): never {
    this.exceeded ??= reason;
    throw new WorkExceeded(this.exceeded);
  }

  /** Before the engine expands one node. */
  node(): void {
    if (this.exceeded) this.fail(this.exceeded);
    if (++this.nodes > WORK_LIMITS.nodes) {
      this.fail(`expanding it takes more than ${WORK_LIMITS.nodes} steps`);
    }
  }

  /** Before one expression node is evaluated. */
  evaluation(): void {
    if (this.exceeded) this.fail(this.exceeded);
    if (++this.evaluations > WORK_LIMITS.evaluations) {
      this.fail(`its expressions take more than ${WORK_LIMITS.evaluations} steps`);
    }
  }

  /** After an expression node made `value`. */
  made(value: unknown): void {
    const size = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
    this.produced += size;
    if (this.produced > WORK_LIMITS.produced) {
      this.fail(`its expressions make more than ${WORK_LIMITS.produced} characters`);
    }
  }

  /** After the engine expanded a node to `value`, part of the card. */
  output(value: unknown): void {
    if (typeof value !== 'string') return;
    this.outputChars += value.length;
    if (this.outputChars > WORK_LIMITS.outputChars) {
      this.fail(`it makes more than ${WORK_LIMITS.outputChars} characters of text`);
    }
  }
}
