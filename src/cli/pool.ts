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

interface Slot {
  worker: Worker;
  /** the task it runs, and whom to tell when it is done */
  current: { task: Task; done: (o: Outcome) => void } | null;
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
      const slot = this.slots.find((s) => !s.current) ?? (this.slots.length < this.size ? this.start() : null);
      if (!slot) return;
      slot.current = this.queue.shift()!;
      const { task } = slot.current;
      slot.worker.postMessage(task, ownBuffer(task));
    }
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(WORKER, { resourceLimits: LIMITS }), current: null };
    slot.worker.on('message', (outcome: Outcome) => this.settle(slot, outcome));
    // a worker that dies (out of memory, a crash in a native module) fails its task, and a new one takes its place
    slot.worker.on('error', (e) => {
      this.slots.splice(this.slots.indexOf(slot), 1);
      const task = slot.current?.task;
      if (task) this.settle(slot, failed(task.index, task.source, `could not be audited: ${e.message}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, outcome: Outcome): void {
    const done = slot.current?.done;
    slot.current = null;
    done?.(outcome);
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
