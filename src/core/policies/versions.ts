// Which of two versions of a policy is the newer: by the dates the documents give, at the precision
// they give them ("September 2023" is before "12/10/2023"? Not knowably: neither is older).
import { firstDayOf, isPartialDate, lastDayOf, type PartialDate } from '../dates';
import type { EffectiveFacts } from './effective';

/** The latest date a document states for itself: approved, last reviewed or written. */
export function documentDate(facts: Pick<EffectiveFacts, 'dates'>): PartialDate | null {
  const dates = [facts.dates.approved, facts.dates.lastReviewed, facts.dates.written].filter(
    (d): d is PartialDate => isPartialDate(d),
  );
  if (dates.length === 0) return null;
  return dates.reduce((a, b) => (lastDayOf(b) > lastDayOf(a) ? b : a));
}

/** True only when `a` is certainly earlier than `b` (the whole of a's period before b's). */
export function isOlderThan(a: PartialDate | null, b: PartialDate | null): boolean {
  if (!a || !b) return false;
  return lastDayOf(a) < firstDayOf(b);
}
