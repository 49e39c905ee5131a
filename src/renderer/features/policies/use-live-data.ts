// A live query that holds still while an import runs: an import writes hundreds of transactions, and
// re-reading (and re-drawing) up to 3,000 policies after each would keep the page busy while the
// officer wants it responsive. During an import the import panel shows the progress; the list keeps
// what it showed (or is read once, if the page opens mid-import) and is live again when it finishes.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import { importStore } from './import/import-run';

export function useLiveData<T>(querier: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const importing = useSyncExternalStore(importStore.subscribe, () => importStore.get().running);
  const loaded = value !== undefined;
  useEffect(() => {
    if (importing) {
      if (loaded) return;
      let stopped = false;
      void querier().then((v) => {
        if (!stopped) setValue(v);
      });
      return () => {
        stopped = true;
      };
    }
    const subscription = liveQuery(querier).subscribe({
      next: (v) => setValue(v),
      error: (e: unknown) => console.error(e),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps decide when the query changes
  }, [...deps, importing, importing && loaded]);
  return value;
}
