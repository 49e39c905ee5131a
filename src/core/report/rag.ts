// Red / amber / green per setting for the report's summary: one status per area, from the area's own
// results, and the worst of them overall. The rules are the report's (stated in its method note); the
// reviews area uses the reviews dashboard's own red / amber / green unchanged.
import type { SettingId } from '../ids';
import type { Setting } from '../settings';
import type { AreaId, ReportAnalysis } from './analysis';
import { plural } from './blocks';
import type { ReportTone } from './model';
import type { RagThresholds } from './options';
import { formatPercent } from '../training/percent';

export type Rag = 'red' | 'amber' | 'green' | 'grey';

export const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', grey: 'No data' };
const ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, grey: 3 };

export interface AreaStatus {
  rag: Rag;
  /** A few words that say why: "1 overdue", "87%", "No visit". */
  text: string;
}

export interface SettingStatus {
  setting: Setting;
  overall: Rag;
  areas: Partial<Record<AreaId, AreaStatus>>;
}

export const AREA_LABELS: Record<AreaId, string> = {
  reviews: 'Reviews',
  leads: 'Leads',
  training: 'Training',
  visits: 'Visits',
  comparison: 'Policy content',
};

export function toneOf(rag: Rag): ReportTone {
  return rag;
}

export function worst(rags: Rag[]): Rag {
  const real = rags.filter((r) => r !== 'grey');
  if (real.length === 0) return 'grey';
  return real.sort((a, b) => ORDER[a] - ORDER[b])[0]!;
}

export function byRag(a: Rag, b: Rag): number {
  return ORDER[a] - ORDER[b];
}

export function settingStatuses(analysis: ReportAnalysis, thresholds: RagThresholds): SettingStatus[] {
  const reviews = new Map((analysis.reviews?.dashboard.settings ?? []).map((s) => [s.settingId, s]));
  const leads = new Map((analysis.leads?.settings ?? []).map((s) => [s.settingId, s]));
  const training = new Map((analysis.training?.settings ?? []).map((s) => [s.settingId, s]));
  const visits = new Map((analysis.visits?.latest ?? []).map((v) => [v.settingId, v]));
  const open = new Map<SettingId, { open: number; overdue: number }>();
  for (const a of analysis.visits?.open ?? []) {
    const n = open.get(a.settingId) ?? { open: 0, overdue: 0 };
    n.open += 1;
    if (a.overdue) n.overdue += 1;
    open.set(a.settingId, n);
  }
  const content = new Map<SettingId, { gaps: number; stale: number; policies: number }>();
  for (const t of analysis.comparison?.types ?? []) {
    for (const row of t.currency.rows) {
      const c = content.get(row.settingId) ?? { gaps: 0, stale: 0, policies: 0 };
      if (row.policyId) c.policies += 1;
      c.gaps += row.missingRequired.length;
      c.stale += row.stale.length;
      content.set(row.settingId, c);
    }
  }

  return analysis.settings
    .map((setting) => {
      const areas: Partial<Record<AreaId, AreaStatus>> = {};
      if (analysis.reviews) {
        // The dashboard's own colour and its own words for why.
        const r = reviews.get(setting.id);
        areas.reviews = r ? { rag: r.rag, text: r.reason } : { rag: 'grey', text: 'No policies' };
      }
      if (analysis.leads) {
        const l = leads.get(setting.id);
        const vacancies = l?.vacancies.length ?? 0;
        const mismatches = l?.mismatches.length ?? 0;
        areas.leads = vacancies ? { rag: 'red', text: `${vacancies} vacant` } : mismatches ? { rag: 'amber', text: `${mismatches} to check` } : { rag: 'green', text: 'In place' };
      }
      if (analysis.training) {
        const t = training.get(setting.id);
        const pct = t?.percentCompliant ?? null;
        areas.training =
          pct === null
            ? { rag: 'grey', text: 'No records' }
            : { rag: pct < thresholds.trainingRedBelow ? 'red' : pct < thresholds.trainingAmberBelow ? 'amber' : 'green', text: `${formatPercent(pct)}` };
      }
      if (analysis.visits) {
        const v = visits.get(setting.id);
        const o = open.get(setting.id) ?? { open: 0, overdue: 0 };
        const notMet = v?.counts.not_met ?? 0;
        if (o.overdue) areas.visits = { rag: 'red', text: `${o.overdue} overdue` };
        else if (notMet) areas.visits = { rag: 'red', text: `${notMet} not met` };
        else if (o.open) areas.visits = { rag: 'amber', text: `${o.open} open` };
        else if ((v?.counts.partly ?? 0) > 0) areas.visits = { rag: 'amber', text: `${v!.counts.partly} partly met` };
        else if (v) areas.visits = { rag: 'green', text: 'Actions closed' };
        else areas.visits = { rag: 'grey', text: 'No visit' };
      }
      if (analysis.comparison) {
        const c = content.get(setting.id);
        if (!c || c.policies === 0) areas.comparison = { rag: 'grey', text: 'No policy' };
        else if (c.gaps || c.stale) areas.comparison = { rag: 'amber', text: [c.gaps ? plural(c.gaps, 'gap') : '', c.stale ? `${c.stale} stale` : ''].filter(Boolean).join(', ') };
        else areas.comparison = { rag: 'green', text: 'Fits framework' };
      }
      const overall = worst(Object.values(areas).map((a) => a.rag));
      return { setting, overall, areas };
    })
    .sort((a, b) => byRag(a.overall, b.overall) || a.setting.name.localeCompare(b.setting.name, 'en-GB'));
}

/** A compliance percentage as the training screens print it (one decimal place). */
export { formatPercent };
