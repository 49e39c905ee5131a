// Property tests of the review date maths: month ends, leap years, terms ("Spring 2024"), and the
// status boundaries for every precision.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDaysIso, compareIso, daysInMonth, termOf } from '../../../src/core/dates';
import { addMonthsToDue, dueDateOf, type DueDate } from '../../../src/core/reviews/due-date';
import { reviewStatus } from '../../../src/core/reviews/status';
import type { ReviewCycle } from '../../../src/core/reviews/review-cycle';

const pad = (n: number) => String(n).padStart(2, '0');
const year = fc.integer({ min: 1995, max: 2090 });
const month = fc.integer({ min: 1, max: 12 });
const fullDate = fc
  .record({ y: year, m: month, d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m));
const iso = ({ y, m, d }: { y: number; m: number; d: number }) => `${y}-${pad(m)}-${pad(d)}`;
const term = fc.constantFrom('Spring', 'Summer', 'Autumn');
const months = fc.integer({ min: 1, max: 120 });

/** Any value a due date can be written as. */
const anyDue = fc.oneof(
  fullDate.map(iso),
  fc.record({ y: year, m: month }).map(({ y, m }) => `${y}-${pad(m)}`),
  year.map(String),
  fc.record({ t: term, y: year }).map(({ t, y }) => `${t} ${y}`),
  year.map((y) => `${y}/${pad((y + 1) % 100)}`),
);

function cycleWith(due: DueDate | null): ReviewCycle {
  return {
    policyId: 'p' as never,
    settingId: 's' as never,
    type: 'social_media',
    title: 'Policy',
    lastApproval: null,
    statedNextReview: null,
    cadence: { months: 12, source: 'standard' },
    standardMonths: 12,
    nextDue: due,
    nextDueSource: 'stated_next_review',
    explanation: 'Stated.',
    notes: [],
    recordedReviews: 0,
  };
}

describe('adding months to a full date', () => {
  it('lands in the right month and clamps to its end, never spilling into the next', () => {
    fc.assert(
      fc.property(fullDate, months, (d, k) => {
        const out = addMonthsToDue(dueDateOf(iso(d))!, k);
        const index = d.y * 12 + d.m - 1 + k;
        const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
        expect(out.precision).toBe('day');
        expect(out.value).toBe(`${y}-${pad(m)}-${pad(Math.min(d.d, daysInMonth(y, m)))}`);
      }),
    );
  });

  it('29 February plus whole years is 29 February in a leap year and 28 February otherwise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (years) => {
        const out = addMonthsToDue(dueDateOf('2024-02-29')!, years * 12).value!;
        const y = 2024 + years;
        const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
        expect(out).toBe(`${y}-02-${leap ? '29' : '28'}`);
      }),
    );
    expect(addMonthsToDue(dueDateOf('2023-01-31')!, 1).value).toBe('2023-02-28');
    expect(addMonthsToDue(dueDateOf('2024-01-31')!, 1).value).toBe('2024-02-29');
    expect(addMonthsToDue(dueDateOf('2023-08-31')!, 12 + 1).value).toBe('2024-09-30');
  });

  it('adds up for days every month has (1 to 28)', () => {
    fc.assert(
      fc.property(
        fullDate.filter((d) => d.d <= 28),
        months,
        months,
        (d, a, b) => {
          const start = dueDateOf(iso(d))!;
          expect(addMonthsToDue(addMonthsToDue(start, a), b).value).toBe(addMonthsToDue(start, a + b).value);
        },
      ),
    );
  });
});

