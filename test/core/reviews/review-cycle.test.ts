import { describe, expect, it } from 'vitest';
import { assessPolicyReview } from '../../../src/core/reviews/assess';
import { reviewCycleOf } from '../../../src/core/reviews/review-cycle';
import { facts, policyInput, review, STANDARD } from './fixtures';

const statusOn = (input: ReturnType<typeof policyInput>, asOf: string, config = STANDARD) =>
  assessPolicyReview(input, asOf, config).status;

describe('status from a stated next review (a full date)', () => {
  const input = policyInput(facts({ approved: '2025-12-10', nextReview: '2026-12-10' }));
  it('is current until the due-soon window opens (28 days before)', () => {
    expect(statusOn(input, '2026-11-11').status).toBe('current');
    expect(statusOn(input, '2026-11-11').headline).toBe('Current until 10 Dec 2026');
  });
  it('is due soon from 28 days before, through the due day itself', () => {
    expect(statusOn(input, '2026-11-12')).toMatchObject({
      status: 'due_soon',
      daysToDue: 28,
      headline: 'Due soon: on 10 Dec 2026 (in 28 days)',
    });
    expect(statusOn(input, '2026-12-09').headline).toBe('Due soon: on 10 Dec 2026 (in 1 day)');
    expect(statusOn(input, '2026-12-10')).toMatchObject({ status: 'due_soon', headline: 'Due today' });
  });
  it('is overdue from the day after', () => {
    expect(statusOn(input, '2026-12-11')).toMatchObject({
      status: 'overdue',
      overdueFrom: '2026-12-11',
      headline: 'Overdue since 10 Dec 2026',
    });
  });
  it('follows a configured due-soon window', () => {
    expect(statusOn(input, '2026-11-12', { ...STANDARD, dueSoonDays: 7 }).status).toBe('current');
    expect(statusOn(input, '2026-12-03', { ...STANDARD, dueSoonDays: 7 }).status).toBe('due_soon');
    expect(statusOn(input, '2026-12-10', { ...STANDARD, dueSoonDays: 0 }).status).toBe('due_soon');
    expect(statusOn(input, '2026-12-09', { ...STANDARD, dueSoonDays: 0 }).status).toBe('current');
  });
});

describe('a next review stated as a month ("September 2023")', () => {
  const input = policyInput(facts({ lastReviewed: '2022-09', nextReview: '2023-09' }));
  it('is due in that month: due soon from 28 days before it starts, overdue once it has ended', () => {
    expect(statusOn(input, '2023-08-03').status).toBe('current');
    expect(statusOn(input, '2023-08-04').status).toBe('due_soon');
    expect(statusOn(input, '2023-09-30')).toMatchObject({
      status: 'due_soon',
      headline: 'Due now (Sep 2023)',
    });
    expect(statusOn(input, '2023-10-01')).toMatchObject({ status: 'overdue', overdueFrom: '2023-10-01' });
  });
  it('says so in words, keeping the precision the text gave', () => {
    const s = statusOn(input, '2026-11-21');
    expect(s.headline).toBe('Overdue since Sep 2023');
    expect(s.reason).toBe(
      'Overdue since Sep 2023. The policy states its next review as September 2023 (no day given: due by 30 Sep 2023).',
    );
    expect(s.nextDue).toMatchObject({ value: '2023-09', earliest: '2023-09-01', latest: '2023-09-30' });
  });
});

