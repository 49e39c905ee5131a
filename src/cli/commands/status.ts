// `oversight status`: review statuses, vacancies and lead mismatches of every setting in a backup, as of
// a date. The same core rules as the app's dashboard and leads register.
import { parseArgs } from 'node:util';
import { formatUkDate } from '../../core/dates';
import { REVIEW_STATUS_LABELS } from '../../core/reviews/status';
import { assessPolicyReviews } from '../../core/reviews/assess';
import { reviewDashboard } from '../../core/reviews/dashboard';
import { leadsOverview } from '../../core/leads/register';
import { policyLeadsOf } from '../../core/leads/mismatches';
import { ROLE_LABELS, PHASE_LABELS } from '../../core/vocabulary';
import { dslTrainingLookup } from '../../core/training/leads';
import { upgradeSnapshot } from '../../data/backup/snapshot';
import { statusDataFromSnapshot } from '../../data/status-source';
import { UsageError, type Command } from '../io';
import { asOfOption, readBackupFile } from '../inputs';
import { byName } from '../../core/leads/names';

export const statusCommand: Command = {
  name: 'status',
  summary: 'Review status of every policy, vacancies and lead mismatches, per setting, from a backup',
  usage: `oversight status --data FILE [--as-of YYYY-MM-DD] [--json]

  --data FILE     an Oversight backup (.oversight)
  --as-of DATE    the date statuses are computed on (default: today)
  --json          print JSON: per setting, each policy's status, last approval, next due date and the
                  reason; vacancies; mismatches; and the trust-wide counts`,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        data: { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    if (!values.data) throw new UsageError('--data FILE is required');
    const asOf = asOfOption(values['as-of'], io);
    const decoded = await readBackupFile(io, values.data, 'is not a backup Oversight can read');
    const data = statusDataFromSnapshot(upgradeSnapshot(decoded.snapshot).tables);
    const { config } = data;

    const reviews = assessPolicyReviews(
      data.policies.map(({ policy, summary }) => ({ policy, facts: summary.facts })),
      data.reviews,
      asOf,
      config,
    );
    const dashboard = reviewDashboard(data.settings, reviews, asOf);
    const dslTraining =
      data.completions.length > 0
        ? dslTrainingLookup(data.courses, data.completions, asOf, config.trainingExpiringDays)
        : undefined;
    const leads = leadsOverview(
      {
        settings: data.settings,
        people: data.people,
        assignments: data.roleAssignments,
        policies: policyLeadsOf(data.policies),
        dslTraining,
      },
      asOf,
      config,
    );
    const rags = new Map(dashboard.settings.map((s) => [s.settingId, s]));
    const bySetting = new Map<string, typeof reviews>();
    for (const r of reviews) bySetting.set(r.settingId, [...(bySetting.get(r.settingId) ?? []), r]);

    const settings = leads.settings.map((s) => {
      const rag = rags.get(s.settingId)!;
      return {
        id: s.settingId,
        name: s.name,
        phase: s.phase,
        rag: rag.rag,
        rag_reason: rag.reason,
        policies: (bySetting.get(s.settingId) ?? [])
          .sort((a, b) => byName(a.title, b.title))
          .map((r) => ({
            id: r.policyId,
            title: r.title,
            type: r.type,
            status: r.status.status,
            last_approval: r.cycle.lastApproval
              ? {
                  date: r.cycle.lastApproval.date,
                  body: r.cycle.lastApproval.body,
                  minute_ref: r.cycle.lastApproval.minuteRef,
                  source: r.cycle.lastApproval.source,
                }
              : null,
            next_due: r.status.nextDue
              ? (r.status.nextDue.value ?? {
                  earliest: r.status.nextDue.earliest,
                  latest: r.status.nextDue.latest,
                })
              : null,
            next_due_text: r.status.nextDue?.text ?? null,
            cadence_months: r.cycle.cadence.months,
            cadence_source: r.cycle.cadence.source,
            cadence_exception: r.cadenceException?.reason ?? null,
            reason: r.status.reason,
          })),
        vacancies: s.vacancies.map((v) => ({ role: v.role, reason: v.reason })),
        mismatches: s.mismatches.map((m) => ({
          kind: m.kind,
          role: m.role,
          name: m.name,
          policy: m.policyTitle,
          reason: m.reason,
        })),
      };
    });
    const counts = {
      settings: settings.length,
      policies: dashboard.counts.policies,
      overdue: dashboard.counts.overdue,
      due_soon: dashboard.counts.due_soon,
      no_date: dashboard.counts.no_date,
      current: dashboard.counts.current,
      cadence_exceptions: dashboard.counts.cadenceExceptions,
      vacancies: leads.counts.vacancies,
      mismatches: leads.counts.mismatches,
      settings_red: dashboard.settings.filter((s) => s.rag === 'red').length,
      settings_amber: dashboard.settings.filter((s) => s.rag === 'amber').length,
      settings_green: dashboard.settings.filter((s) => s.rag === 'green').length,
    };

    if (values.json) {
      io.stdout(`${JSON.stringify({ as_of: asOf, trust: data.trustName, counts, settings }, null, 2)}\n`);
      return 0;
    }
    const lines = [
      `${data.trustName}: policy reviews and named leads as of ${formatUkDate(asOf)}`,
      `${counts.settings} settings, ${counts.policies} policies: ${counts.overdue} overdue, ${counts.due_soon} due soon, ${counts.no_date} with no date, ${counts.current} current; ${counts.cadence_exceptions} cadence exceptions; ${counts.vacancies} vacancies; ${counts.mismatches} mismatches`,
    ];
    for (const s of settings) {
      lines.push('', `${s.name} (${PHASE_LABELS[s.phase]}): ${s.rag.toUpperCase()}, ${s.rag_reason}`);
      for (const p of s.policies) {
        lines.push(
          `  ${REVIEW_STATUS_LABELS[p.status].padEnd(8)}  ${p.title}: ${p.reason}${p.cadence_exception ? ` Cadence exception: ${p.cadence_exception}` : ''}`,
        );
      }
      for (const v of s.vacancies) lines.push(`  VACANCY   ${ROLE_LABELS[v.role]}: ${v.reason}`);
      for (const m of s.mismatches) lines.push(`  MISMATCH  ${m.reason}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  },
};
