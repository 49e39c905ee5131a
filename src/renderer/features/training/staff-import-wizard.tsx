// Importing a staff list from a management information system (Arbor, SIMS, Bromcom…): choose the
// file, match the columns, check every row (problems with their line numbers), then import, undoably.
// Nothing is written before "Import".
import { useMemo, useState } from 'react';
import { formatUkDate } from '../../../core/dates';
import type { ImportBatchId, SettingId } from '../../../core/ids';
import type { Setting } from '../../../core/settings';
import {
  findStaffHeader,
  guessStaffMapping,
  previewStaffImport,
  STAFF_ACTION_LABELS,
  STAFF_FIELDS,
  staffMappingProblems,
  type StaffField,
  type StaffImportPreview,
  type StaffImportRow,
  type StaffRowAction,
} from '../../../core/training/csv/staff-import';
import type { Mapping } from '../../../core/training/csv/mapping';
import type { HeadedTable, TextTable } from '../../../core/training/csv/table';
import { STAFF_FLAG_LABELS } from '../../../core/training/staff';
import type { Tone } from '../../components/page';
import { Dialog } from '../../components/dialog';
import { Spinner } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { useStore } from '../../app/db-context';
import { ColumnChoices, SettingTarget } from './import-mapping';
import {
  ActionBadge,
  FileFacts,
  FileStep,
  ImportDone,
  Steps,
  WriteProgress,
  type WizardStep,
} from './import-shared';
import { nextFrame } from './import-read';
import { plural } from './format';
import { useTrainingRepos } from './use-training';
import { VirtualTable, type Column } from './virtual-table';

const ACTION_TONES: Record<StaffRowAction, Tone> = {
  new: 'blue',
  new_post: 'blue',
  update: 'amber',
  unchanged: 'grey',
  skip: 'red',
};
type RowFilter = 'all' | 'problems' | 'changes';

