import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { PHASE_LABELS, PHASES } from '../../../core/vocabulary';
import { formatUkDate } from '../../../core/dates';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { PageHeader, Spinner } from '../../components/page';

export default function OverviewPage() {
  const store = useStore();
  const today = useToday();
  const data = useLiveQuery(async () => ({ trust: await store.trust.get(), settings: await store.settings.list() }), [store]);
  if (!data) return <Spinner label="Loading…" />;
  const active = data.settings.filter((s) => !s.archived);
  const byPhase = PHASES.map((p) => ({ phase: p, count: active.filter((s) => s.phase === p).length })).filter((x) => x.count > 0);
  return (
    <>
      <PageHeader title="Overview" description={`${data.trust?.name ?? ''} · as of ${formatUkDate(today)}`} />
      <section className="cards" aria-label="At a glance">
        <article className="card stat">
          <h2>Settings</h2>
          <p className="stat-figure">{active.length}</p>
          <p className="muted">
            {byPhase.length === 0 ? 'None yet. ' : byPhase.map((x) => `${x.count} ${PHASE_LABELS[x.phase].toLowerCase()}`).join(' · ')}
          </p>
          <Link to="/settings">{active.length === 0 ? 'Add your settings' : 'View settings'}</Link>
        </article>
      </section>
    </>
  );
}
