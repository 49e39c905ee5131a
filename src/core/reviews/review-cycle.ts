// A policy's review record: when it was last approved (and by whom, under which minute), what next review
// the document states or a meeting set, its cadence, and the next due date that follows.
//
// The rules (DOMAIN.md, issue 5):
// - Next due = last approval + cadence, unless a next-review date is stated (in the document) or recorded
//   (set by the meeting that approved it).
// - The cadence is the one the document states, or else the trust standard for the policy's type.
// - A recorded review wins over the document's dates: it is the trust's own record. The one exception is a
//   document that states an approval later than every recorded review (a newer version imported without
//   a review being recorded): then the record is older than the document and the document's dates apply.
// - After a recorded review that set no next date, the next due date counts from the approval date, or
//   from the date the review was due (the trust chooses, `nextDueBasis`). Counting from the due date keeps
//   the cycle's anniversary: a review held late is followed by one due a cycle after the missed date,
//   rolled on a cycle at a time until it falls after the approval.
import type { AppConfig } from '../config';
import { compareIso, formatUkDate, type IsoDate, type PartialDate } from '../dates';
import type { PolicyId, ReviewId, SettingId } from '../ids';
import type { Policy, Review } from '../model';
import type { PolicyType } from '../vocabulary';
import { cadenceWords, durationWords, policyTypeWords } from './cadence';
import { addMonthsToDue, dueDateOf, dueLongText, laterDue, type DueDate } from './due-date';

/** What a policy's current document says: its effective values (what was read, with the user's corrections). */
export interface PolicyReviewFacts {
  approved: PartialDate | null;
  lastReviewed: PartialDate | null;
  nextReview: PartialDate | null;
  /** Only when the document states a cadence. */
  cadenceMonths: number | null;
  approvingBody: string | null;
}

export interface ReviewCycleInput {
  policy: Pick<Policy, 'id' | 'settingId' | 'type' | 'title'>;
  /** null when no document has been read for the policy. */
  facts: PolicyReviewFacts | null;
  /** The policy's recorded reviews, in any order. */
  reviews: readonly Review[];
}

export type ReviewConfig = Pick<AppConfig, 'standardCadenceMonths' | 'nextDueBasis'>;

export interface LastApproval {
  /** As precise as known: a full date for a recorded review, whatever the document gave otherwise. */
  date: string;
  text: string;
  body: string | null;
  minuteRef: string | null;
  reviewer: string | null;
  source: 'recorded' | 'document';
  reviewId: ReviewId | null;
}

export type NextDueSource =
  'stated_next_review' | 'recorded_next_review' | 'approval_plus_cadence' | 'due_date_plus_cadence' | 'none';

export interface ReviewCycle {
  policyId: PolicyId;
  settingId: SettingId;
  type: PolicyType;
  title: string;
  lastApproval: LastApproval | null;
  /** A next review stated in the document or set by the meeting that approved it. */
  statedNextReview: { value: string; text: string; source: 'document' | 'recorded' } | null;
  cadence: { months: number; source: 'stated' | 'standard' };
  standardMonths: number;
  nextDue: DueDate | null;
  nextDueSource: NextDueSource;
  /** How the next due date was reached, in words. */
  explanation: string;
  /** Anything else a reader should know: a date that could not be read, a record older than the document. */
  notes: string[];
  recordedReviews: number;
}

interface Stage {
  /** When this stage began (an approval), null when unknown. */
  at: DueDate | null;
  nextDue: DueDate | null;
  source: NextDueSource;
  explanation: string;
}

function validCadence(months: number | null | undefined): months is number {
  return typeof months === 'number' && Number.isInteger(months) && months > 0 && months <= 240;
}

function bodyWords(body: string | null): string {
  return body ? ` by ${body}` : '';
}

function spanNote(due: DueDate): string {
  switch (due.precision) {
    case 'day':
    case 'span':
      return '';
    case 'month':
      return ` (no day given: due by ${formatUkDate(due.latest)})`;
    case 'term':
      return ` (a term: due by the end of it, ${formatUkDate(due.latest)})`;
    case 'academic_year':
      return ` (an academic year: due by ${formatUkDate(due.latest)})`;
    case 'year':
      return ` (only a year given: due by ${formatUkDate(due.latest)})`;
  }
}

type DocumentStage = Stage & { approval: DueDate | null; stated: DueDate | null; notes: readonly string[] };

// Policies across a trust share a few hundred combinations of stated dates and cadence: each is worked
// out (dates read, explanation written) once. Cached stages are frozen and never changed by callers.
const STAGES = new Map<string, DocumentStage>();

