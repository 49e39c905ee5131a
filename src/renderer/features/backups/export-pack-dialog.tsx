// Export a visit pack: chosen settings with everything that belongs to them, for another laptop.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isoDateOf } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import { nameKey } from '../../../core/names';
import { sortSettings } from '../../../core/settings';
import { useStore } from '../../app/db-context';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { BackupJob, type Progress } from './backup-client';
import { BACKUP_SAVE_FILTERS, safeFileStem } from './back-up-dialog';
import { NO_PASSPHRASE, NewPassphraseFields, newPassphraseErrors, type NewPassphrase } from './passphrase';

export function ExportPackDialog({ onClose, initial = [] }: { onClose: () => void; initial?: SettingId[] }) {
  const store = useStore();
  const toasts = useToasts();
  const settings = useLiveQuery(() => store.settings.list(), [store]);
  const [chosen, setChosen] = useState<Set<SettingId>>(new Set(initial));
  const [query, setQuery] = useState('');
  const [secret, setSecret] = useState<NewPassphrase>(NO_PASSPHRASE);
  const [tried, setTried] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const shown = useMemo(
    () => sortSettings((settings ?? []).filter((s) => nameKey(s.name).includes(nameKey(query)))),
    [settings, query],
  );
  const errors = tried ? newPassphraseErrors(secret) : {};
  const noneChosen = tried && chosen.size === 0;

  const save = async () => {
    setTried(true);
    if (chosen.size === 0 || Object.keys(newPassphraseErrors(secret)).length > 0) return;
    const job = new BackupJob();
    try {
      setProgress({ message: 'Starting…', fraction: null });
      const names = (settings ?? []).filter((s) => chosen.has(s.id)).map((s) => s.name);
      const [trust, info] = await Promise.all([store.trust.get(), platform.appInfo()]);
      const now = new Date();
      const description = `Visit pack from ${trust?.name ?? 'Oversight'}: ${names.join(', ')}`;
      const bytes = await job.run(
        {
          op: 'pack',
          settingIds: [...chosen],
          meta: {
            createdAt: now.toISOString(),
            appVersion: info.version,
            kind: 'pack',
            settingIds: [...chosen],
            description,
          },
          ...(secret.enabled ? { passphrase: secret.passphrase } : {}),
        },
        setProgress,
      );
      const stem = names.length === 1 ? names[0]! : `${names.length} settings`;
      const result = await platform.saveFile({
        suggestedName: `${safeFileStem(`${stem} visit pack ${isoDateOf(now)}`)}.oversight`,
        filters: BACKUP_SAVE_FILTERS,
        bytes,
      });
      if (result.saved) {
        toasts.show({
          kind: 'success',
          message: `Visit pack saved: ${names.length === 1 ? names[0] : `${names.length} settings`}`,
        });
        onClose();
      }
    } catch (error) {
      toasts.error(error, 'The pack was not made');
    } finally {
      job.dispose();
      setProgress(null);
    }
  };

  const toggle = (id: SettingId, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Dialog
      title="Export a visit pack"
      open
      wide
      onClose={progress ? () => undefined : onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} disabled={progress !== null}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void save()}
            disabled={progress !== null}
          >
            Export pack
          </button>
        </>
      }
    >
      <p>
        The chosen settings with their policies and original documents, reviews, people and roles, staff and
        training, and audit visits with findings, actions and evidence. Import it on another laptop: new
        records are added and changes are merged.
      </p>
      <fieldset className={noneChosen ? 'field field-invalid' : 'field'}>
        <legend>Settings to include ({chosen.size} chosen)</legend>
        <div className="toolbar">
          <label className="inline-field">
            <span>Find a setting</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </label>
          <button
            type="button"
            className="button button-small"
            onClick={() => setChosen((prev) => new Set([...prev, ...shown.map((s) => s.id)]))}
          >
            Choose all shown
          </button>
          <button type="button" className="button button-small" onClick={() => setChosen(new Set())}>
            Clear
          </button>
        </div>
        <div className="checkbox-list pack-settings">
          {shown.map((s) => (
            <label key={s.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(s.id)}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {s.name}
              {s.archived && <span className="muted"> (archived)</span>}
            </label>
          ))}
        </div>
        {noneChosen && <span className="field-error">Choose at least one setting</span>}
      </fieldset>
      <NewPassphraseFields value={secret} onChange={setSecret} errors={errors} what="pack" />
      {progress && (
        <div role="status" aria-live="polite" className="busy">
          <p>{progress.message}</p>
          <progress aria-label="Exporting the pack" />
        </div>
      )}
    </Dialog>
  );
}
