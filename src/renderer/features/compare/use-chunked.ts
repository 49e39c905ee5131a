import { useEffect, useState } from 'react';

/**
 * Maps `items` through `fn` a chunk at a time, yielding to the browser between chunks, so reading 600
 * policies keeps the page responsive and can show progress. Restarts when `items` or `fn` change.
 */
export function useChunked<T, R>(
  items: readonly T[],
  fn: (item: T) => R,
  chunk = 20,
): { results: R[] | null; done: number } {
  const [state, setState] = useState<{
    source: readonly T[];
    fn: (item: T) => R;
    results: R[] | null;
    done: number;
  }>({ source: items, fn, results: null, done: 0 });
  useEffect(() => {
    let cancelled = false;
    const out: R[] = [];
    let i = 0;
    const step = () => {
      if (cancelled) return;
      const end = Math.min(items.length, i + chunk);
      for (; i < end; i += 1) out.push(fn(items[i]!));
      if (i < items.length) {
        setState({ source: items, fn, results: null, done: i });
        setTimeout(step, 0);
      } else setState({ source: items, fn, results: out, done: i });
    };
    const first = setTimeout(step, 0);
    return () => {
      cancelled = true;
      clearTimeout(first);
    };
  }, [items, fn, chunk]);
  // Results of earlier inputs are never shown for new ones.
  return state.source === items && state.fn === fn
    ? { results: state.results, done: state.done }
    : { results: null, done: 0 };
}
