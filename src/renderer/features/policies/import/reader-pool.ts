// A small pool of document workers: files are read two at a time (the readers are CPU-bound; more
// workers than cores would only fight over them). Each request transfers the file's bytes to a worker
// and gets them back with the reading. A document that crashes its worker or never finishes fails on
// its own; the worker is replaced and the rest of the batch goes on.
import type { ExtractionContext } from '../../../../core/extraction/types';
import type { ReadLimits } from '../../../../documents/readers/errors';
import type { ReadReply, ReadRequest } from './worker-protocol';

interface Pending {
  resolve: (reply: ReadReply) => void;
  reject: (error: Error) => void;
  name: string;
}

interface Job {
  id: number;
  pending: Pending;
  timer: ReturnType<typeof setTimeout>;
}

/** A document that takes longer than this to read is given up on, and its worker replaced. */
const READ_TIMEOUT_MS = 120_000;

export class ReaderPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { request: ReadRequest; pending: Pending }[] = [];
  private readonly inFlight = new Map<Worker, Job>();
  private nextId = 1;
  private spawned = 0;
  private stopped = false;

  constructor(size = Math.max(1, Math.min(2, (navigator.hardwareConcurrency || 2) - 1))) {
    for (let i = 0; i < size; i += 1) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    this.spawned += 1;
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
      name: `policy-reader-${this.spawned}`,
    });
    worker.onmessage = (event: MessageEvent<ReadReply>) => this.settle(worker, event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(
        worker,
        (name) => `'${name}' could not be read: the reader stopped (${event.message || 'unknown error'})`,
      );
    };
    this.workers.push(worker);
    return worker;
  }

  /** Gives up on a worker's document: the worker is replaced, so the next file starts clean. */
  private fail(worker: Worker, message: (name: string) => string): void {
    const job = this.inFlight.get(worker);
    this.inFlight.delete(worker);
    if (job) {
      clearTimeout(job.timer);
      job.pending.reject(new Error(message(job.pending.name)));
    }
    worker.terminate();
    this.workers.splice(this.workers.indexOf(worker), 1);
    if (!this.stopped) this.idle.push(this.spawn());
    this.pump();
  }

  read(
    name: string,
    bytes: Uint8Array,
    context: ExtractionContext,
    limits: Partial<ReadLimits>,
  ): Promise<ReadReply> {
    return new Promise((resolve, reject) => {
      this.queue.push({
        request: { id: this.nextId++, name, bytes, context, limits },
        pending: { resolve, reject, name },
      });
      this.pump();
    });
  }

  private pump(): void {
    while (!this.stopped && this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { request, pending } = this.queue.shift()!;
      const timer = setTimeout(
        () =>
          this.fail(
            worker,
            (name) =>
              `'${name}' took too long to read (over ${READ_TIMEOUT_MS / 60_000} minutes) and was skipped`,
          ),
        READ_TIMEOUT_MS,
      );
      this.inFlight.set(worker, { id: request.id, pending, timer });
      worker.postMessage(request, [request.bytes.buffer]);
    }
  }

  private settle(worker: Worker, reply: ReadReply): void {
    // pdfjs's worker code, running inside the reader, announces itself with messages of its own: not ours.
    if (typeof reply !== 'object' || reply === null || typeof reply.id !== 'number' || !('ok' in reply))
      return;
    const job = this.inFlight.get(worker);
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    this.inFlight.delete(worker);
    this.idle.push(worker);
    job.pending.resolve(reply);
    this.pump();
  }

  terminate(): void {
    this.stopped = true;
    for (const w of this.workers) w.terminate();
    for (const { pending } of this.queue)
      pending.reject(new Error(`'${pending.name}' was not read: the import was stopped`));
    for (const { pending, timer } of this.inFlight.values()) {
      clearTimeout(timer);
      pending.reject(new Error(`'${pending.name}' was not read: the import was stopped`));
    }
    this.queue.length = 0;
    this.inFlight.clear();
  }
}
