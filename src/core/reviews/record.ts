// Recording a review: what the officer types, checked before anything is written.
import { compareIso, formatUkDate, isIsoDate, type IsoDate } from '../dates';
import { dueDateOf } from './due-date';

export interface ReviewDraft {
  approvedOn: IsoDate | null;
  reviewer: string;
  approvingBody: string;
  meetingDate: IsoDate | null;
  minuteRef: string;
  summary: string;
  /** Optional: a date, a month ("September 2027" typed as 2027-09), a term ("Spring 2027") or an academic year. */
  nextReview: string;
}

export type ReviewDraftErrors = Partial<Record<keyof ReviewDraft, string>>;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Reads a next review as typed: "dd/mm/yyyy", "September 2027" or "Sep 2027", "Spring 2027", "2027/28",
 * or "2027". Returns the value to store (ISO partial date or term) or an error.
 */
export function parseNextReviewInput(
  text: string,
): { ok: true; value: string | null } | { ok: false; error: string } {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return { ok: true, value: null };
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (uk) {
    const iso = `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? { ok: true, value: iso } : { ok: false, error: `${t} is not a real date` };
  }
  const month = /^([a-z]+)\.? (\d{4})$/i.exec(t);
  if (month) {
    const index = MONTHS.findIndex(
      (m) =>
        m === month[1]!.toLowerCase() || (month[1]!.length >= 3 && m.startsWith(month[1]!.toLowerCase())),
    );
    if (index >= 0) return { ok: true, value: `${month[2]}-${String(index + 1).padStart(2, '0')}` };
  }
  const due = dueDateOf(t);
  if (due?.value) return { ok: true, value: due.value };
  return {
    ok: false,
    error: `“${t}” is not a date: use dd/mm/yyyy, a month (September 2027) or a term (Spring 2027)`,
  };
}

export function validateReviewDraft(draft: ReviewDraft, asOf: IsoDate): ReviewDraftErrors {
  const errors: ReviewDraftErrors = {};
  if (!draft.approvedOn) errors.approvedOn = 'Enter the date the policy was approved, as dd/mm/yyyy';
  else if (compareIso(draft.approvedOn, asOf) > 0)
    errors.approvedOn = `The approval date cannot be after today (${formatUkDate(asOf)})`;
  if (draft.meetingDate && compareIso(draft.meetingDate, asOf) > 0)
    errors.meetingDate = `The meeting date cannot be after today (${formatUkDate(asOf)})`;
  if (draft.reviewer.length > 200)
    errors.reviewer = 'The reviewer’s name is too long (200 characters at most)';
  if (draft.approvingBody.length > 200)
    errors.approvingBody = 'The approving body is too long (200 characters at most)';
  if (draft.minuteRef.length > 100)
    errors.minuteRef = 'The minute reference is too long (100 characters at most)';
  if (draft.summary.length > 5000) errors.summary = 'The summary is too long (5,000 characters at most)';
  const next = parseNextReviewInput(draft.nextReview);
  if (!next.ok) errors.nextReview = next.error;
  else if (next.value && draft.approvedOn) {
    const due = dueDateOf(next.value)!;
    if (compareIso(due.latest, draft.approvedOn) <= 0)
      errors.nextReview = 'The next review must fall after the approval date';
  }
  return errors;
}
