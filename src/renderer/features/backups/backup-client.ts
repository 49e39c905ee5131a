// The window's side of the backup worker: one worker per job (open a file, then restore or merge it), so
// what was decoded stays in the worker and only summaries cross over.
import type { WorkerMessage, WorkerRequest, WorkerResults } from './backup-protocol';

export interface Progress {
  message: string;
  /** 0..1 when known. */
  fraction: number | null;
}

/** An error from the worker, keeping its name (PassphraseRequiredError, WrongPassphraseError, BackupError…). */
export class JobError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export class BackupJob {
  private readonly worker = new Worker(new URL('./backup.worker.ts', import.meta.url), {
    type: 'module',
    name: 'oversight-backup',
  });
  private next = 1;

  run<K extends WorkerRequest['op']>(
    request: Extract<WorkerRequest, { op: K }>,
    onProgress?: (p: Progress) => void,
  ): Promise<WorkerResults[K]> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const listener = (event: MessageEvent<WorkerMessage>) => {
        const m = event.data;
        if (m.id !== id) return;
        if (m.type === 'progress') {
          onProgress?.({ message: m.message, fraction: m.fraction });
          return;
        }
        this.worker.removeEventListener('message', listener);
        if (m.type === 'done') resolve(m.result as WorkerResults[K]);
        else reject(new JobError(m.name, m.message));
      };
      this.worker.addEventListener('message', listener);
      this.worker.addEventListener(
        'error',
        (e) => reject(new Error(`The backup worker stopped: ${e.message}`)),
        { once: true },
      );
      this.worker.postMessage({ id, request });
    });
  }

  dispose(): void {
    this.worker.terminate();
  }
}

export function isPassphraseError(error: unknown): error is JobError {
  return (
    error instanceof Error &&
    (error.name === 'PassphraseRequiredError' || error.name === 'WrongPassphraseError')
  );
}
