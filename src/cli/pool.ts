// Runs tasks on up to N worker threads, started as work arrives (a run over two files starts no more than two).
// One job runs in one worker too: its capped heap keeps a long run's memory flat, where the main thread's heap
// would grow lazily to over a gigabyte over thousands of pages.
import { Worker } from 'node:worker_threads';
import { failed, type Outcome, type Task } from './task';

export interface Runner {
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

export function createRunner(jobs: number): Runner {
  return new WorkerPool(Math.max(1, jobs));
}

const WORKER = new URL('./worker.mjs', import.meta.url);
/** V8 grows an idle heap lazily; a cap makes each worker collect early, which keeps a long run's memory flat */
const LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 };

/**
 * Tasks a worker holds at once: while it works on one, the next is already posted (and its file being read), so it
 * never waits on the main thread between pages. More would only hold more pages in memory.
 */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  /** the tasks it holds, by input index, and whom to tell when each is done */
  held: Map<number, { task: Task; done: (o: Outcome) => void }>;
}

class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ task: Task; done: (o: Outcome) => void }> = [];

  constructor(private readonly size: number) {}

  run(task: Task): Promise<Outcome> {
    return new Promise((done) => {
      this.queue.push({ task, done });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      const slot = this.idlest();
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.held.set(next.task.index, next);
      slot.worker.postMessage(next.task, ownBuffer(next.task));
    }
  }

  /** a worker with nothing to do, a new one while there may be more, else the least busy one with room */
  private idlest(): Slot | null {
    const free = this.slots.find((s) => s.held.size === 0);
    if (free) return free;
    if (this.slots.length < this.size) return this.start();
    let best: Slot | null = null;
    for (const s of this.slots) if (s.held.size < IN_FLIGHT && (!best || s.held.size < best.held.size)) best = s;
    return best;
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER, { resourceLimits: LIMITS }), held: new Map() };
    slot.worker.on('message', (outcome: Outcome) => this.settle(slot, outcome));
    // a worker that dies (out of memory, a crash in a native module) fails the tasks it held, and a new one takes
    // its place
    slot.worker.on('error', (e) => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      for (const { task } of [...slot.held.values()]) this.settle(slot, failed(task.index, task.source, `could not be audited: ${e.message}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, outcome: Outcome): void {
    const held = slot.held.get(outcome.index);
    slot.held.delete(outcome.index);
    held?.done(outcome);
    this.pump();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** the bytes of a fetched page move to the worker instead of being copied, when they own their buffer (not a pool's) */
function ownBuffer(task: Task): ArrayBuffer[] {
  if (!('bytes' in task)) return [];
  const { buffer, byteOffset, byteLength } = task.bytes;
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}
