// A setting's named leads on its page: who holds each role now, its vacancies and mismatches, with a
// link to manage them in the register.
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingId } from '../../../core/ids';
import { formatUkDate } from '../../../core/dates';
import { LEAD_MISMATCH_LABELS } from '../../../core/leads/mismatches';
import { ROLE_LABELS } from '../../../core/vocabulary';
import { LeadsRepo } from '../../../data/repos/leads-repo';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { Spinner, StatusBadge } from '../../components/page';
import './leads.css';

export function SettingLeads({ settingId, settingName }: { settingId: SettingId; settingName: string }) {
  const store = useStore();
  const today = useToday();
  const inputs = useLiveQuery(() => store.leads.loadInputs(), [store]);
  const mine = useMemo(
    () =>
      inputs ? LeadsRepo.overview(inputs, today).settings.find((s) => s.settingId === settingId) : undefined,
    [inputs, today, settingId],
  );
  return (
    <section className="card" aria-labelledby="setting-leads-heading">
      <div className="card-heading">
        <h2 id="setting-leads-heading">Named leads</h2>
        <Link to={`/leads?q=${encodeURIComponent(settingName)}`}>Manage named leads of {settingName}</Link>
      </div>
      {!inputs ? (
        <Spinner label="Loading the named leads…" />
      ) : !mine ? (
        <p className="muted">This setting is archived.</p>
      ) : (
        <>
          {mine.rows.filter((r) => r.state === 'current').length === 0 ? (
            <p className="muted">No current roles recorded.</p>
          ) : (
            <dl className="facts">
              {mine.rows
                .filter((r) => r.state === 'current')
                .map((r) => (
                  <div key={r.assignmentId} className="facts-row">
                    <dt>{ROLE_LABELS[r.role]}</dt>
                    <dd>
                      {r.name}{' '}
                      <span className="muted">since {formatUkDate(r.from, 'a date not recorded')}</span>
                    </dd>
                  </div>
                ))}
            </dl>
          )}
          {mine.vacancies.length + mine.mismatches.length > 0 && (
            <ul className="issue-list" aria-label={`Named-lead issues at ${settingName}`}>
              {mine.vacancies.map((v) => (
                <li key={`v-${v.role}`}>
                  <StatusBadge tone="red">Vacancy</StatusBadge>{' '}
                  <span className="exception-reason">{v.reason}</span>
                </li>
              ))}
              {mine.mismatches.map((m, i) => (
                <li key={`m-${i}`}>
                  <StatusBadge tone="amber">{LEAD_MISMATCH_LABELS[m.kind]}</StatusBadge>{' '}
                  <span className="exception-reason">{m.reason}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
