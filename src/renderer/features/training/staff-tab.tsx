// Staff per setting: who works there, their job and roles, when they started and left, and how their
// training stands; add, edit, import, and record a session.
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import type { PersonId } from '../../../core/ids';
import { hasLeft } from '../../../core/training/audience';
import { computeCompliance } from '../../../core/training/compliance';
import { STAFF_FLAG_LABELS } from '../../../core/training/staff';
import { nameKey } from '../../../core/names';
import type { StaffMember } from '../../../data/repos/staff-repo';
import { EmptyState, StatusBadge } from '../../components/page';
import { SettingSelect, useTrainingView, type TrainingTabProps } from './controls';
import { TrainingBadge, plural } from './format';
import { useTrainingRepos } from './use-training';
import { StaffEditor } from './staff-editor';
import { StaffImportWizard } from './staff-import-wizard';
import { SessionDialog } from './session-dialog';
import { PersonDialog } from './person-dialog';
import { ImportsCard } from './imports-card';
import { SearchFilter } from '../../components/filters';

export function StaffTab({ courses, settings, today, expiringDays }: TrainingTabProps) {
  const { training, staff: staffRepo } = useTrainingRepos();
  const view = useTrainingView(settings, today);
  const settingId = view.settingId ?? settings.find((s) => !s.archived)?.id ?? null;
  const setting = settings.find((s) => s.id === settingId);
  // One setting's records are few: read and work them out here rather than wait for the whole trust's.
  const settingData = useLiveQuery(
    () => (settingId ? training.loadSettingData(settingId) : Promise.resolve(null)),
    [training, settingId],
  );
  const result = useMemo(
    () =>
      settingData && settingId
        ? computeCompliance(settingData, { asOf: today, expiringDays, settingIds: [settingId] })
        : null,
    [settingData, settingId, today, expiringDays],
  );
  const staff = useLiveQuery(
    () => (settingId ? staffRepo.listStaff(settingId) : Promise.resolve([])),
    [staffRepo, settingId],
  );
  const [showLeavers, setShowLeavers] = useState(false);
  const [query, setQuery] = useState('');
  const [dialog, setDialog] = useState<
    | { kind: 'add' }
    | { kind: 'edit'; member: StaffMember }
    | { kind: 'import' }
    | { kind: 'session' }
    | { kind: 'person'; personId: PersonId }
    | null
  >(null);

  const byMembership = useMemo(() => new Map((result?.rows ?? []).map((r) => [r.membershipId, r])), [result]);
  const leavers = (staff ?? []).filter((s) => hasLeft(s.membership, today)).length;
  const shown = (staff ?? []).filter(
    (s) =>
      (showLeavers || !hasLeft(s.membership, today)) &&
      (query === '' || nameKey(s.person.name).includes(nameKey(query))),
  );

  const trainingCell = (s: StaffMember) => {
    if (hasLeft(s.membership, today))
      return <StatusBadge tone="grey">Left {formatUkDate(s.membership.end)}</StatusBadge>;
    const row = byMembership.get(s.membership.id);
    if (!row) return <StatusBadge tone="grey">Not started</StatusBadge>;
    const cells = row.cells.filter((c) => c !== null);
    if (cells.length === 0) return <span className="muted">Nothing needed</span>;
    const worst =
      cells.find((c) => c.status === 'missing' || c.status === 'expired') ??
      cells.find((c) => c.status === 'expiring');
    const ok = cells.filter((c) => c.status === 'valid' || c.status === 'expiring').length;
    return (
      <>
        <TrainingBadge status={worst?.status ?? 'valid'} />{' '}
        <span className="muted">
          {ok} of {cells.length} in date
        </span>
      </>
    );
  };

  return (
    <>
      <div className="training-controls">
        <SettingSelect settings={settings} value={settingId} onChange={view.setSetting} allLabel={null} />
        <SearchFilter
          label="Search staff"
          value={query}
          onChange={(value) => setQuery(value)}
          placeholder="Name"
        />
        <label className="checkbox">
          <input type="checkbox" checked={showLeavers} onChange={(e) => setShowLeavers(e.target.checked)} />
          Show leavers ({leavers})
        </label>
        <div className="page-actions" style={{ marginLeft: 'auto' }}>
          <button type="button" className="button" onClick={() => setDialog({ kind: 'import' })}>
            Import staff
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setDialog({ kind: 'session' })}
            disabled={!settingId}
          >
            Record a session
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setDialog({ kind: 'add' })}
            disabled={!settingId}
          >
            Add staff member
          </button>
        </div>
      </div>
      {!setting ? (
        <EmptyState title="No settings yet">
          <p>Add the settings you oversee first; then their staff.</p>
        </EmptyState>
      ) : staff && staff.length === 0 ? (
        <EmptyState
          title={`No staff recorded for ${setting.name}`}
          actions={
            <>
              <button
                type="button"
                className="button button-primary"
                onClick={() => setDialog({ kind: 'import' })}
              >
                Import a staff list
              </button>
              <button type="button" className="button" onClick={() => setDialog({ kind: 'add' })}>
                Add one person
              </button>
            </>
          }
        >
          <p>
            Import the staff list your management information system exports (CSV or Excel), or add people one
            by one.
          </p>
        </EmptyState>
      ) : (
        <table className="table" aria-label={`Staff of ${setting.name}`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Job title</th>
              <th scope="col">Roles</th>
              <th scope="col">Started</th>
              <th scope="col">Training</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.membership.id} className={hasLeft(s.membership, today) ? 'row-muted' : undefined}>
                <th scope="row">{s.person.name}</th>
                <td>{s.membership.jobTitle || '—'}</td>
                <td>{s.membership.flags.map((f) => STAFF_FLAG_LABELS[f]).join(', ') || '—'}</td>
                <td className="nowrap">{formatUkDate(s.membership.start)}</td>
                <td>{trainingCell(s)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Training record for ${s.person.name}`}
                    onClick={() => setDialog({ kind: 'person', personId: s.person.id })}
                  >
                    Training record
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Edit ${s.person.name}`}
                    onClick={() => setDialog({ kind: 'edit', member: s })}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {staff && staff.length > 0 && (
        <p className="muted">
          {plural(staff.length - leavers, 'current member', 'current members')} of staff and governors
          {leavers ? `, ${plural(leavers, 'leaver')} kept for their history` : ''}.
        </p>
      )}
      <ImportsCard kind="staff" />
      {dialog?.kind === 'add' && settingId && (
        <StaffEditor
          settingId={settingId}
          settings={settings}
          editing={null}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && settingId && (
        <StaffEditor
          key={dialog.member.membership.id}
          settingId={settingId}
          settings={settings}
          editing={dialog.member}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'import' && (
        <StaffImportWizard settings={settings} settingId={settingId} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'session' && (
        <SessionDialog
          courses={courses}
          settings={settings}
          today={today}
          settingId={settingId}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'person' && (
        <PersonDialog
          personId={dialog.personId}
          courses={courses}
          settings={settings}
          today={today}
          expiringDays={expiringDays}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
