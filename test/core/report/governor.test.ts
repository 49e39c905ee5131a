// The governor report model from the sample trust: every figure it shows is the owning feature's own
// figure for the same as-of date, staff are counts unless names are asked for, and the scope and
// sections chosen are the ones built.
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleReportData } from '../../../src/cli/commands/report';
import { leadsOverview } from '../../../src/core/leads/register';
import { buildGovernorReport } from '../../../src/core/report/governor';
import type { ReportData } from '../../../src/core/report/input';
import { findTable, reportTables, type ReportModel } from '../../../src/core/report/model';
import { defaultReportOptions, parseSectionList, validateReportOptions, type ReportOptions } from '../../../src/core/report/options';
import { assessPolicyReviews } from '../../../src/core/reviews/assess';
import { reviewDashboard } from '../../../src/core/reviews/dashboard';
import { computeCompliance } from '../../../src/core/training/compliance';
import { dslTrainingStatus } from '../../../src/core/training/leads';
import { openActionsAsOf } from '../../../src/core/visits/actions';

const AS_OF = '2026-11-21';
const MEETING = '2026-12-09';
let data: ReportData;

beforeAll(async () => {
  data = await sampleReportData(AS_OF);
}, 60_000);

function options(over: Partial<ReportOptions> = {}): ReportOptions {
  return { ...defaultReportOptions(AS_OF), meeting: { name: 'Autumn term trust board', date: MEETING }, ...over };
}

/** Every piece of text in the model, with the owner column of the actions table left out when asked. */
function allText(model: ReportModel, skipOwners = false): string {
  const parts: string[] = [model.title, model.subtitle, ...model.meta.map((m) => `${m.label} ${m.value}`)];
  for (const s of model.sections) {
    parts.push(s.title);
    for (const b of s.blocks) {
      if (b.kind === 'heading') parts.push(b.text);
      else if (b.kind === 'paragraph') parts.push(b.runs.map((r) => r.text).join(''));
      else if (b.kind === 'bullets') parts.push(...b.items.map((i) => i.map((r) => r.text).join('')));
      else if (b.kind === 'figures') parts.push(...b.figures.map((f) => `${f.label} ${f.text} ${f.word}`));
      else if (b.kind === 'chart') parts.push(b.chart.title, b.chart.description, ...b.chart.categories);
      else {
        const owner = skipOwners && b.table.id === 'visits-actions' ? b.table.columns.findIndex((c) => c.label === 'Owner') : -1;
        parts.push(b.table.caption, ...b.table.columns.map((c) => c.label), ...b.table.rows.flatMap((r) => r.filter((_, i) => i !== owner).map((c) => c.text)));
      }
    }
  }
  return parts.join('\n');
}

const column = (model: ReportModel, tableId: string, label: string) => {
  const t = findTable(model, tableId);
  if (!t) throw new Error(`No table ${tableId}`);
  const i = t.columns.findIndex((c) => c.label === label);
  if (i < 0) throw new Error(`No column ${label} in ${tableId}`);
  return t.rows.map((r) => r[i]!);
};

