// Outcomes finish in any order on several workers; they are taken in input order, so every format and the
// cross-year pairing come out exactly as with one job. At most `window` inputs are started and not yet taken:
// that bounds what waits here (a few small results), at the price of a pause behind one slow input.
import type { Outcome } from './task';

export class InOrder {
  private readonly ready = new Map<number, Outcome>();
  private next = 0;
  private taking: Promise<void> = Promise.resolve();
  private wake: (() => void) | null = null;

  constructor(private readonly window: number, private readonly take: (o: Outcome) => Promise<void>) {}

  /** resolves when input `index` may start */
  async room(index: number): Promise<void> {
    while (index - this.next >= this.window) await new Promise<void>((go) => (this.wake = go));
  }

  arrive(outcome: Outcome): void {
    this.ready.set(outcome.index, outcome);
    while (this.ready.has(this.next)) {
      const o = this.ready.get(this.next)!;
      this.ready.delete(this.next);
      this.taking = this.taking.then(() => this.take(o));
      this.next++;
    }
    this.wake?.();
    this.wake = null;
  }

  /** after the last input started: all of them taken */
  async drain(count: number): Promise<void> {
    while (this.next < count) await new Promise<void>((go) => (this.wake = go));
    await this.taking;
  }
}
