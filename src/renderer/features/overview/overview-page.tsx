// The overview: the review dashboard (counts, the exception lists, red / amber / green per setting, the
// next twelve months by term), filtered by phase and policy type, with the named-leads summary and the
// reminders. Every item opens its policy.
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { PHASE_LABELS, PHASES, type Phase, type PolicyType } from '../../../core/vocabulary';
import { formatUkDate } from '../../../core/dates';
import { reviewDashboard } from '../../../core/reviews/dashboard';
import { EMPTY_REMINDER_STATE, runReminders } from '../../../core/reviews/reminders';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { mark } from '../../app/perf';
import { PageHeader, Spinner } from '../../components/page';
import { useReviewData } from '../reviews/shared';
import { policyLeadsOf } from '../../../core/leads/mismatches';
import { ExceptionList, SettingsRag, TermTimeline } from './dashboard-parts';
import { LeadsSummaryCard } from './leads-summary';
import { ReminderList } from './reminder-list';
import '../reviews/reviews.css';
import { PhaseFilter, PolicyTypeFilter, useFilterParams } from '../../components/filters';

export default function OverviewPage() {
  const store = useStore();
  const today = useToday();
  const trust = useLiveQuery(async () => (await store.trust.get()) ?? null, [store]);
  const data = useReviewData(today);
  const reminderState = useLiveQuery(() => store.reviews.reminderState(), [store]);
  const { params, setFilter: setParam } = useFilterParams();
  const phase = (params.get('phase') ?? '') as Phase | '';
  const policyType = (params.get('type') ?? '') as PolicyType | '';

  const dashboard = useMemo(
    () =>
      data
        ? reviewDashboard(data.inputs.settings, data.reviews, today, {
            phase: phase || null,
            policyType: policyType || null,
          })
        : undefined,
    [data, today, phase, policyType],
  );
  const reminders = useMemo(() => {
    if (!data) return [];
    const names = new Map(data.inputs.settings.filter((s) => !s.archived).map((s) => [s.id, s.name]));
    return runReminders(data.reviews, names, reminderState ?? EMPTY_REMINDER_STATE, today).active;
  }, [data, reminderState, today]);

  const policyLeads = useMemo(() => policyLeadsOf(data?.inputs.policies ?? []), [data?.inputs.policies]);

  useEffect(() => {
    if (dashboard) mark('dashboard-rendered');
  }, [dashboard]);

  if (!dashboard || trust === undefined) return <Spinner label="Loading…" />;
  const { counts } = dashboard;
  const active = data!.inputs.settings.filter((s) => !s.archived);
  const byPhase = PHASES.map((p) => ({ phase: p, count: active.filter((s) => s.phase === p).length })).filter(
    (x) => x.count > 0,
  );
  const focus = (id: string) => {
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  };
  const stat = (id: string, title: string, value: number, tone: string, detail: string) => (
    <article className={`card stat stat-card tone-${value > 0 ? tone : 'green'}`}>
      <h2>{title}</h2>
      <p className="stat-figure">{value}</p>
      <button
        type="button"
        className="button-link"
        onClick={() => focus(id)}
        aria-label={`Show the ${title.toLowerCase()} list`}
      >
        {detail}
      </button>
    </article>
  );

  return (
    <>
      <PageHeader title="Overview" description={`${trust?.name ?? ''} · as of ${formatUkDate(today)}`} />
      <div className="toolbar" role="search" aria-label="Filter the dashboard">
        <PhaseFilter value={phase} onChange={(value) => setParam('phase', value)} />
        <PolicyTypeFilter value={policyType} onChange={(value) => setParam('type', value)} />
        <span className="toolbar-count" aria-live="polite">
          {counts.policies} policies in {counts.settings} settings
        </span>
      </div>
      <section className="cards" aria-label="At a glance">
        {stat('overdue', 'Overdue', counts.overdue, 'red', counts.overdue ? 'See which' : 'None overdue')}
        {stat(
          'due-soon',
          'Due soon',
          counts.due_soon,
          'amber',
          counts.due_soon ? 'See which' : 'None due soon',
        )}
        {stat(
          'no-date',
          'No date',
          counts.no_date,
          'amber',
          counts.no_date ? 'See which' : 'Every policy has a date',
        )}
        {stat(
          'cadence',
          'Cadence exceptions',
          counts.cadenceExceptions,
          'amber',
          counts.cadenceExceptions ? 'See which' : 'None',
        )}
        <article className="card stat stat-card tone-blue">
          <h2>Settings</h2>
          <p className="stat-figure">{active.length}</p>
          <p className="muted">
            {byPhase.length === 0
              ? 'None yet.'
              : byPhase.map((x) => `${x.count} ${PHASE_LABELS[x.phase].toLowerCase()}`).join(' · ')}
          </p>
          <Link to="/settings">{active.length === 0 ? 'Add your settings' : 'View settings'}</Link>
        </article>
        <LeadsSummaryCard today={today} policies={policyLeads} />
      </section>
      <div className="dashboard-grid">
        <div>
          <ExceptionList
            id="overdue"
            title="Overdue"
            items={dashboard.overdue}
            empty="No policy is overdue for review."
            reason={(i) => i.review.status.reason}
          />
          <ExceptionList
            id="due-soon"
            title="Due soon"
            items={dashboard.dueSoon}
            empty={`Nothing falls due in the next ${data!.inputs.config.dueSoonDays} days.`}
            reason={(i) => i.review.status.reason}
          />
          <ExceptionList
            id="no-date"
            title="No date"
            items={dashboard.noDate}
            empty="Every policy states or has recorded a review date."
            reason={(i) => i.review.status.reason}
          />
          <ExceptionList
            id="cadence"
            title="Cadence exceptions"
            items={dashboard.cadenceExceptions}
            empty="No policy is reviewed less often than the trust standard."
            reason={(i) => i.review.cadenceException!.reason}
          />
        </div>
        <div>
          <ReminderList reminders={reminders} />
        </div>
      </div>
      <TermTimeline dashboard={dashboard} />
      <SettingsRag settings={dashboard.settings} />
    </>
  );
}
