// What the governor report and the screens say about visits as of a day: each setting's latest visit,
// its tally of judgements and its shortfalls.
import type { IsoDate } from '../dates';
import type { SettingId, VisitId } from '../ids';
import type { Finding, Judgement, Visit, VisitAction } from '../model';
import { wasOpenOn } from './actions';
import { byNewest, isShortfall, visitProgress } from './visits';

export interface Shortfall {
  itemId: string;
  section: string;
  text: string;
  judgement: Judgement;
  note: string;
}

export interface VisitSummary {
  visitId: VisitId;
  settingId: SettingId;
  date: IsoDate;
  officer: string;
  counts: Record<Judgement, number>;
  total: number;
  judged: number;
  /** Items judged partly met or not met, in checklist order. */
  shortfalls: Shortfall[];
  /** Actions of this visit open on `asOf`. */
  openActions: number;
}

export function summariseVisit(
  visit: Visit,
  findings: readonly Finding[],
  actions: readonly VisitAction[],
  asOf: IsoDate,
): VisitSummary {
  const own = findings.filter((f) => f.visitId === visit.id);
  const progress = visitProgress(visit, own);
  const byItem = new Map(own.map((f) => [f.itemId, f]));
  const shortfalls: Shortfall[] = [];
  for (const item of visit.items) {
    const f = byItem.get(item.id);
    if (f && f.judgement && isShortfall(f.judgement))
      shortfalls.push({
        itemId: item.id,
        section: item.section,
        text: item.text,
        judgement: f.judgement,
        note: f.note,
      });
  }
  return {
    visitId: visit.id,
    settingId: visit.settingId,
    date: visit.date,
    officer: visit.officer,
    counts: progress.counts,
    total: progress.total,
    judged: progress.judged,
    shortfalls,
    openActions: actions.filter((a) => a.visitId === visit.id && wasOpenOn(a, asOf)).length,
  };
}

/** Each setting's latest completed visit on or before `asOf`, newest first. */
export function latestVisitsAsOf(
  input: { visits: readonly Visit[]; findings: readonly Finding[]; actions: readonly VisitAction[] },
  asOf: IsoDate,
  settingIds?: readonly SettingId[],
): VisitSummary[] {
  const scope = settingIds ? new Set(settingIds) : null;
  const latest = new Map<SettingId, Visit>();
  for (const v of [...input.visits].sort(byNewest)) {
    if (v.status !== 'completed' || v.date > asOf) continue;
    if (scope && !scope.has(v.settingId)) continue;
    if (!latest.has(v.settingId)) latest.set(v.settingId, v);
  }
  return [...latest.values()]
    .sort(byNewest)
    .map((v) => summariseVisit(v, input.findings, input.actions, asOf));
}