describe('the governor report of the sample trust', () => {
  it('has every section, in order, with the training section on landscape pages', () => {
    const model = buildGovernorReport(data, options());
    expect(model.sections.map((s) => s.title)).toEqual(['Summary', 'Policy reviews', 'Named leads', 'Training', 'Policy comparison', 'Audit visits', 'Method note']);
    expect(model.sections.find((s) => s.id === 'training')!.orientation).toBe('landscape');
    expect(model.subtitle).toBe('Kestrel Vale Learning Trust: all 6 settings');
    expect(model.organisation).toBe('Kestrel Vale Learning Trust');
    expect(model.meta).toContainEqual({ label: 'Meeting date', value: '9 Dec 2026' });
    expect(model.meta).toContainEqual({ label: 'Staff shown as', value: 'Counts (no names)' });
  });

  it('shows the reviews dashboard’s own counts per setting and in total', () => {
    const model = buildGovernorReport(data, options());
    const active = data.settings.filter((s) => !s.archived);
    const reviews = assessPolicyReviews(
      data.policies.map((p) => ({ policy: p.policy, facts: p.summary.facts })),
      data.reviews,
      AS_OF,
      data.config,
    );
    const dashboard = reviewDashboard(active, reviews, AS_OF);
    const figures = model.sections.find((s) => s.id === 'reviews')!.blocks.find((b) => b.kind === 'figures');
    expect(figures?.kind === 'figures' && figures.figures.find((f) => f.label === 'Overdue')?.value).toBe(dashboard.counts.overdue);
    expect(figures?.kind === 'figures' && figures.figures.find((f) => f.label === 'No review date')?.value).toBe(dashboard.counts.no_date);
    const names = column(model, 'reviews-by-setting', 'Setting').map((c) => c.text);
    const overdue = column(model, 'reviews-by-setting', 'Overdue').map((c) => c.value);
    const noDate = column(model, 'reviews-by-setting', 'No date').map((c) => c.value);
    for (const s of dashboard.settings) {
      const i = names.indexOf(s.name);
      expect(i, s.name).toBeGreaterThanOrEqual(0);
      expect(overdue[i]).toBe(s.counts.overdue);
      expect(noDate[i]).toBe(s.counts.no_date);
    }
    expect(findTable(model, 'reviews-overdue')!.rows).toHaveLength(dashboard.overdue.length);
    expect(findTable(model, 'reviews-no-date')!.rows).toHaveLength(dashboard.noDate.length);
  });

  it('shows training compliance exactly as the training rules work it out, per setting and per course', () => {
    const model = buildGovernorReport(data, options());
    const result = computeCompliance(data, { asOf: AS_OF, expiringDays: data.config.trainingExpiringDays, settingIds: data.settings.map((s) => s.id) });
    const byCourse = column(model, 'training-by-course', 'Compliance').map((c) => c.text);
    expect(byCourse).toEqual(result.courseFigures.map((c) => (c.percentCompliant === null ? '—' : `${c.percentCompliant.toFixed(1)}%`)));
    const settingNames = column(model, 'training-by-setting', 'Setting').map((c) => c.text);
    const settingPct = column(model, 'training-by-setting', 'Compliance').map((c) => c.value);
    for (const s of result.settings) {
      const name = data.settings.find((x) => x.id === s.settingId)!.name;
      expect(settingPct[settingNames.indexOf(name)], name).toBe(s.percentCompliant);
    }
    const overall = model.sections.find((s) => s.id === 'training')!.blocks.find((b) => b.kind === 'figures');
    expect(overall?.kind === 'figures' && overall.figures[0]!.value).toBe(result.overall.percentCompliant);
  });

  it('lists the register’s vacancies and mismatches, and the visits’ open actions', () => {
    const model = buildGovernorReport(data, options());
    const overview = leadsOverview(
      {
        settings: data.settings,
        people: data.people,
        assignments: data.roleAssignments,
        policies: data.policies.map((p) => ({ policyId: p.policy.id, settingId: p.policy.settingId, title: p.policy.title, leads: p.summary.leads })),
        dslTraining: (id) => dslTrainingStatus(id, data.courses, data.completions, AS_OF, data.config.trainingExpiringDays),
      },
      AS_OF,
      data.config,
    );
    expect(findTable(model, 'leads-vacancies')!.rows.map((r) => `${r[0]!.text}|${r[1]!.text}`)).toEqual(overview.vacancies.map((v) => `${v.settingName}|Safeguarding governor`));
    expect(findTable(model, 'leads-mismatches')!.rows).toHaveLength(overview.mismatches.length);
    const open = openActionsAsOf({ visits: data.visits, actions: data.actions, findings: data.findings, settings: data.settings }, AS_OF);
    const named = buildGovernorReport(data, options({ staff: 'names' }));
    expect(findTable(named, 'visits-actions')!.rows.map((r) => [r[1]!.text, r[2]!.text])).toEqual(open.map((a) => [a.text, a.owner]));
    expect(findTable(model, 'visits-actions')!.rows).toHaveLength(open.length);
  });

  it('names no member of staff when staff are counts, and names them when asked', () => {
    const counts = allText(buildGovernorReport(data, options()));
    const named = data.people.filter((p) => counts.includes(p.name)).map((p) => p.name);
    expect(named).toEqual([]);
    const names = buildGovernorReport(data, options({ staff: 'names' }));
    expect(allText(names)).toContain('Marcus Bell');
    expect(names.meta).toContainEqual({ label: 'Staff shown as', value: 'Names (personal data: handle with care)' });
  });

  it('builds one setting’s report from the same engine', () => {
    const setting = data.settings.find((s) => s.name === 'Brookfield Junior School')!;
    const model = buildGovernorReport(data, options({ scope: { kind: 'setting', settingId: setting.id } }));
    expect(model.subtitle).toBe('Brookfield Junior School');
    expect(column(model, 'summary-status', 'Setting').map((c) => c.text)).toEqual(['Brookfield Junior School']);
    expect(column(model, 'training-by-setting', 'Setting').map((c) => c.text)).toEqual(['Brookfield Junior School']);
    for (const t of reportTables(model)) {
      const i = t.columns.findIndex((c) => c.label === 'Setting');
      if (i >= 0) for (const r of t.rows) expect(r[i]!.text, t.id).toBe('Brookfield Junior School');
    }
    expect(findTable(model, 'leads-vacancies')!.rows).toHaveLength(1);
  });

  it('builds chosen settings only, and only the sections chosen', () => {
    const chosen = data.settings.filter((s) => s.phase === 'infant').map((s) => s.id);
    const model = buildGovernorReport(data, options({ scope: { kind: 'settings', settingIds: chosen }, sections: ['method', 'summary'] }));
    expect(model.sections.map((s) => s.id)).toEqual(['summary', 'method']);
    expect(model.subtitle).toBe('Kestrel Vale Learning Trust: 2 settings');
    expect(column(model, 'summary-status', 'Setting').map((c) => c.text).sort()).toEqual(['Brookfield Infant School', "St Cuthbert's CE Infant School"]);
    // With no area sections chosen, the summary still covers every area.
    expect(findTable(model, 'summary-status')!.columns.map((c) => c.label)).toEqual(['Setting', 'Overall', 'Reviews', 'Leads', 'Training', 'Visits', 'Policy content']);
  });

  it('lists training lapsing before the meeting: in date on the as-of date, expiring by the meeting', () => {
    const later = buildGovernorReport(data, options({ meeting: { name: '', date: '2027-03-31' }, staff: 'names' }));
    const rows = findTable(later, 'training-exceptions')!.rows.filter((r) => r[3]!.text === 'Lapsing' || r[3]!.text === 'Expiring');
    expect(rows.length).toBeGreaterThan(0);
    const soon = buildGovernorReport(data, options({ staff: 'names' }));
    const soonRows = findTable(soon, 'training-exceptions')!.rows.filter((r) => r[3]!.text === 'Lapsing' || r[3]!.text === 'Expiring');
    expect(rows.length).toBeGreaterThanOrEqual(soonRows.length);
  });

  it('refuses a setting that is not there', () => {
    expect(() => buildGovernorReport(data, options({ scope: { kind: 'setting', settingId: 'gone' as never } }))).toThrow('no longer exists');
  });
});

describe('report options', () => {
  it('reads a section list and names what it does not know', () => {
    expect(parseSectionList('summary, Reviews,method,summary')).toEqual(['summary', 'reviews', 'method']);
    expect(() => parseSectionList('summary,finance')).toThrow('Unknown section "finance": choose from summary, reviews, leads, training, comparison, visits, method');
    expect(() => parseSectionList(' , ')).toThrow('Choose at least one section');
  });

  it('checks the dates and choices a user typed', () => {
    const o = defaultReportOptions(AS_OF);
    expect(validateReportOptions(o)).toEqual({});
    expect(validateReportOptions({ ...o, meeting: { name: '', date: '2026-11-01' } }).meetingDate).toMatch('before the "as of" date');
    expect(validateReportOptions({ ...o, sections: [] }).sections).toBe('Choose at least one section');
    expect(validateReportOptions({ ...o, scope: { kind: 'settings', settingIds: [] } }).scope).toBe('Choose at least one setting');
  });
});
