// Export a visit pack: chosen settings with everything that belongs to them, for another laptop.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isoDateOf } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import { nameKey } from '../../../core/names';
import { sortSettings } from '../../../core/settings';
import { useStore } from '../../app/db-context';
import { NewFileDialog, useNewFile } from './new-file';

export function ExportPackDialog({ onClose, initial = [] }: { onClose: () => void; initial?: SettingId[] }) {
  const store = useStore();
  const file = useNewFile({ failure: 'The pack was not made', onClose });
  const settings = useLiveQuery(() => store.settings.list(), [store]);
  const [chosen, setChosen] = useState<Set<SettingId>>(new Set(initial));
  const [query, setQuery] = useState('');
  const [tried, setTried] = useState(false);
  const shown = useMemo(
    () => sortSettings((settings ?? []).filter((s) => nameKey(s.name).includes(nameKey(query)))),
    [settings, query],
  );
  const noneChosen = tried && chosen.size === 0;

  const save = () => {
    setTried(true);
    return file.save(chosen.size > 0, ({ trustName, appVersion, now }) => {
      const names = (settings ?? []).filter((s) => chosen.has(s.id)).map((s) => s.name);
      const stem = names.length === 1 ? names[0]! : `${names.length} settings`;
      return {
        request: {
          op: 'pack',
          settingIds: [...chosen],
          meta: {
            createdAt: now.toISOString(),
            appVersion,
            kind: 'pack',
            settingIds: [...chosen],
            description: `Visit pack from ${trustName}: ${names.join(', ')}`,
          },
        },
        stem: `${stem} visit pack ${isoDateOf(now)}`,
        saved: () => `Visit pack saved: ${stem}`,
      };
    });
  };

  const toggle = (id: SettingId, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <NewFileDialog
      title="Export a visit pack"
      wide
      saveLabel="Export pack"
      progressLabel="Exporting the pack"
      what="pack"
      file={file}
      onSave={() => void save()}
      onClose={onClose}
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
    </NewFileDialog>
  );
}
