// The window's side of the compliance worker: one worker for the app's lifetime (so coming back to
// Training is instant), and a hook that watches one query and re-renders when its answer changes.
import { useEffect, useState } from 'react';
import type { ComplianceResult } from '../../../core/training/compliance';
import type { PackedMatrix } from '../../../core/training/matrix';
import type { ComplianceQuery, FromWorker, ToWorker } from './compliance-protocol';

type Listener = (m: FromWorker) => void;
let worker: Worker | null = null;
let nextId = 1;
const listeners = new Map<number, Listener>();

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./compliance.worker.ts', import.meta.url), {
    type: 'module',
    name: 'training-compliance',
  });
  w.addEventListener('message', (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.id === null) for (const l of listeners.values()) l(m);
    else listeners.get(m.id)?.(m);
  });
  w.addEventListener('error', (e) => {
    for (const l of listeners.values())
      l({ type: 'error', id: null, message: `The compliance worker stopped: ${e.message}` });
  });
  worker = w;
  return w;
}

export interface ComplianceAnswer {
  result: ComplianceResult | null;
  matrix: PackedMatrix | null;
  error: string | null;
  /** The answer on screen is for an earlier query (or older records) while a new one is worked out. */
  stale: boolean;
}

/** Watches `query` (null: nothing yet); the answer follows the store. */
export function useComplianceQuery(query: ComplianceQuery | null): ComplianceAnswer {
  const [answer, setAnswer] = useState<{
    key: string;
    result: ComplianceResult | null;
    matrix: PackedMatrix | null;
    error: string | null;
  }>({ key: '', result: null, matrix: null, error: null });
  const key = query ? JSON.stringify(query) : '';
  useEffect(() => {
    if (!key) return;
    const q = JSON.parse(key) as ComplianceQuery;
    const id = nextId++;
    const w = ensureWorker();
    listeners.set(id, (m) => {
      if (m.type === 'error') {
        setAnswer((a) => ({ ...a, key, error: m.message }));
        return;
      }
      const now = performance.now();
      // Read by the benchmarks; visible in DevTools.
      performance.measure('oversight:training-compliance', { start: now - m.computeMs, end: now });
      performance.measure('oversight:training-load', { start: now - m.loadMs, end: now });
      setAnswer({ key, result: m.result, matrix: m.matrix, error: null });
    });
    w.postMessage({ type: 'watch', id, query: q } satisfies ToWorker);
    return () => {
      listeners.delete(id);
      w.postMessage({ type: 'unwatch', id } satisfies ToWorker);
    };
  }, [key]);
  return { result: answer.result, matrix: answer.matrix, error: answer.error, stale: answer.key !== key };
}
