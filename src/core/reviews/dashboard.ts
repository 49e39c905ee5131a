// The review dashboard: counts and lists of the exceptions (overdue, due soon, no date, cadence
// exceptions), red / amber / green per setting, and the next twelve months by school term. The Overview
// page shows it; the governor report can call it too.
import { addMonthsIso, compareIso, lastDayOf, termOf, type IsoDate, type Term } from '../dates';
import type { SettingId } from '../ids';
import type { Setting } from '../settings';
import type { Phase, PolicyType } from '../vocabulary';
import type { PolicyReview } from './assess';
import type { ReviewStatus } from './status';
import { byName } from '../leads/names';

export interface ReviewFilter {
  phase?: Phase | null;
  policyType?: PolicyType | null;
}

export interface DashboardItem {
  review: PolicyReview;
  settingName: string;
  phase: Phase;
}

export type Rag = 'red' | 'amber' | 'green' | 'grey';
export const RAG_LABELS: Record<Rag, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  grey: 'No policies',
};

export interface SettingRag {
  settingId: SettingId;
  name: string;
  phase: Phase;
  rag: Rag;
  counts: Record<ReviewStatus, number>;
  cadenceExceptions: number;
  /** Why, in words: "2 overdue, 1 with no review date". */
  reason: string;
}

export interface TermBucket {
  term: Term;
  /** The calendar year the term falls in. */
  year: number;
  academicYear: string;
  /** "Spring 2027" */
  label: string;
  /** The part of the term inside the twelve-month window. */
  from: IsoDate;
  to: IsoDate;
  items: DashboardItem[];
}

export interface ReviewDashboard {
  asOf: IsoDate;
  counts: Record<ReviewStatus, number> & { cadenceExceptions: number; policies: number; settings: number };
  overdue: DashboardItem[];
  dueSoon: DashboardItem[];
  noDate: DashboardItem[];
  cadenceExceptions: DashboardItem[];
  settings: SettingRag[];
  timeline: TermBucket[];
}

const TERM_START: Record<Term, number> = { Spring: 1, Summer: 4, Autumn: 9 };
const TERM_END: Record<Term, number> = { Spring: 3, Summer: 8, Autumn: 12 };
const NEXT_TERM: Record<Term, Term> = { Spring: 'Summer', Summer: 'Autumn', Autumn: 'Spring' };

function emptyCounts(): Record<ReviewStatus, number> {
  return { overdue: 0, due_soon: 0, no_date: 0, current: 0 };
}

/** Red: something overdue. Amber: due soon, no date, or a cadence longer than the standard. Green: all in date. */
function ragOf(counts: Record<ReviewStatus, number>, exceptions: number): { rag: Rag; reason: string } {
  const total = counts.overdue + counts.due_soon + counts.no_date + counts.current;
  if (total === 0) return { rag: 'grey', reason: 'No policies' };
  const parts: string[] = [];
  if (counts.overdue) parts.push(`${counts.overdue} overdue`);
  if (counts.due_soon) parts.push(`${counts.due_soon} due soon`);
  if (counts.no_date) parts.push(`${counts.no_date} with no review date`);
  if (exceptions) parts.push(`${exceptions} reviewed less often than the trust standard`);
  if (counts.overdue) return { rag: 'red', reason: parts.join(', ') };
  if (parts.length) return { rag: 'amber', reason: parts.join(', ') };
  return { rag: 'green', reason: total === 1 ? 'Its policy is current' : `All ${total} policies current` };
}

/** The twelve months from `asOf`, term by term. */
export function termWindows(asOf: IsoDate, months = 12): Omit<TermBucket, 'items'>[] {
  const end = addMonthsIso(asOf, months);
  const buckets: Omit<TermBucket, 'items'>[] = [];
  let { term } = termOf(asOf);
  let year = Number(asOf.slice(0, 4));
  for (let i = 0; i < 8; i += 1) {
    const start = `${year}-${String(TERM_START[term]).padStart(2, '0')}-01`;
    if (compareIso(start, end) > 0) break;
    const finish = lastDayOf(`${year}-${String(TERM_END[term]).padStart(2, '0')}`);
    buckets.push({
      term,
      year,
      academicYear: termOf(start).academicYear,
      label: `${term} ${year}`,
      from: compareIso(start, asOf) < 0 ? asOf : start,
      to: compareIso(finish, end) > 0 ? end : finish,
    });
    if (term === 'Autumn') year += 1;
    term = NEXT_TERM[term];
  }
  return buckets;
}

