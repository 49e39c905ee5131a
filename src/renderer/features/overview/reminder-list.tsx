// The in-app list of review reminders: what is due soon or overdue, and when Oversight first said so.
import { formatUkDate } from '../../../core/dates';
import type { Reminder } from '../../../core/reviews/reminders';
import { StatusBadge } from '../../components/page';
import { PolicyLink } from '../reviews/shared';

export function ReminderList({ reminders }: { reminders: Reminder[] }) {
  const shown = reminders.slice(0, 12);
  return (
    <section className="card" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders ({reminders.length})</h2>
      {reminders.length === 0 ? (
        <p className="muted">Nothing is due soon or overdue.</p>
      ) : (
        <ul className="reminder-list" aria-label="Reminders">
          {shown.map((r) => (
            <li key={r.policyId}>
              <StatusBadge tone={r.status === 'overdue' ? 'red' : 'amber'}>
                {r.status === 'overdue' ? 'Overdue' : 'Due soon'}
              </StatusBadge>{' '}
              {r.settingName}: <PolicyLink review={r} settingName={r.settingName} />{' '}
              <span className="muted">
                {r.headline}. Since {formatUkDate(r.notifiedOn)}.
              </span>
            </li>
          ))}
        </ul>
      )}
      {reminders.length > shown.length && (
        <p className="muted">And {reminders.length - shown.length} more: see the lists.</p>
      )}
    </section>
  );
}
