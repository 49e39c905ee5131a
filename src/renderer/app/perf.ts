// Performance marks the benchmarks read (test/bench/browser). Cheap, and visible in DevTools too.
export function mark(name: string): void {
  try {
    if (performance.getEntriesByName(`oversight:${name}`).length === 0) performance.mark(`oversight:${name}`);
  } catch (error) {
    console.warn(`Could not record ${name}`, error);
  }
}
