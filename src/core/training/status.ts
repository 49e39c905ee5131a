// The status of one required course for one person, as of a date (DOMAIN.md "Training"): valid,
// expiring (inside the warning window), expired or missing. Pure: the date is always passed in.
import { addDaysIso, addMonthsIso, type IsoDate } from '../dates';
import { assertNever } from '../assert';

export const TRAINING_STATUSES = ['valid', 'expiring', 'expired', 'missing'] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

export const TRAINING_STATUS_LABELS: Record<TrainingStatus, string> = {
  valid: 'Valid',
  expiring: 'Expiring',
  expired: 'Expired',
  missing: 'Missing',
};

/** Valid and expiring training both count as compliant: the person is trained today. */
export function isCompliant(status: TrainingStatus): boolean {
  switch (status) {
    case 'valid':
    case 'expiring':
      return true;
    case 'expired':
    case 'missing':
      return false;
    default:
      return assertNever(status, 'training status');
  }
}

export interface CourseStatus {
  status: TrainingStatus;
  /** The latest completion on or before `asOf`. */
  lastCompleted: IsoDate | null;
  /** The last day the training counts; null for once-only courses and for missing training. */
  expiresOn: IsoDate | null;
}

/**
 * When training done on `completedOn` stops counting: the same day `validityMonths` later, clamped to
 * the month's end (31 Aug + 6 months = 28 Feb, or 29 Feb in a leap year). It still counts on that day.
 */
export function expiryDate(completedOn: IsoDate, validityMonths: number): IsoDate {
  return addMonthsIso(completedOn, validityMonths);
}

/** The dates the status rules compare against, worked out once per `asOf` and window. */
export interface StatusClock {
  asOf: IsoDate;
  expiringDays: number;
  /** Training expiring on or before this day is "expiring". */
  warnUntil: IsoDate;
  /** Memoised expiry dates: thousands of people share a few hundred completion dates. */
  expiry(completedOn: IsoDate, validityMonths: number): IsoDate;
}

export function statusClock(asOf: IsoDate, expiringDays: number): StatusClock {
  if (!Number.isInteger(expiringDays) || expiringDays < 0)
    throw new Error(`The expiring window must be a whole number of days, not ${expiringDays}`);
  // One map per validity, keyed by the completion date: no key strings to build in the hot loop.
  const caches = new Map<number, Map<IsoDate, IsoDate>>();
  return {
    asOf,
    expiringDays,
    warnUntil: addDaysIso(asOf, expiringDays),
    expiry(completedOn, validityMonths) {
      let cache = caches.get(validityMonths);
      if (cache === undefined) {
        cache = new Map();
        caches.set(validityMonths, cache);
      }
      let value = cache.get(completedOn);
      if (value === undefined) {
        value = expiryDate(completedOn, validityMonths);
        cache.set(completedOn, value);
      }
      return value;
    },
  };
}

/**
 * The status given the latest completion on or before `asOf` (null when none). A once-only course
 * (validity null) done at any time stays valid; others expire `validityMonths` after completion.
 */
export function statusFromLatest(
  lastCompleted: IsoDate | null,
  validityMonths: number | null,
  clock: StatusClock,
): CourseStatus {
  if (lastCompleted === null) return { status: 'missing', lastCompleted: null, expiresOn: null };
  if (validityMonths === null) return { status: 'valid', lastCompleted, expiresOn: null };
  const expiresOn = clock.expiry(lastCompleted, validityMonths);
  // ISO dates compare as strings.
  const status: TrainingStatus =
    expiresOn < clock.asOf ? 'expired' : expiresOn <= clock.warnUntil ? 'expiring' : 'valid';
  return { status, lastCompleted, expiresOn };
}

/** The latest of `dates` on or before `asOf`: a completion recorded after the date asked about does not count yet. */
export function latestOnOrBefore(dates: Iterable<IsoDate>, asOf: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const d of dates) if (d <= asOf && (latest === null || d > latest)) latest = d;
  return latest;
}

/** Convenience for one person and one course. */
export function courseStatus(
  completedOn: Iterable<IsoDate>,
  validityMonths: number | null,
  asOf: IsoDate,
  expiringDays: number,
): CourseStatus {
  return statusFromLatest(
    latestOnOrBefore(completedOn, asOf),
    validityMonths,
    statusClock(asOf, expiringDays),
  );
}
