// The compliance worker: reads every training record (300,000 completions at LA scale) and works out
// compliance away from the window, so the window never stalls and never holds the whole history in
// its memory. It keeps the records while the app runs and re-reads them when the store changes (Dexie
// tells workers of changes made in the window); every watched view then gets a fresh answer.
import { liveQuery } from 'dexie';
import { OversightDb } from '../../../data/db';
import { TrainingRepo } from '../../../data/repos/training-repo';
import { computeCompliance, type TrainingData } from '../../../core/training/compliance';
import { matrixTransfers, packMatrix } from '../../../core/training/matrix';
import type { ComplianceQuery, FromWorker, ToWorker } from './compliance-protocol';

const scope = self as unknown as {
  postMessage(m: FromWorker, t?: Transferable[]): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

const db = new OversightDb();
const repo = new TrainingRepo(db);
const queries = new Map<number, ComplianceQuery>();
let data: TrainingData | null = null;
let loadMs = 0;
let loadStarted = performance.now();

function answer(id: number, query: ComplianceQuery): void {
  if (!data) return;
  try {
    const started = performance.now();
    const result = computeCompliance(data, {
      asOf: query.asOf,
      expiringDays: query.expiringDays,
      settingIds: query.settingIds ?? undefined,
      rows: query.view !== 'summary',
    });
    const computeMs = performance.now() - started;
    if (query.view === 'matrix') {
      // The rows travel packed (typed arrays, transferred); the objects stay here.
      const matrix = packMatrix(result);
      post(
        { type: 'result', id, result: { ...result, rows: [] }, matrix, computeMs, loadMs },
        matrixTransfers(matrix),
      );
    } else {
      post({ type: 'result', id, result, matrix: null, computeMs, loadMs });
    }
  } catch (error) {
    post({ type: 'error', id, message: (error as Error).message });
  }
}

liveQuery(() => repo.loadData()).subscribe({
  next: (fresh) => {
    loadMs = performance.now() - loadStarted;
    data = fresh;
    for (const [id, q] of queries) answer(id, q);
    loadStarted = performance.now();
  },
  error: (error: unknown) =>
    post({
      type: 'error',
      id: null,
      message: `The training records could not be read: ${(error as Error).message}`,
    }),
});

scope.onmessage = (e) => {
  const m = e.data;
  if (m.type === 'watch') {
    queries.set(m.id, m.query);
    answer(m.id, m.query);
  } else {
    queries.delete(m.id);
  }
};
