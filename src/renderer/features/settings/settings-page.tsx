import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { sortSettings, type Setting } from '../../../core/settings';
import { nameKey } from '../../../core/names';
import { PHASE_LABELS, SETTING_TYPE_LABELS, type Phase } from '../../../core/vocabulary';
import { useStore } from '../../app/db-context';
import { EmptyState, PageHeader, Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { SettingEditor } from './setting-editor';
import { mark } from '../../app/perf';
import { PhaseFilter, SearchFilter } from '../../components/filters';

export default function SettingsPage() {
  const store = useStore();
  const toasts = useToasts();
  const settings = useLiveQuery(() => store.settings.list(), [store]);
  const [phase, setPhase] = useState<Phase | ''>('');
  const [query, setQuery] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [editor, setEditor] = useState<{ editing: Setting | null } | null>(null);

  const visible = useMemo(() => {
    if (!settings) return [];
    const q = nameKey(query);
    return sortSettings(
      settings.filter(
        (s) =>
          (showArchived || !s.archived) &&
          (phase === '' || s.phase === phase) &&
          (q === '' || nameKey(s.name).includes(q)),
      ),
    );
  }, [settings, phase, query, showArchived]);
  const names = useMemo(() => new Map((settings ?? []).map((s) => [s.id, s.name])), [settings]);

  useEffect(() => {
    if (settings) mark('settings-rendered');
  }, [settings]);

  if (!settings) return <Spinner label="Loading settings…" />;

  const setArchived = async (s: Setting, archived: boolean) => {
    try {
      await store.settings.setArchived(s.id, archived);
      toasts.show({
        kind: 'success',
        message: archived ? `Archived ${s.name}` : `Restored ${s.name}`,
        action: archived ? { label: 'Undo', run: () => store.settings.setArchived(s.id, false) } : undefined,
      });
    } catch (error) {
      toasts.error(error, archived ? `${s.name} was not archived` : `${s.name} was not restored`);
    }
  };

  const archivedCount = settings.filter((s) => s.archived).length;
  return (
    <>
      <PageHeader
        title="Settings"
        description="The schools and early years providers you oversee."
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setEditor({ editing: null })}
          >
            Add setting
          </button>
        }
      />
      {settings.length === 0 ? (
        <EmptyState
          title="No settings yet"
          actions={
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditor({ editing: null })}
            >
              Add your first setting
            </button>
          }
        >
          <p>
            Add each school or early years provider you oversee. You can import their policies afterwards.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar" role="search">
            <SearchFilter
              label="Search settings"
              value={query}
              onChange={(value) => setQuery(value)}
              placeholder="Name"
            />
            <PhaseFilter value={phase} onChange={(value) => setPhase(value)} />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={showArchived}
                onChange={(e) => setShowArchived(e.target.checked)}
              />
              Show archived ({archivedCount})
            </label>
            <span className="toolbar-count" aria-live="polite">
              {visible.length} of {settings.length - (showArchived ? 0 : archivedCount)} shown
            </span>
          </div>
          <table className="table" aria-label="Settings">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Phase</th>
                <th scope="col">Type</th>
                <th scope="col">URN</th>
                <th scope="col">Linked with</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {visible.map((s) => (
                <tr key={s.id} className={s.archived ? 'row-muted' : undefined}>
                  <th scope="row">
                    <Link to={`/settings/${s.id}`}>{s.name}</Link>
                  </th>
                  <td>{PHASE_LABELS[s.phase]}</td>
                  <td>{SETTING_TYPE_LABELS[s.type]}</td>
                  <td>{s.urn || '—'}</td>
                  <td>
                    {s.linkedSettingIds
                      .map((id) => names.get(id))
                      .filter(Boolean)
                      .join(', ') || '—'}
                  </td>
                  <td>
                    {s.archived ? (
                      <StatusBadge tone="grey">Archived</StatusBadge>
                    ) : (
                      <StatusBadge tone="green">Active</StatusBadge>
                    )}
                  </td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Edit ${s.name}`}
                      onClick={() => setEditor({ editing: s })}
                    >
                      Edit
                    </button>
                    {s.archived ? (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Restore ${s.name}`}
                        onClick={() => void setArchived(s, false)}
                      >
                        Restore
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button button-small"
                        aria-label={`Archive ${s.name}`}
                        onClick={() => void setArchived(s, true)}
                      >
                        Archive
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {visible.length === 0 && <p className="muted">No settings match these filters.</p>}
        </>
      )}
      {editor && (
        <SettingEditor
          key={editor.editing?.id ?? 'new'}
          open
          onClose={() => setEditor(null)}
          editing={editor.editing}
          all={settings}
        />
      )}
    </>
  );
}
