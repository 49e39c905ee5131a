// Progress and a result per file for the running (or last) import, docked at the foot of the window so
// the officer can keep working while a folder of policies is read.
import { memo, useSyncExternalStore, useState } from 'react';
import { Link } from 'react-router';
import { StatusBadge, type Tone } from '../../../components/page';
import { useToasts } from '../../../components/toasts';
import { useStore } from '../../../app/db-context';
import { importStore, undoLastImport, type ImportItem, type ImportStatus } from './import-run';
import '../policies.css';

const STATUS: Record<ImportStatus, { label: string; tone: Tone }> = {
  waiting: { label: 'Waiting', tone: 'grey' },
  reading: { label: 'Reading', tone: 'blue' },
  imported: { label: 'Imported', tone: 'green' },
  duplicate: { label: 'Duplicate', tone: 'amber' },
  failed: { label: 'Failed', tone: 'red' },
};

export function ImportPanel() {
  const state = useSyncExternalStore(importStore.subscribe, importStore.get);
  const store = useStore();
  const toasts = useToasts();
  const [undoing, setUndoing] = useState(false);
  if (!state.open) return null;
  const total = state.items.length;
  const finished = state.items.filter((i) => i.status !== 'waiting' && i.status !== 'reading');
  const count = (s: ImportStatus) => state.items.filter((i) => i.status === s).length;
  const imported = count('imported');
  const waiting = count('waiting');
  const summary = [
    `${imported} imported`,
    `${count('duplicate')} duplicate${count('duplicate') === 1 ? '' : 's'}`,
    `${count('failed')} failed`,
  ].join(', ');
  const undo = async () => {
    setUndoing(true);
    try {
      const n = await undoLastImport(store);
      toasts.show({ kind: 'success', message: `Import undone: ${n} document${n === 1 ? '' : 's'} removed` });
    } catch (error) {
      toasts.error(error, 'The import was not undone');
    } finally {
      setUndoing(false);
    }
  };
  return (
    <section className="import-panel" aria-labelledby="import-panel-heading">
      <header className="import-panel-header">
        <h2 id="import-panel-heading">
          {state.running ? 'Importing policies' : state.undone ? 'Import undone' : 'Import finished'}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close import results"
          disabled={state.running}
          onClick={() => importStore.close()}
        >
          ×
        </button>
      </header>
      <progress
        className="import-progress"
        aria-label="Import progress"
        max={Math.max(1, total)}
        value={finished.length}
      />
      <p className="import-summary" role="status" aria-live="polite">
        {finished.length} of {total} file{total === 1 ? '' : 's'} done: {summary}
        {state.skipped > 0 &&
          `; ${state.skipped} other file${state.skipped === 1 ? '' : 's'} in the folders skipped (not policy documents)`}
      </p>
      <ul className="import-results" aria-label="Import results">
        {/* Files still waiting are counted, not listed: drawing hundreds of rows at once would stall the page. */}
        {state.items
          .filter((item) => item.status !== 'waiting')
          .map((item) => (
            <ImportRow key={item.key} item={item} undone={state.undone} />
          ))}
      </ul>
      {waiting > 0 && (
        <p className="import-summary">
          {waiting} file{waiting === 1 ? '' : 's'} waiting to be read
        </p>
      )}
      {!state.running && (
        <footer className="import-panel-footer">
          {imported > 0 && !state.undone && (
            <button type="button" className="button" disabled={undoing} onClick={() => void undo()}>
              Undo import
            </button>
          )}
          <Link className="button" to="/policies" onClick={() => importStore.close()}>
            Open the policy library
          </Link>
        </footer>
      )}
    </section>
  );
}

// Memoised: a 300-file import updates one row at a time, and the others keep their identity.
const ImportRow = memo(function ImportRow({ item, undone }: { item: ImportItem; undone: boolean }) {
  const status = STATUS[item.status];
  return (
    <li className={`import-row import-row-${item.status}`}>
      <StatusBadge tone={status.tone}>{status.label}</StatusBadge>
      <div className="import-row-body">
        <span className="import-file" title={item.path ?? item.name}>
          {item.name}
        </span>
        <span className="import-message">{item.message}</span>
        {item.warnings.map((w) => (
          <span key={w} className="import-warning">
            Note: {w}
          </span>
        ))}
      </div>
      {item.policyId && item.versionId && !undone && (
        <Link
          className="button button-small"
          to={`/policies/${item.policyId}?version=${item.versionId}`}
          aria-label={`Review ${item.name}`}
        >
          Review
        </Link>
      )}
    </li>
  );
});
