// The review dashboard's parts: exception lists, red / amber / green per setting, the term timeline.
import { useState } from 'react';
import { Link } from 'react-router';
import type { DashboardItem, ReviewDashboard, SettingRag, TermBucket } from '../../../core/reviews/dashboard';
import { RAG_LABELS } from '../../../core/reviews/dashboard';
import { formatUkDate } from '../../../core/dates';
import { PHASE_LABELS } from '../../../core/vocabulary';
import { StatusBadge } from '../../components/page';
import { PolicyLink, ReviewStatusBadge } from '../reviews/shared';

const FIRST = 10;

export function ExceptionList({
  id,
  title,
  items,
  empty,
  reason,
}: {
  id: string;
  title: string;
  items: DashboardItem[];
  empty: string;
  reason: (item: DashboardItem) => string;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section className="card" id={id} aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <h2 id={`${id}-heading`}>
        {title} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="exception-list" aria-label={title}>
          {shown.map((item) => (
            <li key={item.review.policyId}>
              <span className="exception-title">
                <ReviewStatusBadge review={item.review} />
                <strong>{item.settingName}</strong>
                <PolicyLink review={item.review} settingName={item.settingName} />
              </span>
              <p className="exception-reason">{reason(item)}</p>
            </li>
          ))}
        </ul>
      )}
      {items.length > FIRST && (
        <button type="button" className="button-link show-more" onClick={() => setAll((v) => !v)}>
          {all ? `Show the first ${FIRST}` : `Show all ${items.length} ${title.toLowerCase()}`}
        </button>
      )}
    </section>
  );
}

export function SettingsRag({ settings }: { settings: SettingRag[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? settings : settings.slice(0, 25);
  return (
    <section className="card" aria-labelledby="rag-heading">
      <h2 id="rag-heading">Settings by review status</h2>
      <table className="table rag-table" aria-label="Settings by review status">
        <thead>
          <tr>
            <th scope="col">Setting</th>
            <th scope="col">Phase</th>
            <th scope="col">Status</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.settingId}>
              <th scope="row">
                <Link to={`/settings/${s.settingId}`}>{s.name}</Link>
              </th>
              <td>{PHASE_LABELS[s.phase]}</td>
              <td>
                <StatusBadge tone={s.rag}>{RAG_LABELS[s.rag]}</StatusBadge>
              </td>
              <td className="reason">{s.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {settings.length > 25 && (
        <button type="button" className="button-link show-more" onClick={() => setAll((v) => !v)}>
          {all ? 'Show the first 25 settings' : `Show all ${settings.length} settings`}
        </button>
      )}
    </section>
  );
}

function Term({ bucket }: { bucket: TermBucket }) {
  const [all, setAll] = useState(false);
  const shown = all ? bucket.items : bucket.items.slice(0, 6);
  return (
    <section className="term" aria-label={`${bucket.label}: ${bucket.items.length} due`}>
      <h3>{bucket.label}</h3>
      <p className="term-meta">
        {formatUkDate(bucket.from)} to {formatUkDate(bucket.to)} · {bucket.academicYear}
      </p>
      <p className="term-count">{bucket.items.length}</p>
      <ul>
        {shown.map((item) => (
          <li key={item.review.policyId}>
            <PolicyLink review={item.review} settingName={item.settingName} />{' '}
            <span className="muted">
              {item.settingName}, {item.review.status.nextDue?.text}
            </span>
          </li>
        ))}
      </ul>
      {bucket.items.length > 6 && (
        <button type="button" className="button-link show-more" onClick={() => setAll((v) => !v)}>
          {all ? 'Show fewer' : `Show all ${bucket.items.length}`}
        </button>
      )}
    </section>
  );
}

export function TermTimeline({ dashboard }: { dashboard: ReviewDashboard }) {
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Reviews due in the next 12 months, by term</h2>
      <div className="timeline">
        {dashboard.timeline.map((b) => (
          <Term key={b.label} bucket={b} />
        ))}
      </div>
    </section>
  );
}
