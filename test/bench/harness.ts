// Benchmark results: each bench records figures here; `npm run bench` prints them as one table and
// fails when a target is missed. Speed targets live here, never in unit tests.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_DIR = join(__dirname, '../../.bench');
export const RESULTS = process.env.OVERSIGHT_BENCH_RESULTS ?? join(BENCH_DIR, 'results.jsonl');
/** The LA-scale sample the benchmarks load (written by scripts/bench.mjs). */
export const LA_BACKUP = join(BENCH_DIR, 'la.oversight');
/** Benchmarks use a fixed date so figures compare across runs. */
export const BENCH_AS_OF = '2026-11-21';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** The figure must be below (or at least) this. */
  target?: { below?: number; atLeast?: number };
  notes?: string;
}

export function record(result: BenchResult): void {
  mkdirSync(BENCH_DIR, { recursive: true });
  appendFileSync(RESULTS, `${JSON.stringify(result)}\n`);
  const target = result.target?.below !== undefined ? ` (target < ${result.target.below} ${result.unit})` : result.target?.atLeast !== undefined ? ` (target ≥ ${result.target.atLeast} ${result.unit})` : '';
  console.log(`bench: ${result.name} = ${round(result.value)} ${result.unit}${target}${result.notes ? ` — ${result.notes}` : ''}`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100;
}

/** Runs `fn` `times` times (after `warmup` runs) and returns each duration in ms. */
export async function timeRuns(fn: () => unknown, times: number, warmup = 2): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