export function matchesFilter(
  review: PolicyReview,
  setting: Pick<Setting, 'phase'>,
  filter: ReviewFilter,
): boolean {
  return (
    (!filter.phase || setting.phase === filter.phase) &&
    (!filter.policyType || review.type === filter.policyType)
  );
}

/**
 * The dashboard as of `asOf`, for active settings only, filtered by phase and policy type. Lists come
 * sorted as an officer reads them: longest overdue first, soonest due first, then by setting.
 */
export function reviewDashboard(
  settings: readonly Setting[],
  reviews: readonly PolicyReview[],
  asOf: IsoDate,
  filter: ReviewFilter = {},
): ReviewDashboard {
  const active = new Map(
    settings.filter((s) => !s.archived && (!filter.phase || s.phase === filter.phase)).map((s) => [s.id, s]),
  );
  const counts = { ...emptyCounts(), cadenceExceptions: 0, policies: 0, settings: active.size };
  const perSetting = new Map<SettingId, { counts: Record<ReviewStatus, number>; exceptions: number }>();
  for (const id of active.keys()) perSetting.set(id, { counts: emptyCounts(), exceptions: 0 });
  const overdue: DashboardItem[] = [];
  const dueSoon: DashboardItem[] = [];
  const noDate: DashboardItem[] = [];
  const exceptions: DashboardItem[] = [];
  const windows = termWindows(asOf);
  const timeline: TermBucket[] = windows.map((w) => ({ ...w, items: [] }));
  const windowEnd = windows.length ? windows[windows.length - 1]!.to : asOf;

  for (const review of reviews) {
    const setting = active.get(review.settingId);
    if (!setting || !matchesFilter(review, setting, filter)) continue;
    const item: DashboardItem = { review, settingName: setting.name, phase: setting.phase };
    const status = review.status.status;
    counts[status] += 1;
    counts.policies += 1;
    const own = perSetting.get(setting.id)!;
    own.counts[status] += 1;
    if (review.cadenceException) {
      counts.cadenceExceptions += 1;
      own.exceptions += 1;
      exceptions.push(item);
    }
    if (status === 'overdue') overdue.push(item);
    else if (status === 'due_soon') dueSoon.push(item);
    else if (status === 'no_date') noDate.push(item);
    const due = review.status.nextDue;
    if ((status === 'current' || status === 'due_soon') && due && compareIso(due.earliest, windowEnd) <= 0) {
      const at = compareIso(due.earliest, asOf) < 0 ? asOf : due.earliest;
      const bucket = timeline.find((b) => compareIso(at, b.from) >= 0 && compareIso(at, b.to) <= 0);
      bucket?.items.push(item);
    }
  }

  const bySetting = (a: DashboardItem, b: DashboardItem) =>
    byName(a.settingName, b.settingName) || byName(a.review.title, b.review.title);
  const byDue = (a: DashboardItem, b: DashboardItem) =>
    compareIso(a.review.status.nextDue!.latest, b.review.status.nextDue!.latest) || bySetting(a, b);
  overdue.sort(byDue);
  dueSoon.sort(byDue);
  noDate.sort(bySetting);
  exceptions.sort(
    (a, b) =>
      b.review.cadenceException!.statedMonths - a.review.cadenceException!.statedMonths || bySetting(a, b),
  );
  for (const bucket of timeline) bucket.items.sort(byDue);

  const rags: SettingRag[] = [...active.values()]
    .map((s) => {
      const own = perSetting.get(s.id)!;
      return {
        settingId: s.id,
        name: s.name,
        phase: s.phase,
        counts: own.counts,
        cadenceExceptions: own.exceptions,
        ...ragOf(own.counts, own.exceptions),
      };
    })
    .sort((a, b) => RAG_ORDER[a.rag] - RAG_ORDER[b.rag] || byName(a.name, b.name));

  return { asOf, counts, overdue, dueSoon, noDate, cadenceExceptions: exceptions, settings: rags, timeline };
}

const RAG_ORDER: Record<Rag, number> = { red: 0, amber: 1, green: 2, grey: 3 };

/** Policies whose review falls due on or before `date` and are not yet overdue as of `asOf`: "due before the next meeting". */
export function dueBefore(reviews: readonly PolicyReview[], date: IsoDate): PolicyReview[] {
  return reviews
    .filter(
      (r) =>
        (r.status.status === 'current' || r.status.status === 'due_soon') &&
        r.status.nextDue &&
        compareIso(r.status.nextDue.earliest, date) <= 0,
    )
    .sort((a, b) => compareIso(a.status.nextDue!.earliest, b.status.nextDue!.earliest));
}
