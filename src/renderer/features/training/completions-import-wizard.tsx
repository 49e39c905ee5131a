// Importing completions from a training provider's export, the same careful way as staff: match the
// columns and the course names, check every row against the staff lists, then import, undoably.
import { useMemo, useState } from 'react';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import type { CourseId, SettingId } from '../../../core/ids';
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
import type { TextTable } from '../../../core/training/csv/table';
import { NameOptions, SelectField, TextField } from '../../components/field';
import type { Tone } from '../../components/page';
import { useStore } from '../../app/db-context';
import { ColumnChoices, CourseNameChoices, SettingTarget } from './import-mapping';
import {
  ActionBadge,
  actionColumn,
  ImportWizardDialog,
  lineAndNameColumns,
  PreviewTable,
  useImportSteps,
} from './import-shared';
import { plural } from './format';
import { useTrainingRepos } from './use-training';
import type { Column } from './virtual-table';

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
  const wizard = useImportSteps<CompletionImportPreview>();
  const { table, preview } = wizard;
  const [mapping, setMapping] = useState<Mapping<CompletionField>>({});
  const [courseId, setCourseId] = useState<CourseId | null>(null);
  const [choices, setChoices] = useState<Record<string, CourseId | null>>({});
  const [settingId, setSettingId] = useState<SettingId | null>(null);
  const [provider, setProvider] = useState('');
  const [onlyProblems, setOnlyProblems] = useState(false);

  const courseNames = useMemo(
    () => (table ? courseNamesInFile(table, mapping.course, courses) : []),
    [table, mapping.course, courses],
  );
  const read = (t: TextTable) => {
    const headed = findCompletionHeader(t);
    const guessed = guessCompletionMapping(headed.headers);
    setMapping(guessed);
    setChoices(
      Object.fromEntries(courseNamesInFile(headed, guessed.course, courses).map((n) => [n.key, n.guess])),
    );
    wizard.read(t, headed);
  };
  const problems = table ? completionMappingProblems(mapping, table.headers, { courseId }) : [];

  const check = () =>
    wizard.check(async (headed) => {
      const db = store.db;
      const [people, memberships, allSettings, completions] = await Promise.all([
        db.people.toArray(),
        db.memberships.toArray(),
        db.settings.toArray(),
        db.completions.toArray(),
      ]);
      const fullChoices = { ...Object.fromEntries(courseNames.map((n) => [n.key, null])), ...choices };
      return previewCompletionsImport(
        headed,
        mapping,
        { courses, people, memberships, settings: allSettings, completions },
        { courseId, courseChoices: fullChoices, settingId, provider, asOf: today },
      );
    });

  const write = () =>
    wizard.write(
      (p, label, onProgress) => imports.commitCompletions(p, label, onProgress),
      (outcome, p, fileName) =>
        `Imported ${fileName}: ${plural(outcome.added, 'completion')} added${p.counts.recorded ? `, ${plural(p.counts.recorded, 'row')} already recorded` : ''}${p.counts.skip ? `, ${plural(p.counts.skip, 'row')} skipped` : ''}.`,
    );

  const rows = preview ? (onlyProblems ? preview.rows.filter((r) => r.action === 'skip') : preview.rows) : [];
  const columns: Column<CompletionImportRow>[] = [
    ...lineAndNameColumns<CompletionImportRow>(),
    {
      key: 'course',
      header: 'Course',
      width: '14rem',
      cell: (r) => <span title={r.courseName}>{r.courseName}</span>,
    },
    { key: 'date', header: 'Completed', width: '7rem', cell: (r) => formatUkDate(r.completedOn, '') },
    { key: 'provider', header: 'Provider', width: '10rem', cell: (r) => r.provider },
    actionColumn('9rem', TONES, COMPLETION_ACTION_LABELS),
    {
      key: 'problems',
      header: 'Problems',
      width: 'minmax(14rem, 1fr)',
      cell: (r) => <span title={r.problems.join('; ')}>{r.problems.join('; ')}</span>,
    },
  ];

  return (
    <ImportWizardDialog
      title="Import completions"
      explain={
        <p>
          Export the completions from your training provider (or your own register) as CSV or Excel: a name or
          e-mail, the course and the date completed.
        </p>
      }
      steps={wizard}
      onRead={read}
      onClose={onClose}
      problems={problems}
      onCheck={() => void check()}
      toWrite={(p) => p.counts.add}
      noun="completion"
      onImport={() => void write()}
      mapStep={(table) => (
        <>
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
              <NameOptions items={courses.filter((c) => !c.archived)} />
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
        </>
      )}
      checkStep={(preview) => (
        <>
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
          <PreviewTable rows={rows} columns={columns} />
        </>
      )}
    />
  );
}
