// Pieces both import wizards share: the steps and their state, the file step, the mapping step's
// problems and buttons, the preview table, progress while writing, the result.
import { useState, type ReactNode } from 'react';
import type { ImportBatchId } from '../../../core/ids';
import { DELIMITER_LABELS, type HeadedTable, type TextTable } from '../../../core/training/csv/table';
import type { ImportOutcome, ImportProgress } from '../../../data/repos/training-import-repo';
import { useStore } from '../../app/db-context';
import { Dialog } from '../../components/dialog';
import { Spinner, StatusBadge, type Tone } from '../../components/page';
import { messageOf, useToasts } from '../../components/toasts';
import { plural } from './format';
import { nextFrame, pickImportFile, readImportFile } from './import-read';
import { useTrainingRepos } from './use-training';
import { VirtualTable, type Column } from './virtual-table';

export type WizardStep = 'file' | 'map' | 'check' | 'write';
const STEP_LABELS: Record<WizardStep, string> = {
  file: '1. Choose the file',
  map: '2. Match the columns',
  check: '3. Check the rows',
  write: '4. Import',
};

export interface ImportSteps<P> {
  step: WizardStep;
  setStep: (step: WizardStep) => void;
  file: TextTable | null;
  table: HeadedTable | null;
  preview: P | null;
  busy: string | null;
  progress: { done: number; total: number };
  done: { batchId: ImportBatchId; summary: string } | null;
  read: (file: TextTable, headed: HeadedTable) => void;
  check: (build: (table: HeadedTable) => Promise<P>) => Promise<void>;
  write: (
    commit: (preview: P, label: string, onProgress: ImportProgress) => Promise<ImportOutcome>,
    summarize: (outcome: ImportOutcome, preview: P, fileName: string) => string,
  ) => Promise<void>;
}

/**
 * The state both wizards move through: the file read, its header row found, the rows checked into a
 * preview `P`, then written in one batch (undoable). Each wizard adds its own choices on top.
 */
export function useImportSteps<P>(): ImportSteps<P> {
  const { imports } = useTrainingRepos();
  const toasts = useToasts();
  const [step, setStep] = useState<WizardStep>('file');
  const [file, setFile] = useState<TextTable | null>(null);
  const [table, setTable] = useState<HeadedTable | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [done, setDone] = useState<{ batchId: ImportBatchId; summary: string } | null>(null);

  /** The file is read and its header row found: on to matching the columns. */
  const read = (t: TextTable, headed: HeadedTable) => {
    setFile(t);
    setTable(headed);
    setStep('map');
  };

  /** Checks every row (`build` makes the preview), letting the spinner paint first. */
  const check = async (build: (table: HeadedTable) => Promise<P>) => {
    if (!table) return;
    setBusy(`Checking ${plural(table.rows.length, 'row')}…`);
    const started = performance.now();
    await nextFrame();
    try {
      setPreview(await build(table));
      setStep('check');
      performance.measure('oversight:training-import-check', { start: started, end: performance.now() });
    } catch (error) {
      toasts.error(error, 'The rows could not be checked');
    } finally {
      setBusy(null);
    }
  };

  /** Writes the checked rows in one batch and offers Undo; on a failure nothing is written. */
  const write = async (
    commit: (preview: P, label: string, onProgress: ImportProgress) => Promise<ImportOutcome>,
    summarize: (outcome: ImportOutcome, preview: P, fileName: string) => string,
  ) => {
    if (!preview || !file) return;
    setStep('write');
    const started = performance.now();
    try {
      const outcome = await commit(preview, file.fileName, (d, total) => setProgress({ done: d, total }));
      const summary = summarize(outcome, preview, file.fileName);
      performance.measure('oversight:training-import-write', { start: started, end: performance.now() });
      setDone({ batchId: outcome.batchId, summary });
      toasts.show({
        kind: 'success',
        message: summary,
        action: { label: 'Undo', run: () => imports.undo(outcome.batchId) },
      });
    } catch (error) {
      toasts.error(error, `${file.fileName} was not imported; nothing was written`);
      setStep('check');
    }
  };

  return { step, setStep, file, table, preview, busy, progress, done, read, check, write };
}

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

/**
 * The wizard itself: the steps, the file step, and around each wizard's own choices (`mapStep`) and
 * preview (`checkStep`) the file's facts and the buttons that move on; then the write and its result.
 */
