// Audit visits: every visit with its progress and open actions, and every open action across settings.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import type { VisitStatus } from '../../../core/model';
import { nameKey } from '../../../core/names';
import { actionState, openActionsAsOf } from '../../../core/visits/actions';
import { byNewest, VISIT_STATUS_LABELS, visitProgress, visitStatusBadge } from '../../../core/visits/visits';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { EmptyState, PageHeader, Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { ActionsTable } from './actions-table';
import { PlanVisitDialog } from './plan-visit-dialog';
import './visits.css';
import { SearchFilter } from '../../components/filters';

export default function VisitsPage() {
  const store = useStore();
  const toasts = useToasts();
  const asOf = useToday();
  const [planning, setPlanning] = useState(false);
  const [status, setStatus] = useState<VisitStatus | ''>('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    store.visits
      .ensureDefaultTemplate()
      .catch((e: unknown) => toasts.error(e, 'The standard checklist could not be added'));
  }, [store, toasts]);
  const data = useLiveQuery(async () => {
    const [visits, settings, findings, actions] = await Promise.all([
      store.visits.list(),
      store.settings.list(),
      store.db.findings.toArray(),
      store.visits.actions(),
    ]);
    return { visits, settings, findings, actions };
  }, [store]);

  const rows = useMemo(() => {
    if (!data) return [];
    const names = new Map(data.settings.map((s) => [s.id, s.name]));
    const q = nameKey(query);
    return [...data.visits]
      .sort(byNewest)
      .map((v) => ({
        visit: v,
        name: names.get(v.settingId) ?? '—',
        progress: visitProgress(
          v,
          data.findings.filter((f) => f.visitId === v.id),
        ),
        actions: data.actions.filter((a) => a.visitId === v.id),
      }))
      .filter(
        (r) => (status === '' || r.visit.status === status) && (q === '' || nameKey(r.name).includes(q)),
      );
  }, [data, status, query]);

  if (!data) return <Spinner label="Loading visits…" />;
  const open = openActionsAsOf(
    { visits: data.visits, actions: data.actions, findings: data.findings, settings: data.settings },
    asOf,
  );
  const openActions = open.map((row) => ({
    action: data.actions.find((a) => a.id === row.actionId)!,
    context: `${row.settingName} · visit on ${formatUkDate(row.visitDate)}`,
  }));

  return (
    <>
      <PageHeader
        title="Visits"
        description="Audit visits to settings: plan them, record each item of the checklist on the day (no network needed), and follow up the actions."
        actions={
          <>
            <button type="button" className="button button-primary" onClick={() => setPlanning(true)}>
              Plan a visit
            </button>
            <Link className="button" to="/visits/checklists">
              Checklists
            </Link>
          </>
        }
      />
      {data.visits.length === 0 ? (
        <EmptyState
          title="No visits yet"
          actions={
            <button type="button" className="button button-primary" onClick={() => setPlanning(true)}>
              Plan your first visit
            </button>
          }
        >
          <p>
            Plan a visit to a setting with the standard annual safeguarding audit checklist, or one of your
            own.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar" role="search">
            <SearchFilter
              label="Search visits"
              value={query}
              onChange={(value) => setQuery(value)}
              placeholder="Setting"
            />
            <label className="inline-field">
              <span>Status</span>
              <select value={status} onChange={(e) => setStatus(e.target.value as VisitStatus | '')}>
                <option value="">All</option>
                {(Object.keys(VISIT_STATUS_LABELS) as VisitStatus[]).map((s) => (
                  <option key={s} value={s}>
                    {VISIT_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </label>
            <span className="toolbar-count" aria-live="polite">
              {rows.length} of {data.visits.length} shown
            </span>
          </div>
          <table className="table" aria-label="Visits">
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Date</th>
                <th scope="col">Officer</th>
                <th scope="col">Status</th>
                <th scope="col">Progress</th>
                <th scope="col">Open actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ visit, name, progress, actions }) => {
                const badge = visitStatusBadge(visit, asOf);
                const openHere = actions.filter((a) => a.status === 'open');
                const overdue = openHere.filter((a) => actionState(a, asOf) === 'overdue').length;
                return (
                  <tr key={visit.id}>
                    <th scope="row">
                      <Link
                        to={`/visits/${visit.id}`}
                        aria-label={`Visit to ${name} on ${formatUkDate(visit.date)}`}
                      >
                        {name}
                      </Link>
                    </th>
                    <td>{formatUkDate(visit.date)}</td>
                    <td>{visit.officer}</td>
                    <td>
                      <StatusBadge tone={badge.tone}>{badge.word}</StatusBadge>
                    </td>
                    <td>
                      {progress.judged} of {progress.total} judged
                    </td>
                    <td>
                      {openHere.length}
                      {overdue > 0 && (
                        <>
                          {' '}
                          <StatusBadge tone="red">{overdue} overdue</StatusBadge>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">No visits match these filters.</p>}
        </>
      )}
      {openActions.length > 0 && (
        <section className="card open-actions" aria-labelledby="open-actions-heading">
          <h2 id="open-actions-heading">Open actions</h2>
          <p className="muted">
            Every action still open from a visit, most overdue first. These go into the governor report.
          </p>
          <ActionsTable label="Open actions" rows={openActions} asOf={asOf} editable={false} />
        </section>
      )}
      {planning && <PlanVisitDialog onClose={() => setPlanning(false)} />}
    </>
  );
}
