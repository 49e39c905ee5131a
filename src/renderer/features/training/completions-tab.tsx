// Completions: training records, newest first, with their certificates; record one or a session,
// import from a training provider, remove a mistaken entry (undoable). At LA scale the list shows the
// latest 2,000 that match the filters, read straight from the store.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import type { CourseId, FileId } from '../../../core/ids';
import type { Completion, Course } from '../../../core/model';
import type { Setting } from '../../../core/settings';
import { nameKey } from '../../../core/names';
import { Spinner } from '../../components/page';
import { SettingSelect, useTrainingView } from './controls';
import { AttachAndRemoveButtons, describeCompletion, useCompletionActions } from './completion-actions';
import { EvidenceViewer } from './evidence';
import { plural } from './format';
import { useTrainingRepos } from './use-training';
import { VirtualTable, type Column } from './virtual-table';
import { SessionDialog } from './session-dialog';
import { CompletionsImportWizard } from './completions-import-wizard';
import { ImportsCard } from './imports-card';
import { SearchFilter } from '../../components/filters';
import { NameOptions } from '../../components/field';

const LIMIT = 2000;

export function CompletionsTab({
  courses,
  settings,
  today,
}: {
  courses: Course[];
  settings: Setting[];
  today: IsoDate;
}) {
  const { completions: repo } = useTrainingRepos();
  const actions = useCompletionActions();
  const view = useTrainingView(settings, today);
  const [courseId, setCourseId] = useState<CourseId | ''>('');
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<'one' | 'session' | 'import' | null>(null);
  const [viewing, setViewing] = useState<{ fileId: FileId; title: string } | null>(null);
  const listed = useLiveQuery(
    () => repo.listCompletions({ settingId: view.settingId, courseId: courseId || null, limit: LIMIT }),
    [repo, view.settingId, courseId],
  );
  const courseName = useMemo(() => new Map(courses.map((c) => [c.id, c.name])), [courses]);
  const rows = useMemo(() => {
    if (!listed) return [];
    const q = nameKey(query);
    return q === ''
      ? listed.completions
      : listed.completions.filter((c) => nameKey(listed.names.get(c.personId) ?? '').includes(q));
  }, [listed, query]);
  const nameOf = (c: Completion) => listed?.names.get(c.personId) ?? 'Unknown';

  const describe = (c: Completion) => describeCompletion(c, nameOf(c), courseName.get(c.courseId));

  const columns: Column<Completion>[] = [
    { key: 'name', header: 'Name', width: '13rem', rowHeader: true, cell: (c) => nameOf(c) },
    {
      key: 'course',
      header: 'Course',
      width: 'minmax(14rem, 1fr)',
      cell: (c) => (
        <span title={courseName.get(c.courseId)}>
          {courseName.get(c.courseId) ?? 'A course no longer in the catalogue'}
        </span>
      ),
    },
    { key: 'date', header: 'Completed', width: '8.5rem', cell: (c) => formatUkDate(c.completedOn) },
    {
      key: 'provider',
      header: 'Provider',
      width: '12rem',
      cell: (c) => <span title={c.provider}>{c.provider || '—'}</span>,
    },
    {
      key: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: '21rem',
      cell: (c) => {
        const label = describe(c);
        return (
          <span className="row-actions">
            {c.evidenceFileId && (
              <button
                type="button"
                className="button button-small"
                aria-label={`Show certificate for ${label}`}
                onClick={() => setViewing({ fileId: c.evidenceFileId!, title: `Certificate: ${label}` })}
              >
                Show certificate
              </button>
            )}
            <AttachAndRemoveButtons completion={c} label={label} replaceText="Replace" actions={actions} />
          </span>
        );
      },
    },
  ];

  return (
    <>
      <div className="training-controls">
        <SettingSelect settings={settings} value={view.settingId} onChange={view.setSetting} />
        <label className="inline-field">
          <span>Course</span>
          <select value={courseId} onChange={(e) => setCourseId(e.target.value as CourseId | '')}>
            <option value="">All courses</option>
            <NameOptions items={courses} />
          </select>
        </label>
        <SearchFilter
          label="Search completions"
          value={query}
          onChange={(value) => setQuery(value)}
          placeholder="Name"
        />
        <div className="page-actions" style={{ marginLeft: 'auto' }}>
          <button type="button" className="button" onClick={() => setDialog('import')}>
            Import completions
          </button>
          <button type="button" className="button" onClick={() => setDialog('one')}>
            Record a completion
          </button>
          <button type="button" className="button button-primary" onClick={() => setDialog('session')}>
            Record a session
          </button>
        </div>
      </div>
      {!listed ? (
        <Spinner label="Loading completions…" />
      ) : (
        <>
          <p className="toolbar-count" aria-live="polite">
            {listed.total > LIMIT
              ? `The latest ${LIMIT.toLocaleString('en-GB')} of ${plural(listed.total, 'completion')}: choose a setting or a course to narrow the list`
              : plural(rows.length, 'completion')}
          </p>
          <VirtualTable
            label="Completions"
            rows={rows}
            columns={columns}
            rowKey={(c) => c.id}
            height="60vh"
            empty="No completions match."
          />
        </>
      )}
      <ImportsCard kind="completions" />
      {(dialog === 'one' || dialog === 'session') && (
        <SessionDialog
          courses={courses}
          settings={settings}
          today={today}
          settingId={view.settingId}
          single={dialog === 'one'}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'import' && (
        <CompletionsImportWizard
          settings={settings}
          courses={courses}
          today={today}
          onClose={() => setDialog(null)}
        />
      )}
      {viewing && (
        <EvidenceViewer fileId={viewing.fileId} title={viewing.title} onClose={() => setViewing(null)} />
      )}
    </>
  );
}
