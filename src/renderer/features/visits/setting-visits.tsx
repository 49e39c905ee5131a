// The "Visits" section of a setting's page: its visits, open actions, and planning the next one.
import { useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import { actionState } from '../../../core/visits/actions';
import { byNewest, visitStatusBadge } from '../../../core/visits/visits';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { StatusBadge } from '../../components/page';
import { PlanVisitDialog } from './plan-visit-dialog';

export function SettingVisits({ settingId, settingName }: { settingId: SettingId; settingName: string }) {
  const store = useStore();
  const asOf = useToday();
  const [planning, setPlanning] = useState(false);
  const data = useLiveQuery(async () => {
    const [visits, actions] = await Promise.all([
      store.db.visits.where('settingId').equals(settingId).toArray(),
      store.db.actions.where('settingId').equals(settingId).toArray(),
    ]);
    return { visits: visits.sort(byNewest), actions };
  }, [store, settingId]);
  if (!data) return null;
  const open = data.actions.filter((a) => a.status === 'open');
  const overdue = open.filter((a) => actionState(a, asOf) === 'overdue').length;
  return (
    <section className="card" aria-labelledby="setting-visits-heading">
      <div className="card-header">
        <h2 id="setting-visits-heading">Visits</h2>
        <button type="button" className="button" onClick={() => setPlanning(true)}>
          Plan a visit
        </button>
      </div>
      {data.visits.length === 0 ? (
        <p className="muted">No audit visits to {settingName} yet.</p>
      ) : (
        <>
          <p>
            {open.length === 0
              ? 'No open actions.'
              : `${open.length} open ${open.length === 1 ? 'action' : 'actions'}`}
            {overdue > 0 && (
              <>
                {' '}
                <StatusBadge tone="red">{overdue} overdue</StatusBadge>
              </>
            )}
          </p>
          <ul className="setting-visit-list" aria-label={`Visits to ${settingName}`}>
            {data.visits.map((v) => {
              const badge = visitStatusBadge(v, asOf);
              return (
                <li key={v.id}>
                  <Link to={`/visits/${v.id}`}>Visit on {formatUkDate(v.date)}</Link>{' '}
                  <span className="muted">{v.officer}</span>{' '}
                  <StatusBadge tone={badge.tone}>{badge.word}</StatusBadge>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {planning && <PlanVisitDialog settingId={settingId} onClose={() => setPlanning(false)} />}
    </section>
  );
}
