// Review status as of a date: current, due soon, overdue, or no date (nothing stated and nothing
// recorded: an exception in its own right, never counted as current).
import { assertNever } from '../assert';
import { compareIso, formatUkDate, type IsoDate } from '../dates';
import type { DueDate } from './due-date';
import type { ReviewCycle } from './review-cycle';

export const REVIEW_STATUSES = ['overdue', 'due_soon', 'no_date', 'current'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  overdue: 'Overdue',
  due_soon: 'Due soon',
  no_date: 'No date',
  current: 'Current',
};

export interface ReviewStatusResult {
  status: ReviewStatus;
  nextDue: DueDate | null;
  /** Days from `asOf` to the first day the review falls due (negative once that day has passed). */
  daysToDue: number | null;
  /** Overdue: the first day it counted as overdue (the day after the due span ended). */
  overdueFrom: IsoDate | null;
  /** Due soon: the first day it counted as due soon. */
  dueSoonFrom: IsoDate | null;
  /** The status and why, in words: "Overdue since Sep 2023. The policy states its next review as …" */
  headline: string;
  reason: string;
}

/**
 * The status of a review cycle as of `asOf`. A due span (a month, a term) is due soon from `dueSoonDays`
 * before it starts and overdue only once all of it has passed: "September 2023" is overdue from 1 October.
 */
export function reviewStatus(cycle: ReviewCycle, asOf: IsoDate, dueSoonDays: number): ReviewStatusResult {
  const due = cycle.nextDue;
  if (!due) {
    const headline = 'No review date';
    return {
      status: 'no_date',
      nextDue: null,
      daysToDue: null,
      overdueFrom: null,
      dueSoonFrom: null,
      headline,
      reason: `${headline}: ${lowerFirst(cycle.explanation)}`,
    };
  }
  const timing = timingOf(due, asOf, dueSoonDays);
  return { ...timing, nextDue: due, reason: `${timing.headline}. ${cycle.explanation}` };
}

type Timing = Pick<ReviewStatusResult, 'status' | 'daysToDue' | 'overdueFrom' | 'dueSoonFrom' | 'headline'>;

// Thousands of policies share a few hundred due dates: the day arithmetic and headline of each due date
// on a given day is worked out once.
const TIMINGS = new Map<string, Timing>();

function timingOf(due: DueDate, asOf: IsoDate, dueSoonDays: number): Timing {
  const key = `${due.earliest}|${due.latest}|${due.text}|${due.precision}|${asOf}|${dueSoonDays}`;
  const hit = TIMINGS.get(key);
  if (hit) return hit;
  const daysToDue = dayNumber(due.earliest) - dayNumber(asOf);
  const overdueFrom = isoOfDay(dayNumber(due.latest) + 1);
  const dueSoonFrom = isoOfDay(dayNumber(due.earliest) - Math.max(0, dueSoonDays));
  const status: ReviewStatus =
    compareIso(asOf, due.latest) > 0
      ? 'overdue'
      : compareIso(asOf, dueSoonFrom) >= 0
        ? 'due_soon'
        : 'current';
  const timing: Timing = Object.freeze({
    status,
    daysToDue,
    overdueFrom: status === 'overdue' ? overdueFrom : null,
    dueSoonFrom: status === 'due_soon' ? dueSoonFrom : null,
    headline: headlineOf(status, due, asOf, daysToDue),
  });
  if (TIMINGS.size >= 10_000) TIMINGS.clear();
  TIMINGS.set(key, timing);
  return timing;
}

function headlineOf(status: ReviewStatus, due: DueDate, asOf: IsoDate, daysToDue: number): string {
  switch (status) {
    case 'overdue':
      return `Overdue since ${due.text}`;
    case 'due_soon': {
      if (compareIso(asOf, due.earliest) >= 0)
        return due.precision === 'day' ? 'Due today' : `Due now (${due.text})`;
      const when = due.precision === 'day' ? `on ${formatUkDate(due.earliest)}` : `in ${due.text}`;
      return `Due soon: ${when} (${daysToDue === 1 ? 'in 1 day' : `in ${daysToDue} days`})`;
    }
    case 'current':
      return `Current until ${due.text}`;
    case 'no_date':
      return 'No review date';
    default:
      return assertNever(status, 'review status');
  }
}

/** Days since 1970-01-01 of a full ISO date: whole-day arithmetic with no time zone to shift a day. */
function dayNumber(iso: IsoDate): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000
  );
}

function isoOfDay(day: number): IsoDate {
  const d = new Date(day * 86_400_000);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function lowerFirst(text: string): string {
  return text.length > 0 ? text[0]!.toLowerCase() + text.slice(1) : text;
}