export function StaffImportWizard({
  settings,
  settingId,
  onClose,
}: {
  settings: Setting[];
  settingId: SettingId | null;
  onClose: () => void;
}) {
  const store = useStore();
  const { imports } = useTrainingRepos();
  const toasts = useToasts();
  const [step, setStep] = useState<WizardStep>('file');
  const [file, setFile] = useState<TextTable | null>(null);
  const [table, setTable] = useState<HeadedTable | null>(null);
  const [mapping, setMapping] = useState<Mapping<StaffField>>({});
  const [target, setTarget] = useState<SettingId | null>(settingId);
  const [preview, setPreview] = useState<StaffImportPreview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [filter, setFilter] = useState<RowFilter>('all');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [done, setDone] = useState<{ batchId: ImportBatchId; summary: string } | null>(null);
  const names = useMemo(() => new Map(settings.map((s) => [s.id, s.name])), [settings]);

  const read = (t: TextTable) => {
    const headed = findStaffHeader(t);
    setFile(t);
    setTable(headed);
    const guessed = guessStaffMapping(headed.headers);
    setMapping(guessed);
    if (guessed.setting !== undefined) setTarget(null);
    setStep('map');
  };
  const problems = table ? staffMappingProblems(mapping, table.headers, target !== null) : [];

  const check = async () => {
    if (!table) return;
    setBusy(`Checking ${plural(table.rows.length, 'row')}…`);
    const started = performance.now();
    await nextFrame();
    try {
      const [allSettings, people, memberships] = await Promise.all([
        store.db.settings.toArray(),
        store.db.people.toArray(),
        store.db.memberships.toArray(),
      ]);
      setPreview(
        previewStaffImport(table, mapping, { settings: allSettings, people, memberships, settingId: target }),
      );
      setFilter('all');
      setStep('check');
      performance.measure('oversight:training-import-check', { start: started, end: performance.now() });
    } catch (error) {
      toasts.error(error, 'The rows could not be checked');
    } finally {
      setBusy(null);
    }
  };

  const write = async () => {
    if (!preview || !file) return;
    setStep('write');
    const started = performance.now();
    try {
      const outcome = await imports.commitStaff(preview, file.fileName, (d, total) =>
        setProgress({ done: d, total }),
      );
      const skipped = preview.counts.skip;
      const summary = `Imported ${file.fileName}: ${plural(outcome.added, 'staff record')} added, ${plural(outcome.updated, 'record')} updated${skipped ? `, ${plural(skipped, 'row')} skipped` : ''}.`;
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

  const rows = useMemo(() => {
    if (!preview) return [];
    if (filter === 'problems') return preview.rows.filter((r) => r.action === 'skip');
    if (filter === 'changes')
      return preview.rows.filter((r) => r.action !== 'skip' && r.action !== 'unchanged');
    return preview.rows;
  }, [preview, filter]);
  const toWrite = preview ? preview.counts.new + preview.counts.new_post + preview.counts.update : 0;
  const manySettings = mapping.setting !== undefined;
  const columns: Column<StaffImportRow>[] = [
    { key: 'line', header: 'Line', width: '4rem', cell: (r) => r.line },
    {
      key: 'name',
      header: 'Name',
      width: '12rem',
      rowHeader: true,
      cell: (r) => r.name || <span className="muted">(no name)</span>,
    },
    ...(manySettings
      ? [
          {
            key: 'setting',
            header: 'Setting',
            width: '12rem',
            cell: (r: StaffImportRow) => (r.settingId ? names.get(r.settingId) : ''),
          },
        ]
      : []),
    { key: 'job', header: 'Job title', width: '10rem', cell: (r) => r.jobTitle },
    {
      key: 'roles',
      header: 'Roles',
      width: '9rem',
      cell: (r) => r.flags.map((f) => STAFF_FLAG_LABELS[f]).join(', '),
    },
    { key: 'start', header: 'Start', width: '7rem', cell: (r) => formatUkDate(r.start, '') },
    { key: 'end', header: 'Leaving', width: '7rem', cell: (r) => formatUkDate(r.end, '') },
    {
      key: 'action',
      header: 'Action',
      width: '7rem',
      cell: (r) => <ActionBadge tone={ACTION_TONES[r.action]}>{STAFF_ACTION_LABELS[r.action]}</ActionBadge>,
    },
    {
      key: 'problems',
      header: 'Problems or changes',
      width: 'minmax(16rem, 1fr)',
      cell: (r) => (
        <span title={[...r.problems, ...r.changes].join('; ')}>
          {r.problems.length > 0 ? r.problems.join('; ') : r.changes.join('; ')}
        </span>
      ),
    },
  ];

  return (
    <Dialog title="Import staff" open wide onClose={onClose}>
      <Steps current={step} />
      {step === 'file' && (
        <FileStep
          title="Import staff"
          onRead={read}
          explain={
            <p>
              Export the staff list from your management information system (Arbor, SIMS, Bromcom…) as CSV or
              Excel. Oversight recognises their column names; you can check each one before anything is
              imported.
            </p>
          }
        />
      )}
      {step === 'map' && file && table && (
        <div className="form-grid">
          <FileFacts table={file} headerLine={table.headerLine} rows={table.rows.length} />
          <SettingTarget
            settings={settings}
            value={target}
            onChange={setTarget}
            label="Setting these staff work in"
            allowNone
            noneLabel={mapping.setting !== undefined ? 'As named in the Setting column' : 'Choose a setting…'}
          />
          <ColumnChoices
            specs={STAFF_FIELDS}
            mapping={mapping}
            table={table}
            onChange={setMapping}
            hints={{
              role: 'DSL, Deputy DSL, Governor, Volunteer, SLT become role flags',
              setting: 'A name or URN per row, for a whole trust’s export',
            }}
          />
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
              <button type="button" className="button" onClick={() => setStep('file')}>
                Back
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={problems.length > 0}
                onClick={() => void check()}
              >
                Check the rows
              </button>
            </div>
          )}
        </div>
      )}
      {step === 'check' && preview && (
        <div className="form-grid">
          <div className="preview-counts" aria-label="What the import will do">
            <ActionBadge tone="blue">{plural(preview.counts.new, 'new person', 'new people')}</ActionBadge>
            {preview.counts.new_post > 0 && (
              <ActionBadge tone="blue">
                {plural(preview.counts.new_post, 'new post')} for people already known
              </ActionBadge>
            )}
            <ActionBadge tone="amber">{plural(preview.counts.update, 'update')}</ActionBadge>
            <ActionBadge tone="grey">{plural(preview.counts.unchanged, 'unchanged row')}</ActionBadge>
            <ActionBadge tone="red">{plural(preview.counts.skip, 'row')} skipped</ActionBadge>
          </div>
          <div className="toolbar">
            <label className="inline-field">
              <span>Show rows</span>
              <select value={filter} onChange={(e) => setFilter(e.target.value as RowFilter)}>
                <option value="all">All rows</option>
                <option value="problems">Rows with problems</option>
                <option value="changes">Rows that change something</option>
              </select>
            </label>
          </div>
          <VirtualTable
            label="Import preview"
            rows={rows}
            columns={columns}
            rowKey={(r) => String(r.line)}
            height="45vh"
            empty="No rows to show."
          />
          <p className="muted">
            Rows with problems are skipped. Correct them in the file and import it again if you need them;
            rows already imported will show as unchanged.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setStep('map')}>
              Back
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={toWrite === 0}
              onClick={() => void write()}
            >
              {toWrite === 0 ? 'Nothing to import' : `Import ${plural(toWrite, 'staff record')}`}
            </button>
          </div>
        </div>
      )}
      {step === 'write' &&
        (done ? (
          <ImportDone batchId={done.batchId} summary={done.summary} onClose={onClose} />
        ) : (
          <WriteProgress done={progress.done} total={progress.total} label="Writing" />
        ))}
    </Dialog>
  );
}