function documentStageOf(
  facts: PolicyReviewFacts | null,
  cadence: ReviewCycle['cadence'],
  type: PolicyType,
): DocumentStage {
  const key = facts
    ? `${facts.approved}|${facts.lastReviewed}|${facts.nextReview}|${facts.approvingBody}|${cadence.months}|${cadence.source}|${type}`
    : `none|${cadence.months}|${cadence.source}|${type}`;
  const hit = STAGES.get(key);
  if (hit) return hit;
  const notes: string[] = [];
  const stage = Object.freeze({ ...documentStage(facts, cadence, type, notes), notes: Object.freeze(notes) });
  if (STAGES.size >= 10_000) STAGES.clear();
  STAGES.set(key, stage);
  return stage;
}

function documentStage(
  facts: PolicyReviewFacts | null,
  cadence: ReviewCycle['cadence'],
  type: PolicyType,
  notes: string[],
): Stage & { approval: DueDate | null; stated: DueDate | null } {
  if (!facts) {
    return {
      at: null,
      approval: null,
      stated: null,
      nextDue: null,
      source: 'none',
      explanation: 'No document has been read for this policy and no review has been recorded.',
    };
  }
  const read = (label: string, value: PartialDate | null): DueDate | null => {
    if (!value) return null;
    const due = dueDateOf(value);
    if (!due) notes.push(`The document’s ${label} “${value}” is not a date Oversight can read.`);
    return due;
  };
  const approved = read('approval date', facts.approved);
  const lastReviewed = read('last review date', facts.lastReviewed);
  const approval = approved && lastReviewed ? laterDue(approved, lastReviewed) : (approved ?? lastReviewed);
  const stated = read('next review date', facts.nextReview);
  if (stated) {
    return {
      at: approval,
      approval,
      stated,
      nextDue: stated,
      source: 'stated_next_review',
      explanation: `The policy states its next review as ${dueLongText(stated)}${spanNote(stated)}.`,
    };
  }
  if (approval) {
    const nextDue = addMonthsToDue(approval, cadence.months);
    const how =
      cadence.source === 'stated'
        ? `it says it is reviewed ${cadenceWords(cadence.months)}`
        : `it states no review date or cadence, and the trust standard for ${policyTypeWords(type)} is ${cadenceWords(cadence.months)}`;
    const what = approval === lastReviewed && approval !== approved ? 'Last reviewed' : 'Approved';
    return {
      at: approval,
      approval,
      stated: null,
      nextDue,
      source: 'approval_plus_cadence',
      explanation: `${what} ${approval.text}${bodyWords(facts.approvingBody)}; ${how}, so the next review is due ${durationWords(cadence.months)} later: ${nextDue.text}${spanNote(nextDue)}.`,
    };
  }
  return {
    at: null,
    approval: null,
    stated: null,
    nextDue: null,
    source: 'none',
    explanation: 'The policy states no approval or review date, and no review has been recorded.',
  };
}

function reviewStage(
  review: Review,
  previousDue: DueDate | null,
  cadence: ReviewCycle['cadence'],
  type: PolicyType,
  config: ReviewConfig,
): Stage {
  const at = dueDateOf(review.approvedOn)!;
  const recorded = `Review recorded: approved ${at.text}${bodyWords(review.approvingBody || null)}${review.minuteRef ? ` (minute ${review.minuteRef})` : ''}.`;
  const cadenceHow =
    cadence.source === 'stated'
      ? `${cadenceWords(cadence.months)}, as the policy states`
      : `${cadenceWords(cadence.months)}, the trust standard for ${policyTypeWords(type)}`;
  const setNext = review.nextReview ? dueDateOf(review.nextReview) : null;
  if (setNext) {
    return {
      at,
      nextDue: setNext,
      source: 'recorded_next_review',
      explanation: `${recorded} The meeting set the next review for ${dueLongText(setNext)}${spanNote(setNext)}.`,
    };
  }
  if (config.nextDueBasis === 'due_date' && previousDue) {
    let next = addMonthsToDue(previousDue, cadence.months);
    let cycles = 1;
    // A review held late: roll on a cycle at a time until the due date falls after the approval.
    while (compareIso(next.latest, at.earliest) <= 0 && cycles < 1000) {
      next = addMonthsToDue(next, cadence.months);
      cycles += 1;
    }
    const rolled = cycles > 1 ? `, rolled on ${cycles} cycles to the first due date after the approval` : '';
    return {
      at,
      nextDue: next,
      source: 'due_date_plus_cadence',
      explanation: `${recorded} The next review counts from the date this one was due (${previousDue.text}), ${cadenceHow}${rolled}: ${next.text}${spanNote(next)}.`,
    };
  }
  const next = addMonthsToDue(at, cadence.months);
  const fallback =
    config.nextDueBasis === 'due_date'
      ? ' No earlier due date is known, so it counts from the approval date.'
      : '';
  return {
    at,
    nextDue: next,
    source: 'approval_plus_cadence',
    explanation: `${recorded}${fallback} The next review is due ${durationWords(cadence.months)} after the approval (${cadenceHow}): ${next.text}.`,
  };
}

