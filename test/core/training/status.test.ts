import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { courseStatus, expiryDate, statusClock, statusFromLatest } from '../../../src/core/training/status';
import { addDaysIso, addMonthsIso, formatPartialDate } from '../../../src/core/dates';

describe('training status of one course as of a date', () => {
  it('annual training: valid, then expiring inside the window, then expired the day after it lapses', () => {
    const done = ['2025-03-10'];
    expect(courseStatus(done, 12, '2025-12-01', 60)).toEqual({
      status: 'valid',
      lastCompleted: '2025-03-10',
      expiresOn: '2026-03-10',
    });
    expect(courseStatus(done, 12, '2026-01-09', 60).status).toBe('expiring'); // 60 days before 10 Mar
    expect(courseStatus(done, 12, '2026-01-08', 60).status).toBe('valid'); // 61 days before
    expect(courseStatus(done, 12, '2026-03-10', 60).status).toBe('expiring'); // still counts on the day
    expect(courseStatus(done, 12, '2026-03-11', 60).status).toBe('expired');
  });

  it('the window is configurable, and 0 days means no warning at all', () => {
    expect(courseStatus(['2025-03-10'], 12, '2026-02-01', 28).status).toBe('valid');
    expect(courseStatus(['2025-03-10'], 12, '2026-02-10', 28).status).toBe('expiring');
    expect(courseStatus(['2025-03-10'], 12, '2026-03-10', 0).status).toBe('expiring');
    expect(courseStatus(['2025-03-10'], 12, '2026-03-09', 0).status).toBe('valid');
  });

  it('missing when never done, or done only after the date asked about', () => {
    expect(courseStatus([], 12, '2026-01-01', 60)).toEqual({
      status: 'missing',
      lastCompleted: null,
      expiresOn: null,
    });
    expect(courseStatus(['2026-02-01'], 12, '2026-01-01', 60).status).toBe('missing');
  });

  it('uses the latest completion on or before the date', () => {
    expect(courseStatus(['2023-01-05', '2025-11-20', '2024-06-01'], 12, '2026-01-01', 60)).toMatchObject({
      status: 'valid',
      lastCompleted: '2025-11-20',
    });
    // As of mid-2024 the 2025 completion had not happened yet.
    expect(courseStatus(['2023-01-05', '2025-11-20', '2024-06-01'], 12, '2024-07-01', 60)).toMatchObject({
      lastCompleted: '2024-06-01',
    });
  });

  it('induction-only courses (validity null) are done once and never lapse', () => {
    expect(courseStatus(['2009-09-01'], null, '2026-11-21', 60)).toEqual({
      status: 'valid',
      lastCompleted: '2009-09-01',
      expiresOn: null,
    });
    expect(courseStatus([], null, '2026-11-21', 60).status).toBe('missing');
  });

  it('expiry on a month end: clamps to the last day of a shorter month, never spills into the next', () => {
    expect(expiryDate('2024-08-31', 6)).toBe('2025-02-28');
    expect(expiryDate('2023-08-31', 6)).toBe('2024-02-29'); // leap year
    expect(expiryDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(expiryDate('2024-02-29', 48)).toBe('2028-02-29');
    expect(expiryDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(expiryDate('2024-10-31', 24)).toBe('2026-10-31');
    // Done 31 Aug 2024 with 6 months' validity: counts on 28 Feb 2025, lapsed on 1 Mar 2025.
    expect(courseStatus(['2024-08-31'], 6, '2025-02-28', 0).status).toBe('expiring');
    expect(courseStatus(['2024-08-31'], 6, '2025-03-01', 0).status).toBe('expired');
  });

  it('property: the expiry date is in the right month and never before the completion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 120 }),
        (y, m, d, months) => {
          const day = Math.min(d, new Date(y, m, 0).getDate());
          const done = formatPartialDate({ year: y, month: m, day });
          const expires = expiryDate(done, months);
          const target = ((m - 1 + months) % 12) + 1;
          expect(Number(expires.slice(5, 7))).toBe(target);
          expect(expires > done).toBe(true);
          expect(Number(expires.slice(8, 10))).toBeLessThanOrEqual(day);
        },
      ),
    );
  });

  it('property: as the date moves on, the status only gets worse (valid -> expiring -> expired)', () => {
    const rank = { valid: 0, expiring: 1, expired: 2, missing: 3 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 120 }),
        (offset, months, window) => {
          const done = addDaysIso('2018-01-01', offset);
          let previous = 0;
          for (let step = 0; step <= months + 2; step += 1) {
            const asOf = addMonthsIso(done, step);
            const r = rank[statusFromLatest(done, months, statusClock(asOf, window)).status];
            expect(r).toBeGreaterThanOrEqual(previous);
            previous = r;
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses a window that is not a whole number of days', () => {
    expect(() => statusClock('2026-01-01', -1)).toThrow('whole number of days');
  });
});
