// Named leads: people and their roles per setting with from and to dates (history kept), with Add, End
// and Hand over; the vacancies against the roles each phase requires, and the mismatches between the
// policies and the register, each with its reason.
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import { nameKey } from '../../../core/names';
import type { LeadMismatch } from '../../../core/leads/mismatches';
import { LEAD_MISMATCH_LABELS } from '../../../core/leads/mismatches';
import type { RegisterRow, SettingLeads } from '../../../core/leads/register';
import type { Vacancy } from '../../../core/leads/vacancies';
import type { PolicyId, SettingId } from '../../../core/ids';
import { PHASE_LABELS, ROLE_LABELS, type Phase, type RoleId } from '../../../core/vocabulary';
import { LeadsRepo } from '../../../data/repos/leads-repo';
import { useStore } from '../../app/db-context';
import { mark } from '../../app/perf';
import { useToday } from '../../app/today';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, PageHeader, Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { policyPath } from '../reviews/shared';
import { AddLeadDialog, EndRoleDialog, HandOverDialog } from './leads-dialogs';
import { AddNamedLeadsDialog } from './from-policy-dialog';
import './leads.css';
import { byName } from '../../../core/leads/names';
import { PhaseFilter, SearchFilter } from '../../components/filters';

const PAGE = 20;

type Open =
  | { kind: 'add'; settingId: SettingId | null; role?: RoleId }
  | { kind: 'end' | 'handover'; row: RegisterRow; settingName: string }
  | { kind: 'from-policy'; policyId: PolicyId; title: string; settingName: string }
  | null;

const STATE_BADGE = {
  current: <StatusBadge tone="green">Current</StatusBadge>,
  ended: <StatusBadge tone="grey">Ended</StatusBadge>,
  future: <StatusBadge tone="blue">Starts later</StatusBadge>,
};

