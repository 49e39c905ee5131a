// One person's training record: what each of their posts needs and its status, every completion with
// its certificate (attach, show again, open elsewhere), and recording another.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import type { FileId, PersonId } from '../../../core/ids';
import type { Completion, Course } from '../../../core/model';
import type { Setting } from '../../../core/settings';
import { computeCompliance } from '../../../core/training/compliance';
import { hasLeft } from '../../../core/training/audience';
import { ConfirmDialog, Dialog } from '../../components/dialog';
import { StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { AttachAndRemoveButtons, describeCompletion, useCompletionActions } from './completion-actions';
import { EvidenceViewer } from './evidence';
import { TrainingBadge, cellDetail } from './format';
import { SessionDialog } from './session-dialog';
import { useTrainingRepos } from './use-training';
import { useStore } from '../../app/db-context';
import { planRemoval, removePerson, type RemovalSummary } from '../../../data/privacy/remove-person';
import { plural as count } from './format';

export function PersonDialog({
  personId,
  courses,
  settings,
  today,
  expiringDays,
  onClose,
}: {
  personId: PersonId;
  courses: readonly Course[];
  settings: Setting[];
  today: IsoDate;
  expiringDays: number;
  onClose: () => void;
}) {
  const { training } = useTrainingRepos();
  const actions = useCompletionActions();
  const store = useStore();
  const toasts = useToasts();
  const [recording, setRecording] = useState(false);
  const [viewing, setViewing] = useState<{ fileId: FileId; title: string } | null>(null);
  // Removing a person is the privacy module's (src/data/privacy): one implementation, with tombstones
  // so an older backup or pack cannot bring them back.
  const [erasing, setErasing] = useState<RemovalSummary | null>(null);
  const data = useLiveQuery(() => training.loadPersonData(personId), [training, personId]);
  const person = data?.people[0];
  const completions = useMemo(
    () => [...(data?.completions ?? [])].sort((a, b) => b.completedOn.localeCompare(a.completedOn)),
    [data],
  );
  const result = useMemo(
    () => (data ? computeCompliance(data, { asOf: today, expiringDays }) : null),
    [data, today, expiringDays],
  );
  const posts = data?.memberships ?? [];
  const courseName = new Map(courses.map((c) => [c.id, c.name]));
  const settingName = new Map(settings.map((s) => [s.id, s.name]));
  if (!person || !result) return null;
  const describe = (c: Completion) => describeCompletion(c, person.name, courseName.get(c.courseId));

  const askErase = async () => {
    try {
      setErasing(await planRemoval(store.db, personId));
    } catch (error) {
      toasts.error(error);
    }
  };
  const erase = async () => {
    setErasing(null);
    try {
      const done = await removePerson(store.db, personId);
      toasts.show({
        kind: 'success',
        message: `Removed ${done.name}: ${count(done.staffRecords, 'staff record')}, ${count(done.completions, 'training record')}, ${count(done.files, 'certificate')}, ${count(done.roles, 'role')}`,
      });
      onClose();
    } catch (error) {
      toasts.error(error, 'The records were not removed');
    }
  };

  return (
    <>
      <Dialog
        title={`Training record: ${person.name}`}
        open={!recording && !viewing && erasing === null}
        wide
        onClose={onClose}
        actions={
          <>
            <button
              type="button"
              className="button button-danger"
              style={{ marginRight: 'auto' }}
              onClick={() => void askErase()}
            >
              Remove {person.name}’s records
            </button>
            <button type="button" className="button" onClick={() => setRecording(true)}>
              Record a completion
            </button>
            <button type="button" className="button button-primary" onClick={onClose}>
              Done
            </button>
          </>
        }
      >
        <h3>Needed now</h3>
        {result.rows.length === 0 && (
          <p className="muted">
            No current post: {person.name} has left every setting. Their history is kept below.
          </p>
        )}
        {result.rows.map((row) => (
          <div key={row.membershipId}>
            <p>
              <strong>{settingName.get(row.settingId)}</strong> · {row.jobTitle || 'No job title'}
            </p>
            <ul className="checkbox-list" aria-label={`Courses needed at ${settingName.get(row.settingId)}`}>
              {row.cells.map((cell, i) =>
                cell ? (
                  <li key={result.courses[i]!.id}>
                    <TrainingBadge status={cell.status} /> {result.courses[i]!.name}{' '}
                    <span className="muted">· {cellDetail(cell)}</span>
                  </li>
                ) : null,
              )}
            </ul>
          </div>
        ))}
        {posts
          .filter((m) => hasLeft(m, today))
          .map((m) => (
            <p key={m.id} className="muted">
              Left {settingName.get(m.settingId)} on {formatUkDate(m.end)}.{' '}
              <StatusBadge tone="grey">Leaver</StatusBadge>
            </p>
          ))}
        <h3>Completed</h3>
        {completions.length === 0 ? (
          <p className="muted">No training recorded yet.</p>
        ) : (
          <table className="table" aria-label={`Completions of ${person.name}`}>
            <thead>
              <tr>
                <th scope="col">Course</th>
                <th scope="col">Date</th>
                <th scope="col">Provider</th>
                <th scope="col">Certificate</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {completions.map((c) => {
                const label = describe(c);
                return (
                  <tr key={c.id}>
                    <th scope="row">{courseName.get(c.courseId) ?? 'A course no longer in the catalogue'}</th>
                    <td>{formatUkDate(c.completedOn)}</td>
                    <td>{c.provider || '—'}</td>
                    <td>
                      {c.evidenceFileId ? (
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`Show certificate for ${label}`}
                          onClick={() =>
                            setViewing({ fileId: c.evidenceFileId!, title: `Certificate: ${label}` })
                          }
                        >
                          Show
                        </button>
                      ) : (
                        <span className="muted">None</span>
                      )}
                    </td>
                    <td className="row-actions">
                      <AttachAndRemoveButtons
                        completion={c}
                        label={label}
                        replaceText="Replace certificate"
                        actions={actions}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Dialog>
      {recording && (
        <SessionDialog
          courses={courses}
          settings={settings}
          today={today}
          settingId={posts[0]?.settingId ?? null}
          person={{ id: person.id, name: person.name }}
          onClose={() => setRecording(false)}
        />
      )}
      <ConfirmDialog
        open={erasing !== null}
        title={`Remove ${person.name}’s records?`}
        message={
          erasing
            ? `This removes ${person.name} for good: ${count(erasing.staffRecords, 'staff record')}, ${count(erasing.completions, 'training record')}, ${count(erasing.files, 'certificate')} and ${count(erasing.roles, 'role')} in the leads register. Use it when their data must be erased or its retention period has ended; a leaver is better given a leaving date, which keeps their history.`
            : ''
        }
        confirmLabel={`Remove ${person.name}`}
        danger
        onConfirm={() => void erase()}
        onCancel={() => setErasing(null)}
      />
      {viewing && (
        <EvidenceViewer fileId={viewing.fileId} title={viewing.title} onClose={() => setViewing(null)} />
      )}
    </>
  );
}
