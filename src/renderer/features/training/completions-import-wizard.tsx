// Importing completions from a training provider's export, the same careful way as staff: match the
// columns and the course names, check every row against the staff lists, then import, undoably.
import { useMemo, useState } from 'react';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import type { CourseId, ImportBatchId, SettingId } from '../../../core/ids';
import type { Course } from '../../../core/model';
import type { Setting } from '../../../core/settings';
import {
  COMPLETION_ACTION_LABELS,
  COMPLETION_FIELDS,
  completionMappingProblems,
  courseNamesInFile,
  findCompletionHeader,
  guessCompletionMapping,
  previewCompletionsImport,
  type CompletionField,
  type CompletionImportPreview,
  type CompletionImportRow,
  type CompletionRowAction,
} from '../../../core/training/csv/completions-import';
import type { Mapping } from '../../../core/training/csv/mapping';
import type { HeadedTable, TextTable } from '../../../core/training/csv/table';
import { Dialog } from '../../components/dialog';
import { SelectField, TextField } from '../../components/field';
import { Spinner, type Tone } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { useStore } from '../../app/db-context';
import { ColumnChoices, CourseNameChoices, SettingTarget } from './import-mapping';
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

const TONES: Record<CompletionRowAction, Tone> = { add: 'blue', recorded: 'grey', skip: 'red' };