export default function LeadsPage() {
  const store = useStore();
  const toasts = useToasts();
  const today = useToday();
  const inputs = useLiveQuery(async () => {
    mark('leads-query-start');
    const loaded = await store.leads.loadInputs();
    mark('leads-query-end');
    return loaded;
  }, [store]);
  const overview = useMemo(() => (inputs ? LeadsRepo.overview(inputs, today) : undefined), [inputs, today]);
  const [params] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [phase, setPhase] = useState<Phase | ''>('');
  const [onlyIssues, setOnlyIssues] = useState(false);
  const [history, setHistory] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState<Open>(null);
  const [removing, setRemoving] = useState<{ row: RegisterRow; settingName: string } | null>(null);

  const visible = useMemo(() => {
    if (!overview) return [];
    const q = nameKey(query);
    return overview.settings.filter(
      (s) =>
        (!phase || s.phase === phase) &&
        (!onlyIssues || s.vacancies.length + s.mismatches.length > 0) &&
        (!q || nameKey(s.name).includes(q) || s.rows.some((r) => nameKey(r.name).includes(q))),
    );
  }, [overview, query, phase, onlyIssues]);

  useEffect(() => {
    if (overview) mark('leads-rendered');
  }, [overview]);

  if (!overview || !inputs) return <Spinner label="Loading the named leads…" />;
  const active = inputs.settings.filter((s) => !s.archived).sort((a, b) => byName(a.name, b.name));
  const policiesBySetting = new Map<string, typeof inputs.policies>();
  for (const p of inputs.policies)
    if (p.leads.length)
      policiesBySetting.set(p.settingId, [...(policiesBySetting.get(p.settingId) ?? []), p]);

  const remove = async (row: RegisterRow, settingName: string) => {
    setRemoving(null);
    try {
      const removed = await store.leads.remove(row.assignmentId);
      toasts.show({
        kind: 'success',
        message: `Removed ${row.name} as ${ROLE_LABELS[row.role]} of ${settingName}`,
        action: { label: 'Undo', run: () => store.leads.restore(removed) },
      });
    } catch (error) {
      toasts.error(error, 'The role was not removed');
    }
  };

  return (
    <>
      <PageHeader
        title="Named leads"
        description={`Who holds each lead role in each setting, as of ${formatUkDate(today)}, and where the policies or the register need attention.`}
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setOpen({ kind: 'add', settingId: null })}
            disabled={active.length === 0}
          >
            Add a lead
          </button>
        }
      />
      {active.length === 0 ? (
        <EmptyState title="No settings yet">
          <p>
            Add your <Link to="/settings">settings</Link> first, then record who holds each lead role.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="leads-summary">
            <IssueList
              title="Vacancies"
              items={overview.vacancies}
              empty="Every setting has each role its phase requires."
              render={(v) => <VacancyItem vacancy={v} withSetting />}
            />
            <IssueList
              title="Mismatches"
              items={overview.mismatches}
              empty="The policies name the register’s current holders."
              render={(m) => (
                <MismatchItem mismatch={m} settingName={active.find((s) => s.id === m.settingId)?.name} />
              )}
            />
          </div>
          <div className="toolbar" role="search">
            <SearchFilter
              label="Search"
              value={query}
              onChange={(value) => (setQuery(value), setShown(PAGE))}
              placeholder="Setting or person"
            />
            <PhaseFilter value={phase} onChange={(value) => (setPhase(value), setShown(PAGE))} />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={onlyIssues}
                onChange={(e) => (setOnlyIssues(e.target.checked), setShown(PAGE))}
              />
              Only settings with vacancies or mismatches
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={history} onChange={(e) => setHistory(e.target.checked)} />
              Show ended roles
            </label>
            <span className="toolbar-count" aria-live="polite">
              {visible.length} of {overview.settings.length} settings
            </span>
          </div>
          {visible.slice(0, shown).map((s) => (
            <SettingCard
              key={s.settingId}
              setting={s}
              history={history}
              policies={policiesBySetting.get(s.settingId) ?? []}
              onAdd={(role) => setOpen({ kind: 'add', settingId: s.settingId, role })}
              onEnd={(row) => setOpen({ kind: 'end', row, settingName: s.name })}
              onHandOver={(row) => setOpen({ kind: 'handover', row, settingName: s.name })}
              onRemove={(row) => setRemoving({ row, settingName: s.name })}
              onFromPolicy={(policyId, title) =>
                setOpen({ kind: 'from-policy', policyId, title, settingName: s.name })
              }
            />
          ))}
          {visible.length === 0 && <p className="muted">No settings match these filters.</p>}
          {visible.length > shown && (
            <button type="button" className="button show-more" onClick={() => setShown((n) => n + PAGE)}>
              Show {Math.min(PAGE, visible.length - shown)} more settings
            </button>
          )}
        </>
      )}
      {open?.kind === 'add' && (
        <AddLeadDialog
          settings={active}
          settingId={open.settingId}
          role={open.role}
          known={inputs.people}
          today={today}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'end' && (
        <EndRoleDialog
          row={open.row}
          settingName={open.settingName}
          today={today}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'handover' && (
        <HandOverDialog
          row={open.row}
          settingName={open.settingName}
          known={inputs.people}
          today={today}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'from-policy' && (
        <AddNamedLeadsDialog
          policyId={open.policyId}
          title={open.title}
          settingName={open.settingName}
          today={today}
          onClose={() => setOpen(null)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title="Remove this role from the register?"
        message={
          removing
            ? `Remove ${removing.row.name} as ${ROLE_LABELS[removing.row.role]} of ${removing.settingName}? Use this for a role entered by mistake; to keep history, end the role instead.`
            : ''
        }
        confirmLabel="Remove role"
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing.row, removing.settingName)}
      />
    </>
  );
}

function IssueList<T>({
  title,
  items,
  empty,
  render,
}: {
  title: string;
  items: T[];
  empty: string;
  render: (item: T) => React.ReactNode;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, 8);
  const id = `issues-${title.toLowerCase()}`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="issue-list" aria-label={title}>
          {shown.map((item, i) => (
            <li key={i}>{render(item)}</li>
          ))}
        </ul>
      )}
      {items.length > 8 && (
        <button type="button" className="button-link show-more" onClick={() => setAll((v) => !v)}>
          {all ? 'Show fewer' : `Show all ${items.length} ${title.toLowerCase()}`}
        </button>
      )}
    </section>
  );
}

function VacancyItem({ vacancy, withSetting }: { vacancy: Vacancy; withSetting?: boolean }) {
  return (
    <>
      <StatusBadge tone="red">Vacancy</StatusBadge> {withSetting && <strong>{vacancy.settingName}: </strong>}
      {ROLE_LABELS[vacancy.role]}
      <p className="exception-reason">{vacancy.reason}</p>
    </>
  );
}

