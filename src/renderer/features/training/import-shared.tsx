// Pieces both import wizards share: the step list, the file step, progress while writing, the result.
import { useState, type ReactNode } from 'react';
import type { ImportBatchId } from '../../../core/ids';
import { DELIMITER_LABELS, type TextTable } from '../../../core/training/csv/table';
import { useStore } from '../../app/db-context';
import { Spinner, StatusBadge, type Tone } from '../../components/page';
import { messageOf, useToasts } from '../../components/toasts';
import { nextFrame, pickImportFile, readImportFile } from './import-read';
import { useTrainingRepos } from './use-training';

export type WizardStep = 'file' | 'map' | 'check' | 'write';
const STEP_LABELS: Record<WizardStep, string> = {
  file: '1. Choose the file',
  map: '2. Match the columns',
  check: '3. Check the rows',
  write: '4. Import',
};

export function Steps({ current }: { current: WizardStep }) {
  return (
    <ol className="steps" aria-label="Import steps">
      {(Object.keys(STEP_LABELS) as WizardStep[]).map((s) => (
        <li key={s} aria-current={s === current ? 'step' : undefined}>
          {STEP_LABELS[s]}
        </li>
      ))}
    </ol>
  );
}

export function FileStep({
  title,
  explain,
  onRead,
}: {
  title: string;
  explain: ReactNode;
  onRead: (table: TextTable) => void;
}) {
  const store = useStore();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const choose = async () => {
    setFailure(null);
    try {
      const { maxImportMegabytes } = await store.config.load();
      const file = await pickImportFile(title, maxImportMegabytes * 1024 * 1024);
      if (!file) return;
      setBusy(`Reading ${file.name}…`);
      const started = performance.now();
      await nextFrame();
      const table = await readImportFile(file, (share) =>
        setBusy(`Reading ${file.name}: ${Math.round(share * 100)}%`),
      );
      performance.measure('oversight:training-import-read', { start: started, end: performance.now() });
      onRead(table);
    } catch (error) {
      console.warn(error);
      setFailure(messageOf(error));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="form-grid">
      {explain}
      {busy ? (
        <Spinner label={busy} />
      ) : (
        <div>
          <button type="button" className="button button-primary" onClick={() => void choose()}>
            Choose a file…
          </button>
        </div>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

export function FileFacts({
  table,
  headerLine,
  rows,
}: {
  table: TextTable;
  headerLine: number;
  rows: number;
}) {
  return (
    <p className="file-facts">
      {table.fileName}: read as{' '}
      {table.encoding === 'xlsx'
        ? 'an Excel workbook'
        : `${table.encoding}, separated by ${DELIMITER_LABELS[table.delimiter] ?? table.delimiter}`}
      ; headings on {table.encoding === 'xlsx' ? 'row' : 'line'} {headerLine}, {rows.toLocaleString('en-GB')}{' '}
      {rows === 1 ? 'row' : 'rows'} below them.
      {table.problems.map((p) => (
        <span key={p.line} className="form-error">
          {' '}
          Line {p.line}: {p.message}.
        </span>
      ))}
    </p>
  );
}

export function ActionBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return <StatusBadge tone={tone}>{children}</StatusBadge>;
}

export function WriteProgress({ done, total, label }: { done: number; total: number; label: string }) {
  return (
    <div className="form-grid" role="status" aria-live="polite">
      <p>
        {label}: {done.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} records
      </p>
      <progress value={done} max={Math.max(total, 1)} aria-label="Import progress" />
    </div>
  );
}

/** The result, with Undo: the whole import comes out again in one step. */
export function ImportDone({
  batchId,
  summary,
  onClose,
}: {
  batchId: ImportBatchId;
  summary: string;
  onClose: () => void;
}) {
  const { imports } = useTrainingRepos();
  const toasts = useToasts();
  const [undone, setUndone] = useState(false);
  const undo = async () => {
    try {
      await imports.undo(batchId);
      setUndone(true);
      toasts.show({ kind: 'success', message: 'The import was undone' });
    } catch (error) {
      toasts.error(error, 'The import was not undone');
    }
  };
  return (
    <div className="form-grid" role="status">
      <p>{undone ? 'The import was undone: nothing from it is left in the store.' : summary}</p>
      <div className="button-row">
        {!undone && (
          <button type="button" className="button" onClick={() => void undo()}>
            Undo this import
          </button>
        )}
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      </div>
    </div>
  );
}
