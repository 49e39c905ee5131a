// Importing a staff list from a management information system (Arbor, SIMS, Bromcom…): choose the
// file, match the columns, check every row (problems with their line numbers), then import, undoably.
// Nothing is written before "Import".
import { useMemo, useState } from 'react';
import { formatUkDate } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
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
import type { TextTable } from '../../../core/training/csv/table';
import { STAFF_FLAG_LABELS } from '../../../core/training/staff';
import type { Tone } from '../../components/page';
import { useStore } from '../../app/db-context';
import { ColumnChoices, SettingTarget } from './import-mapping';
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
  const wizard = useImportSteps<StaffImportPreview>();
  const { table, preview } = wizard;
  const [mapping, setMapping] = useState<Mapping<StaffField>>({});
  const [target, setTarget] = useState<SettingId | null>(settingId);
  const [filter, setFilter] = useState<RowFilter>('all');
  const names = useMemo(() => new Map(settings.map((s) => [s.id, s.name])), [settings]);

  const read = (t: TextTable) => {
    const headed = findStaffHeader(t);
    const guessed = guessStaffMapping(headed.headers);
    setMapping(guessed);
    if (guessed.setting !== undefined) setTarget(null);
    wizard.read(t, headed);
  };
  const problems = table ? staffMappingProblems(mapping, table.headers, target !== null) : [];

  const check = () =>
    wizard.check(async (headed) => {
      const [allSettings, people, memberships] = await Promise.all([
        store.db.settings.toArray(),
        store.db.people.toArray(),
        store.db.memberships.toArray(),
      ]);
      const checked = previewStaffImport(headed, mapping, {
        settings: allSettings,
        people,
        memberships,
        settingId: target,
      });
      setFilter('all');
      return checked;
    });

  const write = () =>
    wizard.write(
      (p, label, onProgress) => imports.commitStaff(p, label, onProgress),
      (outcome, p, fileName) => {
        const skipped = p.counts.skip;
        return `Imported ${fileName}: ${plural(outcome.added, 'staff record')} added, ${plural(outcome.updated, 'record')} updated${skipped ? `, ${plural(skipped, 'row')} skipped` : ''}.`;
      },
    );

  const rows = useMemo(() => {
    if (!preview) return [];
    if (filter === 'problems') return preview.rows.filter((r) => r.action === 'skip');
    if (filter === 'changes')
      return preview.rows.filter((r) => r.action !== 'skip' && r.action !== 'unchanged');
    return preview.rows;
  }, [preview, filter]);
  const manySettings = mapping.setting !== undefined;
  const columns: Column<StaffImportRow>[] = [
    ...lineAndNameColumns<StaffImportRow>(),
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
    actionColumn('7rem', ACTION_TONES, STAFF_ACTION_LABELS),
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
    <ImportWizardDialog
      title="Import staff"
      explain={
        <p>
          Export the staff list from your management information system (Arbor, SIMS, Bromcom…) as CSV or
          Excel. Oversight recognises their column names; you can check each one before anything is imported.
        </p>
      }
      steps={wizard}
      onRead={read}
      onClose={onClose}
      problems={problems}
      onCheck={() => void check()}
      toWrite={(p) => p.counts.new + p.counts.new_post + p.counts.update}
      noun="staff record"
      onImport={() => void write()}
      mapStep={(table) => (
        <>
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
        </>
      )}
      checkStep={(preview) => (
        <>
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
          <PreviewTable rows={rows} columns={columns} />
          <p className="muted">
            Rows with problems are skipped. Correct them in the file and import it again if you need them;
            rows already imported will show as unchanged.
          </p>
        </>
      )}
    />
  );
}