function MismatchItem({ mismatch, settingName }: { mismatch: LeadMismatch; settingName?: string }) {
  return (
    <>
      <StatusBadge tone="amber">{LEAD_MISMATCH_LABELS[mismatch.kind]}</StatusBadge>{' '}
      {settingName && <strong>{settingName}: </strong>}
      {mismatch.policyId ? (
        <Link
          to={policyPath(mismatch.policyId)}
          aria-label={`Open ${mismatch.policyTitle ?? 'the policy'}${settingName ? ` of ${settingName}` : ''}`}
        >
          {mismatch.policyTitle}
        </Link>
      ) : (
        mismatch.name
      )}
      <p className="exception-reason">{mismatch.reason}</p>
    </>
  );
}

function SettingCard(props: {
  setting: SettingLeads;
  history: boolean;
  policies: { policyId: PolicyId; title: string }[];
  onAdd: (role?: RoleId) => void;
  onEnd: (row: RegisterRow) => void;
  onHandOver: (row: RegisterRow) => void;
  onRemove: (row: RegisterRow) => void;
  onFromPolicy: (policyId: PolicyId, title: string) => void;
}) {
  const { setting: s, history } = props;
  const rows = s.rows.filter((r) => history || r.state !== 'ended');
  const ended = s.rows.length - s.rows.filter((r) => r.state !== 'ended').length;
  const issues = s.vacancies.length + s.mismatches.length;
  const headingId = `leads-${s.settingId}`;
  return (
    <section className="card setting-leads" aria-labelledby={headingId}>
      <div className="card-heading">
        <h2 id={headingId}>
          <Link to={`/settings/${s.settingId}`}>{s.name}</Link>{' '}
          <span className="muted setting-phase">{PHASE_LABELS[s.phase]}</span>
        </h2>
        <span>
          {issues === 0 ? (
            <StatusBadge tone="green">No issues</StatusBadge>
          ) : (
            <StatusBadge tone={s.vacancies.length ? 'red' : 'amber'}>{`${issues} to resolve`}</StatusBadge>
          )}
        </span>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No roles recorded{ended ? ` (${ended} ended: tick “Show ended roles”)` : ''}.</p>
      ) : (
        <table className="table" aria-label={`Named leads at ${s.name}`}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const who = `${r.name} (${ROLE_LABELS[r.role]}, ${s.name})`;
              return (
                <tr key={r.assignmentId} className={r.state === 'ended' ? 'row-muted' : undefined}>
                  <th scope="row">{r.name}</th>
                  <td>
                    {ROLE_LABELS[r.role]}
                    {r.fromPolicy && <span className="muted"> · from a policy</span>}
                  </td>
                  <td>{formatUkDate(r.from, 'Not known')}</td>
                  <td>{formatUkDate(r.to, '—')}</td>
                  <td>{STATE_BADGE[r.state]}</td>
                  <td className="row-actions">
                    {r.state !== 'ended' && !r.to && (
                      <>
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`Hand over ${who}`}
                          onClick={() => props.onHandOver(r)}
                        >
                          Hand over
                        </button>
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={`End ${who}`}
                          onClick={() => props.onEnd(r)}
                        >
                          End
                        </button>
                      </>
                    )}
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Remove ${who}`}
                      onClick={() => props.onRemove(r)}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {s.vacancies.length > 0 && (
        <ul className="issue-list" aria-label={`Vacancies at ${s.name}`}>
          {s.vacancies.map((v) => (
            <li key={v.role}>
              <VacancyItem vacancy={v} />{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => props.onAdd(v.role)}
                aria-label={`Fill the ${ROLE_LABELS[v.role]} vacancy at ${s.name}`}
              >
                Add the new {ROLE_LABELS[v.role]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {s.mismatches.length > 0 && (
        <ul className="issue-list" aria-label={`Mismatches at ${s.name}`}>
          {s.mismatches.map((m, i) => (
            <li key={i}>
              <MismatchItem mismatch={m} />
            </li>
          ))}
        </ul>
      )}
      <div className="button-row setting-leads-actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => props.onAdd()}
          aria-label={`Add a lead to ${s.name}`}
        >
          Add a lead
        </button>
        {props.policies.map((p) => (
          <button
            key={p.policyId}
            type="button"
            className="button button-small"
            onClick={() => props.onFromPolicy(p.policyId, p.title)}
            aria-label={`Add the named leads of the ${p.title} of ${s.name} to the register`}
          >
            Add named leads from the {p.title}
          </button>
        ))}
      </div>
    </section>
  );
}