describe('next due = last approval + cadence when no next review is stated', () => {
  it('uses the trust standard for the type when the policy states no cadence', () => {
    const review = assessPolicyReview(
      policyInput(facts({ approved: '2021-11-17', approvingBody: 'FGB' })),
      '2026-11-21',
      STANDARD,
    );
    expect(review.cycle.cadence).toEqual({ months: 12, source: 'standard' });
    expect(review.cycle.nextDue?.value).toBe('2022-11-17');
    expect(review.cycle.lastApproval).toMatchObject({ date: '2021-11-17', body: 'FGB', source: 'document' });
    expect(review.status.status).toBe('overdue');
    expect(review.status.reason).toBe(
      'Overdue since 17 Nov 2022. Approved 17 Nov 2021 by FGB; it states no review date or cadence, and the trust standard for social media policies is every year, so the next review is due a year later: 17 Nov 2022.',
    );
    expect(review.cadenceException).toBeNull();
  });

  it('uses the standard of the policy’s own type (configurable)', () => {
    const other = policyInput(facts({ approved: '2025-12-10' }), [], 'other');
    expect(assessPolicyReview(other, '2026-11-21', STANDARD).cycle.nextDue?.value).toBe('2027-12-10');
    const annualOther = {
      ...STANDARD,
      standardCadenceMonths: { ...STANDARD.standardCadenceMonths, other: 12 },
    };
    expect(assessPolicyReview(other, '2026-11-21', annualOther).status.status).toBe('due_soon');
  });

  it('uses a stated cadence, and flags one longer than the standard as an exception', () => {
    const review = assessPolicyReview(
      policyInput(facts({ approved: '2024-03-01', cadenceMonths: 36 })),
      '2026-11-21',
      STANDARD,
    );
    expect(review.cycle.nextDue?.value).toBe('2027-03-01');
    expect(review.status.status).toBe('current');
    expect(review.cadenceException).toEqual({
      statedMonths: 36,
      standardMonths: 12,
      reason:
        'Reviewed every three years, longer than the trust standard (every year) for social media policies.',
    });
  });

  it('counts from the later of the approval and last review dates', () => {
    const cycle = reviewCycleOf(
      policyInput(facts({ approved: '2022-01-10', lastReviewed: '2025-10' })),
      STANDARD,
    );
    expect(cycle.lastApproval?.date).toBe('2025-10');
    expect(cycle.nextDue?.value).toBe('2026-10');
    expect(cycle.explanation).toMatch(/^Last reviewed Oct 2025; /);
  });

  it('keeps a year as a year, and a year plus 18 months as the span it can mean', () => {
    const year = assessPolicyReview(policyInput(facts({ approved: '2021' })), '2022-12-31', STANDARD);
    expect(year.cycle.nextDue).toMatchObject({ value: '2022', earliest: '2022-01-01', latest: '2022-12-31' });
    expect(year.status.status).toBe('due_soon');
    expect(
      assessPolicyReview(policyInput(facts({ approved: '2021' })), '2023-01-01', STANDARD).status.headline,
    ).toBe('Overdue since 2022');
    const span = reviewCycleOf(policyInput(facts({ approved: '2021', cadenceMonths: 18 })), STANDARD);
    expect(span.nextDue).toMatchObject({
      value: null,
      precision: 'span',
      earliest: '2022-07-01',
      latest: '2023-06-30',
      text: 'Jul 2022 to Jun 2023',
    });
  });
});

describe('no date', () => {
  it('is its own status when nothing is stated or recorded, and never current', () => {
    for (const asOf of ['1990-01-01', '2026-11-21', '2099-12-31']) {
      const s = statusOn(policyInput(facts()), asOf);
      expect(s.status).toBe('no_date');
      expect(s.reason).toBe(
        'No review date: the policy states no approval or review date, and no review has been recorded.',
      );
    }
  });
  it('covers a policy whose document has not been read', () => {
    expect(statusOn(policyInput(null), '2026-11-21')).toMatchObject({ status: 'no_date', nextDue: null });
  });
  it('a cadence alone gives no date', () => {
    expect(statusOn(policyInput(facts({ cadenceMonths: 12 })), '2026-11-21').status).toBe('no_date');
  });
  it('reports a date it cannot read instead of guessing', () => {
    const cycle = reviewCycleOf(policyInput(facts({ nextReview: 'when required' })), STANDARD);
    expect(cycle.nextDue).toBeNull();
    expect(cycle.notes).toEqual([
      'The document’s next review date “when required” is not a date Oversight can read.',
    ]);
  });
});

