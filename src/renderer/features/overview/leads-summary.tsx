// The named-leads card on the overview: vacancies and mismatches, linking to the register.
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { IsoDate } from '../../../core/dates';
import type { PolicyLeads } from '../../../core/leads/mismatches';
import { LeadsRepo } from '../../../data/repos/leads-repo';
import { useStore } from '../../app/db-context';
import { mark } from '../../app/perf';
import { StatusBadge } from '../../components/page';

export function LeadsSummaryCard({ today, policies }: { today: IsoDate; policies: PolicyLeads[] }) {
  const store = useStore();
  // Read once the review dashboard has been drawn, so it does not wait for the register.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setDrawn(true), 0);
    return () => window.clearTimeout(timer);
  }, []);
  const inputs = useLiveQuery(async () => {
    if (!drawn) return undefined;
    mark('leads-query-start');
    const loaded = await store.leads.loadInputs({ policies });
    mark('leads-query-end');
    return loaded;
  }, [store, policies, drawn]);
  const overview = useMemo(() => (inputs ? LeadsRepo.overview(inputs, today) : undefined), [inputs, today]);
  return (
    <article
      className={`card stat stat-card ${overview && overview.counts.vacancies + overview.counts.mismatches > 0 ? 'tone-amber' : 'tone-green'}`}
    >
      <h2>Named leads</h2>
      {!overview ? (
        <p className="muted">Checking the register…</p>
      ) : (
        <>
          <p className="stat-figure">{overview.counts.vacancies}</p>
          <p>
            {overview.counts.vacancies === 1 ? 'vacancy' : 'vacancies'},{' '}
            {overview.counts.mismatches > 0 ? (
              <StatusBadge tone="amber">{`${overview.counts.mismatches} mismatch${overview.counts.mismatches === 1 ? '' : 'es'}`}</StatusBadge>
            ) : (
              'no mismatches'
            )}
          </p>
          <Link to="/leads">Open the named leads register</Link>
        </>
      )}
    </article>
  );
}