export function ImportWizardDialog<P>({
  title,
  explain,
  steps,
  onRead,
  onClose,
  problems,
  onCheck,
  toWrite,
  noun,
  onImport,
  mapStep,
  checkStep,
}: {
  title: string;
  explain: ReactNode;
  steps: ImportSteps<P>;
  onRead: (file: TextTable) => void;
  onClose: () => void;
  /** What stops the check (a required column not chosen…). */
  problems: readonly string[];
  onCheck: () => void;
  /** How many records the import writes, named by `noun` on its button. */
  toWrite: (preview: P) => number;
  noun: string;
  onImport: () => void;
  mapStep: (table: HeadedTable) => ReactNode;
  checkStep: (preview: P) => ReactNode;
}) {
  const { step, setStep, file, table, preview } = steps;
  return (
    <Dialog title={title} open wide onClose={onClose}>
      <Steps current={step} />
      {step === 'file' && <FileStep title={title} onRead={onRead} explain={explain} />}
      {step === 'map' && file && table && (
        <div className="form-grid">
          <FileFacts table={file} headerLine={table.headerLine} rows={table.rows.length} />
          {mapStep(table)}
          <MapStepActions
            problems={problems}
            busy={steps.busy}
            onBack={() => setStep('file')}
            onCheck={onCheck}
          />
        </div>
      )}
      {step === 'check' && preview && (
        <div className="form-grid">
          {checkStep(preview)}
          <CheckStepActions
            toWrite={toWrite(preview)}
            noun={noun}
            onBack={() => setStep('map')}
            onImport={onImport}
          />
        </div>
      )}
      {step === 'write' && <WriteStep done={steps.done} progress={steps.progress} onClose={onClose} />}
    </Dialog>
  );
}

/** The mapping step's end: what stops the check, then Back and "Check the rows". */
function MapStepActions({
  problems,
  busy,
  onBack,
  onCheck,
}: {
  problems: readonly string[];
  busy: string | null;
  onBack: () => void;
  onCheck: () => void;
}) {
  return (
    <>
      {problems.length > 0 && (
        <ul className="problem-list" aria-label="Mapping problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {busy ? (
        <Spinner label={busy} />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={onBack}>
            Back
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={problems.length > 0}
            onClick={onCheck}
          >
            Check the rows
          </button>
        </div>
      )}
    </>
  );
}

/** Every checked row with what the import will do with it, by its line in the file. */
export function PreviewTable<R extends { line: number }>({
  rows,
  columns,
}: {
  rows: readonly R[];
  columns: readonly Column<R>[];
}) {
  return (
    <VirtualTable
      label="Import preview"
      rows={rows}
      columns={columns}
      rowKey={(r) => String(r.line)}
      height="45vh"
      empty="No rows to show."
    />
  );
}

/** The columns every preview starts with: the line in the file, and the name (the row header). */
export function lineAndNameColumns<R extends { line: number; name: string }>(): Column<R>[] {
  return [
    { key: 'line', header: 'Line', width: '4rem', cell: (r) => r.line },
    {
      key: 'name',
      header: 'Name',
      width: '12rem',
      rowHeader: true,
      cell: (r) => r.name || <span className="muted">(no name)</span>,
    },
  ];
}

/** What the import will do with a row, as a badge in the tone of its action. */
export function actionColumn<A extends string, R extends { action: A }>(
  width: string,
  tones: Record<A, Tone>,
  labels: Record<A, string>,
): Column<R> {
  return {
    key: 'action',
    header: 'Action',
    width,
    cell: (r) => <ActionBadge tone={tones[r.action]}>{labels[r.action]}</ActionBadge>,
  };
}

/** The check step's end: Back, and the import itself (named by what it writes, or saying there is nothing). */
function CheckStepActions({
  toWrite,
  noun,
  onBack,
  onImport,
}: {
  toWrite: number;
  noun: string;
  onBack: () => void;
  onImport: () => void;
}) {
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={onBack}>
        Back
      </button>
      <button type="button" className="button button-primary" disabled={toWrite === 0} onClick={onImport}>
        {toWrite === 0 ? 'Nothing to import' : `Import ${plural(toWrite, noun)}`}
      </button>
    </div>
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

/** The last step: progress while writing, then the result. */
function WriteStep({
  done,
  progress,
  onClose,
}: {
  done: { batchId: ImportBatchId; summary: string } | null;
  progress: { done: number; total: number };
  onClose: () => void;
}) {
  return done ? (
    <ImportDone batchId={done.batchId} summary={done.summary} onClose={onClose} />
  ) : (
    <WriteProgress done={progress.done} total={progress.total} label="Writing" />
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
