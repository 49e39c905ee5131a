import { useEffect, useState } from 'react';

export type PersistenceState = 'unknown' | 'persisted' | 'refused' | 'unsupported';

/** Asks once for persistent storage; if the browser says no, says so plainly and suggests backups. */
export async function requestPersistence(): Promise<PersistenceState> {
  if (!navigator.storage?.persist) return 'unsupported';
  if (await navigator.storage.persisted()) return 'persisted';
  return (await navigator.storage.persist()) ? 'persisted' : 'refused';
}

let pending: Promise<PersistenceState> | null = null;
export function persistenceState(): Promise<PersistenceState> {
  pending ??= requestPersistence().catch((error: unknown) => {
    console.warn('Could not ask for persistent storage', error);
    return 'unsupported' as const;
  });
  return pending;
}

const DISMISSED_KEY = 'oversight.storage-notice-dismissed';

function readDismissed(): boolean {
  try {
    return localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    // Storage blocked by the browser: show the notice each time rather than fail.
    return false;
  }
}

export function StorageNotice() {
  const [state, setState] = useState<PersistenceState>('unknown');
  const [dismissed, setDismissed] = useState(readDismissed);
  useEffect(() => {
    void persistenceState().then(setState);
  }, []);
  if (dismissed || (state !== 'refused' && state !== 'unsupported')) return null;
  return (
    <div className="notice notice-amber" role="status">
      <p>
        <strong>Storage is not guaranteed.</strong> This browser has not agreed to keep Oversight’s data permanently, so it could clear it
        when the disk is nearly full. Back up regularly.
      </p>
      <button
        type="button"
        className="button-link"
        onClick={() => {
          setDismissed(true);
          try {
            localStorage.setItem(DISMISSED_KEY, '1');
          } catch (error) {
            console.warn('Could not remember that the storage notice was dismissed', error);
          }
        }}
      >
        Dismiss storage notice
      </button>
    </div>
  );
}