describe('adding months to a month, a year, a term or an academic year', () => {
  it('a month stays a whole month', () => {
    fc.assert(
      fc.property(year, month, months, (y, m, k) => {
        const out = addMonthsToDue(dueDateOf(`${y}-${pad(m)}`)!, k);
        expect(out.precision).toBe('month');
        expect(out.earliest.slice(8)).toBe('01');
        expect(out.latest).toBe(
          `${out.value}-${pad(daysInMonth(Number(out.value!.slice(0, 4)), Number(out.value!.slice(5, 7))))}`,
        );
        expect(addMonthsToDue(out, 36).value).toBe(
          addMonthsToDue(dueDateOf(`${y}-${pad(m)}`)!, k + 36).value,
        );
      }),
    );
  });

  it('"Spring 2024" plus whole years is the spring term of a later year; its days are all in that term', () => {
    fc.assert(
      fc.property(term, year, fc.integer({ min: 0, max: 10 }), (t, y, years) => {
        const out = addMonthsToDue(dueDateOf(`${t} ${y}`)!, years * 12);
        expect(out.value).toBe(`${t} ${y + years}`);
        for (const day of [out.earliest, out.latest]) expect(termOf(day).term).toBe(t);
        expect(termOf(addDaysIso(out.latest, 1)).term).not.toBe(t);
        expect(termOf(addDaysIso(out.earliest, -1)).term).not.toBe(t);
      }),
    );
    expect(dueDateOf('Spring 2024')).toMatchObject({
      earliest: '2024-01-01',
      latest: '2024-03-31',
      text: 'Spring 2024',
    });
    expect(dueDateOf('spring term 2024')?.value).toBe('Spring 2024');
    expect(dueDateOf('Autumn 2023')).toMatchObject({ earliest: '2023-09-01', latest: '2023-12-31' });
    expect(dueDateOf('2023/24')).toMatchObject({ earliest: '2023-09-01', latest: '2024-08-31' });
    expect(dueDateOf('1999/00')).toMatchObject({ earliest: '1999-09-01', latest: '2000-08-31' });
    expect(dueDateOf('2023/25')).toBeNull();
    expect(dueDateOf('Winter 2024')).toBeNull();
  });

  it('a term plus part of a year becomes the span of months it can mean', () => {
    expect(addMonthsToDue(dueDateOf('Spring 2024')!, 6)).toMatchObject({
      precision: 'span',
      earliest: '2024-07-01',
      latest: '2024-09-30',
      text: 'Jul 2024 to Sep 2024',
    });
  });

  it('always keeps earliest on or before latest, and the span as long as before (in months)', () => {
    fc.assert(
      fc.property(anyDue, fc.integer({ min: 1, max: 240 }), (value, k) => {
        const start = dueDateOf(value)!;
        const out = addMonthsToDue(start, k);
        expect(compareIso(out.earliest, out.latest)).toBeLessThanOrEqual(0);
        const span = (d: DueDate) =>
          Number(d.latest.slice(0, 4)) * 12 +
          Number(d.latest.slice(5, 7)) -
          (Number(d.earliest.slice(0, 4)) * 12 + Number(d.earliest.slice(5, 7)));
        expect(span(out)).toBe(span(start));
      }),
    );
  });
});

describe('status boundaries, for every precision', () => {
  it('due soon exactly from the window before the first day, overdue exactly from the day after the last', () => {
    fc.assert(
      fc.property(anyDue, fc.integer({ min: 0, max: 120 }), (value, window) => {
        const due = dueDateOf(value)!;
        const cycle = cycleWith(due);
        const opens = addDaysIso(due.earliest, -window);
        expect(reviewStatus(cycle, addDaysIso(opens, -1), window).status).toBe('current');
        expect(reviewStatus(cycle, opens, window).status).toBe('due_soon');
        expect(reviewStatus(cycle, due.latest, window).status).toBe('due_soon');
        expect(reviewStatus(cycle, addDaysIso(due.latest, 1), window).status).toBe('overdue');
      }),
    );
  });

  it('only ever moves forward as time passes: current, then due soon, then overdue', () => {
    const rank = { current: 0, due_soon: 1, overdue: 2, no_date: -1 };
    fc.assert(
      fc.property(anyDue, fullDate, fc.integer({ min: 0, max: 2000 }), (value, d, step) => {
        const cycle = cycleWith(dueDateOf(value));
        const a = reviewStatus(cycle, iso(d), 28).status;
        const b = reviewStatus(cycle, addDaysIso(iso(d), step), 28).status;
        expect(rank[b]).toBeGreaterThanOrEqual(rank[a]);
      }),
    );
  });

  it('with no due date is "no date" whatever the day', () => {
    fc.assert(
      fc.property(fullDate, (d) => {
        expect(reviewStatus(cycleWith(null), iso(d), 28).status).toBe('no_date');
      }),
    );
  });
});