function byApproval(a: Review, b: Review): number {
  return compareIso(a.approvedOn, b.approvedOn) || compareIso(a.createdAt, b.createdAt);
}

/** The review record of one policy. Pure: reviews after a given date are the caller's to leave out. */
export function reviewCycleOf(input: ReviewCycleInput, config: ReviewConfig): ReviewCycle {
  const { policy, facts } = input;
  const notes: string[] = [];
  const standardMonths = validCadence(config.standardCadenceMonths[policy.type])
    ? config.standardCadenceMonths[policy.type]
    : 12;
  const cadence: ReviewCycle['cadence'] = validCadence(facts?.cadenceMonths)
    ? { months: facts!.cadenceMonths!, source: 'stated' }
    : { months: standardMonths, source: 'standard' };
  const doc = documentStageOf(facts, cadence, policy.type);
  notes.push(...doc.notes);
  const reviews = input.reviews
    .filter((r) => r.policyId === policy.id && dueDateOf(r.approvedOn)?.precision === 'day')
    .sort(byApproval);
  const latest = reviews[reviews.length - 1];
  const base = {
    policyId: policy.id,
    settingId: policy.settingId,
    type: policy.type,
    title: policy.title,
    cadence,
    standardMonths,
    notes,
    recordedReviews: reviews.length,
  };

  const documentWins =
    !latest || (doc.approval !== null && compareIso(doc.approval.earliest, latest.approvedOn) > 0);
  if (documentWins) {
    if (latest && doc.approval) {
      notes.push(
        `A review was recorded on ${formatUkDate(latest.approvedOn)}, but the current document states a later approval (${doc.approval.text}), so the document’s dates are used.`,
      );
    }
    return {
      ...base,
      lastApproval: doc.approval
        ? {
            date: doc.approval.value ?? doc.approval.earliest,
            text: doc.approval.text,
            body: facts?.approvingBody ?? null,
            minuteRef: null,
            reviewer: null,
            source: 'document',
            reviewId: null,
          }
        : null,
      statedNextReview: doc.stated
        ? { value: doc.stated.value ?? doc.stated.text, text: doc.stated.text, source: 'document' }
        : null,
      nextDue: doc.nextDue,
      nextDueSource: doc.source,
      explanation: doc.explanation,
    };
  }

  // Walk the approvals in order (the document's, when it is older than a recorded review, comes first),
  // so each review knows the date it was due.
  let due: DueDate | null = doc.nextDue;
  let stage: Stage = doc;
  for (const review of reviews) {
    if (doc.approval && compareIso(review.approvedOn, doc.approval.earliest) < 0) continue;
    stage = reviewStage(review, due, cadence, policy.type, config);
    due = stage.nextDue;
  }
  const setNext = latest.nextReview ? dueDateOf(latest.nextReview) : null;
  if (latest.nextReview && !setNext)
    notes.push(
      `The next review set at the last recorded review (“${latest.nextReview}”) is not a date Oversight can read.`,
    );
  return {
    ...base,
    lastApproval: {
      date: latest.approvedOn,
      text: formatUkDate(latest.approvedOn),
      body: latest.approvingBody || null,
      minuteRef: latest.minuteRef || null,
      reviewer: latest.reviewer || null,
      source: 'recorded',
      reviewId: latest.id,
    },
    statedNextReview: setNext
      ? { value: setNext.value ?? setNext.text, text: setNext.text, source: 'recorded' }
      : null,
    nextDue: stage.nextDue,
    nextDueSource: stage.source,
    explanation: stage.explanation,
  };
}

/** Recorded reviews that had happened by `asOf` (status "as of" a past date ignores later ones). */
export function reviewsAsOf(reviews: readonly Review[], asOf: IsoDate): Review[] {
  return reviews.filter((r) => compareIso(r.approvedOn, asOf) <= 0);
}