export function CompletionsImportWizard({
  settings,
  courses,
  today,
  onClose,
}: {
  settings: Setting[];
  courses: readonly Course[];
  today: IsoDate;
  onClose: () => void;
}) {
  const store = useStore();
  const { imports } = useTrainingRepos();
  const toasts = useToasts();
  const [step, setStep] = useState<WizardStep>('file');
  const [file, setFile] = useState<TextTable | null>(null);
  const [table, setTable] = useState<HeadedTable | null>(null);
  const [mapping, setMapping] = useState<Mapping<CompletionField>>({});
  const [courseId, setCourseId] = useState<CourseId | null>(null);
  const [choices, setChoices] = useState<Record<string, CourseId | null>>({});
  const [settingId, setSettingId] = useState<SettingId | null>(null);
  const [provider, setProvider] = useState('');
  const [preview, setPreview] = useState<CompletionImportPreview | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [done, setDone] = useState<{ batchId: ImportBatchId; summary: string } | null>(null);

  const courseNames = useMemo(
    () => (table ? courseNamesInFile(table, mapping.course, courses) : []),
    [table, mapping.course, courses],
  );
  const read = (t: TextTable) => {
    const headed = findCompletionHeader(t);
    const guessed = guessCompletionMapping(headed.headers);
    setFile(t);
    setTable(headed);
    setMapping(guessed);
    setChoices(
      Object.fromEntries(courseNamesInFile(headed, guessed.course, courses).map((n) => [n.key, n.guess])),
    );
    setStep('map');
  };
  const problems = table ? completionMappingProblems(mapping, table.headers, { courseId }) : [];

  const check = async () => {
    if (!table) return;
    setBusy(`Checking ${plural(table.rows.length, 'row')}…`);
    const started = performance.now();
    await nextFrame();
    try {
      const db = store.db;
      const [people, memberships, allSettings, completions] = await Promise.all([
        db.people.toArray(),
        db.memberships.toArray(),
        db.settings.toArray(),
        db.completions.toArray(),
      ]);
      const fullChoices = { ...Object.fromEntries(courseNames.map((n) => [n.key, null])), ...choices };
      setPreview(
        previewCompletionsImport(
          table,
          mapping,
          { courses, people, memberships, settings: allSettings, completions },
          { courseId, courseChoices: fullChoices, settingId, provider, asOf: today },
        ),
      );
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
      const outcome = await imports.commitCompletions(preview, file.fileName, (d, total) =>
        setProgress({ done: d, total }),
      );
      const summary = `Imported ${file.fileName}: ${plural(outcome.added, 'completion')} added${preview.counts.recorded ? `, ${plural(preview.counts.recorded, 'row')} already recorded` : ''}${preview.counts.skip ? `, ${plural(preview.counts.skip, 'row')} skipped` : ''}.`;
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

  const rows = preview ? (onlyProblems ? preview.rows.filter((r) => r.action === 'skip') : preview.rows) : [];
  const columns: Column<CompletionImportRow>[] = [
    { key: 'line', header: 'Line', width: '4rem', cell: (r) => r.line },
    {
      key: 'name',
      header: 'Name',
      width: '12rem',
      rowHeader: true,
      cell: (r) => r.name || <span className="muted">(no name)</span>,
    },
    {
      key: 'course',
      header: 'Course',
      width: '14rem',
      cell: (r) => <span title={r.courseName}>{r.courseName}</span>,
    },
    { key: 'date', header: 'Completed', width: '7rem', cell: (r) => formatUkDate(r.completedOn, '') },
    { key: 'provider', header: 'Provider', width: '10rem', cell: (r) => r.provider },
    {
      key: 'action',
      header: 'Action',
      width: '9rem',
      cell: (r) => <ActionBadge tone={TONES[r.action]}>{COMPLETION_ACTION_LABELS[r.action]}</ActionBadge>,
    },
    {
      key: 'problems',
      header: 'Problems',
      width: 'minmax(14rem, 1fr)',
      cell: (r) => <span title={r.problems.join('; ')}>{r.problems.join('; ')}</span>,
    },
  ];

  return (
    <Dialog title="Import completions" open wide onClose={onClose}>
      <Steps current={step} />
      {step === 'file' && (
        <FileStep
          title="Import completions"
          onRead={read}
          explain={
            <p>
              Export the completions from your training provider (or your own register) as CSV or Excel: a
              name or e-mail, the course and the date completed.
            </p>
          }
        />
      )}
      {step === 'map' && file && table && (
        <div className="form-grid">
          <FileFacts table={file} headerLine={table.headerLine} rows={table.rows.length} />
          <ColumnChoices
            specs={COMPLETION_FIELDS}
            mapping={mapping}
            table={table}
            onChange={setMapping}
            hints={{ result: 'Rows marked “In progress” or “Failed” are skipped' }}
          />
          {mapping.course === undefined && (
            <SelectField
              label="Course for every row"
              value={courseId ?? ''}
              onChange={(e) => setCourseId((e.target.value || null) as CourseId | null)}
            >
              <option value="">Choose a course…</option>
              {courses
                .filter((c) => !c.archived)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </SelectField>
          )}
          <CourseNameChoices names={courseNames} courses={courses} choices={choices} onChange={setChoices} />
          <SettingTarget
            settings={settings}
            value={settingId}
            onChange={setSettingId}
            label="Look for these people in"
            allowNone
            noneLabel="Every setting"
          />
          <TextField
            label="Provider for rows that name none"
            value={provider}
            onChange={(e) => setProvider(e.target.value)}
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
            <ActionBadge tone="blue">{plural(preview.counts.add, 'completion')} to add</ActionBadge>
            <ActionBadge tone="grey">{plural(preview.counts.recorded, 'row')} already recorded</ActionBadge>
            <ActionBadge tone="red">{plural(preview.counts.skip, 'row')} skipped</ActionBadge>
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={onlyProblems}
              onChange={(e) => setOnlyProblems(e.target.checked)}
            />
            Show only rows with problems
          </label>
          <VirtualTable
            label="Import preview"
            rows={rows}
            columns={columns}
            rowKey={(r) => String(r.line)}
            height="45vh"
            empty="No rows to show."
          />
          <div className="button-row">
            <button type="button" className="button" onClick={() => setStep('map')}>
              Back
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={preview.counts.add === 0}
              onClick={() => void write()}
            >
              {preview.counts.add === 0
                ? 'Nothing to import'
                : `Import ${plural(preview.counts.add, 'completion')}`}
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
