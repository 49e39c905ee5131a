// Automatic backups: when they are made, how many are kept, and the list to restore from.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AutoBackupInfo } from '../../../ipc/backup-files';
import { MAX_BACKUPS_KEPT } from '../../../ipc/backup-files';
import { useStore } from '../../app/db-context';
import { TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { BACKUPS_CHANGED, makeAutomaticBackup, REASON_LABELS } from './automatic';
import { formatMoment, formatSize } from './file-summary';
import { BACKUP_SAVE_FILTERS } from './new-file';

export function AutomaticBackupsCard({
  onRestore,
  refreshKey,
}: {
  onRestore: (backup: AutoBackupInfo) => void;
  refreshKey: number;
}) {
  const store = useStore();
  const toasts = useToasts();
  const config = useLiveQuery(() => store.config.load(), [store]);
  const [list, setList] = useState<AutoBackupInfo[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    platform.listBackups().then(
      (l) => {
        setList(l);
        setFailure(null);
      },
      (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  useEffect(refresh, [refresh, refreshKey]);
  useEffect(() => {
    window.addEventListener(BACKUPS_CHANGED, refresh);
    return () => window.removeEventListener(BACKUPS_CHANGED, refresh);
  }, [refresh]);

  const backUpNow = async () => {
    setBusy(true);
    try {
      await makeAutomaticBackup('manual', config?.backups.keep ?? 10);
      toasts.show({ kind: 'success', message: 'Backup made in this laptop’s backups folder' });
    } catch (error) {
      toasts.error(error, 'The backup was not made');
    } finally {
      setBusy(false);
    }
  };

  const saveCopy = async (b: AutoBackupInfo) => {
    try {
      const result = await platform.saveFile({
        suggestedName: b.name,
        filters: BACKUP_SAVE_FILTERS,
        bytes: await platform.readBackup(b.name),
      });
      if (result.saved)
        toasts.show({
          kind: 'success',
          message: result.path ? `Copy saved to ${result.path}` : 'Copy saved',
        });
    } catch (error) {
      toasts.error(error, 'The copy was not saved');
    }
  };

  return (
    <section className="card" aria-labelledby="auto-heading">
      <div className="card-header">
        <h2 id="auto-heading">Automatic backups</h2>
        <button type="button" className="button" onClick={() => void backUpNow()} disabled={busy}>
          {busy ? 'Making a backup…' : 'Make an automatic backup now'}
        </button>
      </div>
      <p className="muted">
        Kept in Oversight’s own folder on this laptop, so you can go back to an earlier day. They do not
        protect against losing the laptop: save a backup elsewhere too.
      </p>
      {config && (
        <AutomaticSettings key={JSON.stringify(config.backups)} initial={config.backups} onSaved={refresh} />
      )}
      {failure && (
        <p className="form-error" role="alert">
          The automatic backups cannot be listed: {failure}
        </p>
      )}
      {list && list.length === 0 && (
        <p className="muted">
          No automatic backups yet. The first daily one is made shortly after you open Oversight.
        </p>
      )}
      {list && list.length > 0 && (
        <table className="table" aria-label="Automatic backups">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => {
              const when = formatMoment(b.createdAt);
              return (
                <tr key={b.name}>
                  <th scope="row">{when}</th>
                  <td>{REASON_LABELS[b.reason]}</td>
                  <td>{formatSize(b.size)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Restore the backup of ${when}`}
                      onClick={() => onRestore(b)}
                    >
                      Restore
                    </button>
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Save a copy of the backup of ${when}`}
                      onClick={() => void saveCopy(b)}
                    >
                      Save a copy
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function AutomaticSettings({
  initial,
  onSaved,
}: {
  initial: { keep: number; daily: boolean; onQuit: boolean };
  onSaved: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const [daily, setDaily] = useState(initial.daily);
  const [onQuit, setOnQuit] = useState(initial.onQuit);
  const [keep, setKeep] = useState(String(initial.keep));
  const [error, setError] = useState<string | undefined>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(keep);
    if (!Number.isInteger(n) || n < 1 || n > MAX_BACKUPS_KEPT) {
      setError(`Enter a whole number from 1 to ${MAX_BACKUPS_KEPT}`);
      return;
    }
    setError(undefined);
    try {
      await store.config.save('backups', { keep: n, daily, onQuit });
      toasts.show({ kind: 'success', message: 'Backup settings saved' });
      onSaved();
    } catch (err) {
      toasts.error(err, 'The backup settings were not saved');
    }
  };
  return (
    <form className="auto-settings" onSubmit={submit} noValidate aria-label="Automatic backup settings">
      <div className="auto-checks">
        <label className="checkbox">
          <input type="checkbox" checked={daily} onChange={(e) => setDaily(e.target.checked)} />
          Back up every day
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={onQuit} onChange={(e) => setOnQuit(e.target.checked)} />
          Back up when Oversight closes
        </label>
      </div>
      <TextField
        label="Number of automatic backups to keep"
        inputMode="numeric"
        value={keep}
        onChange={(e) => setKeep(e.target.value)}
        error={error}
        hint="The oldest are deleted"
      />
      <button type="submit" className="button">
        Save backup settings
      </button>
    </form>
  );
}