describe('recorded reviews', () => {
  it('win over the document’s stated dates', () => {
    const input = policyInput(facts({ lastReviewed: '2022-09', nextReview: '2023-09' }), [
      review('2026-10-10'),
    ]);
    const r = assessPolicyReview(input, '2026-11-21', STANDARD);
    expect(r.cycle.lastApproval).toMatchObject({
      date: '2026-10-10',
      source: 'recorded',
      body: 'Local Governing Body',
      minuteRef: 'LGB/26/4',
      reviewer: 'Hannah Okafor',
    });
    expect(r.cycle.nextDue?.value).toBe('2027-10-10');
    expect(r.status).toMatchObject({ status: 'current', headline: 'Current until 10 Oct 2027' });
    expect(r.cycle.explanation).toBe(
      'Review recorded: approved 10 Oct 2026 by Local Governing Body (minute LGB/26/4). The next review is due a year after the approval (every year, the trust standard for social media policies): 10 Oct 2027.',
    );
  });

  it('use the next review the meeting set, a term included', () => {
    const input = policyInput(facts({ nextReview: '2023-09' }), [
      review('2026-10-10', { nextReview: 'Spring 2027' }),
    ]);
    expect(statusOn(input, '2026-12-03').status).toBe('current');
    expect(statusOn(input, '2026-12-04').status).toBe('due_soon');
    expect(statusOn(input, '2027-03-31').headline).toBe('Due now (Spring 2027)');
    expect(statusOn(input, '2027-04-01')).toMatchObject({
      status: 'overdue',
      headline: 'Overdue since Spring 2027',
    });
  });

  it('the latest one counts, whatever order they come in', () => {
    const input = policyInput(null, [review('2026-10-10'), review('2024-10-01'), review('2025-10-05')]);
    expect(reviewCycleOf(input, STANDARD).nextDue?.value).toBe('2027-10-10');
    expect(reviewCycleOf(input, STANDARD).recordedReviews).toBe(3);
  });

  it('are left out of a status as of a date before them', () => {
    const input = policyInput(facts({ nextReview: '2023-09' }), [review('2026-10-10')]);
    expect(statusOn(input, '2025-01-01').status).toBe('overdue');
    expect(statusOn(input, '2026-10-10').status).toBe('current');
  });

  it('give way to a document that states a later approval (a newer version), and say so', () => {
    const input = policyInput(facts({ approved: '2026-09-15', nextReview: '2027-09' }), [
      review('2025-09-20'),
    ]);
    const cycle = reviewCycleOf(input, STANDARD);
    expect(cycle.nextDue?.value).toBe('2027-09');
    expect(cycle.lastApproval?.source).toBe('document');
    expect(cycle.notes).toEqual([
      'A review was recorded on 20 Sep 2025, but the current document states a later approval (15 Sep 2026), so the document’s dates are used.',
    ]);
  });
});

describe('next due after a review: from the approval date or from the date it was due (per trust)', () => {
  const dueDate = { ...STANDARD, nextDueBasis: 'due_date' as const };
  it('from the approval date (the default)', () => {
    const input = policyInput(facts({ nextReview: '2026-09' }), [review('2026-10-15')]);
    expect(reviewCycleOf(input, STANDARD).nextDue?.value).toBe('2027-10-15');
  });
  it('from the date it was due, keeping the precision of that date', () => {
    const input = policyInput(facts({ nextReview: '2026-09' }), [review('2026-10-15')]);
    const cycle = reviewCycleOf(input, dueDate);
    expect(cycle.nextDue?.value).toBe('2027-09');
    expect(cycle.nextDueSource).toBe('due_date_plus_cadence');
    expect(cycle.explanation).toContain('counts from the date this one was due (Sep 2026)');
  });
  it('a review held early keeps the anniversary', () => {
    const input = policyInput(facts({ nextReview: '2026-12-10' }), [review('2026-11-01')]);
    expect(reviewCycleOf(input, dueDate).nextDue?.value).toBe('2027-12-10');
  });
  it('a review held years late rolls on to the first due date after the approval', () => {
    const input = policyInput(facts({ nextReview: '2023-09' }), [review('2026-11-10')]);
    const cycle = reviewCycleOf(input, dueDate);
    expect(cycle.nextDue?.value).toBe('2027-09');
    expect(cycle.explanation).toContain('rolled on 4 cycles');
  });
  it('chains through several recorded reviews', () => {
    const input = policyInput(facts({ nextReview: '2024-09-01' }), [
      review('2025-08-25'),
      review('2024-08-20'),
    ]);
    expect(reviewCycleOf(input, dueDate).nextDue?.value).toBe('2026-09-01');
    expect(reviewCycleOf(input, STANDARD).nextDue?.value).toBe('2026-08-25');
  });
  it('counts from the approval when nothing was due before, and says why', () => {
    const cycle = reviewCycleOf(policyInput(facts(), [review('2026-10-15')]), dueDate);
    expect(cycle.nextDue?.value).toBe('2027-10-15');
    expect(cycle.explanation).toContain('No earlier due date is known, so it counts from the approval date.');
  });
});
