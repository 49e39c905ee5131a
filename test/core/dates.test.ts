import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonthsIso,
  daysBetween,
  daysInMonth,
  firstDayOf,
  formatUkDate,
  isIsoDate,
  lastDayOf,
  parsePartialDate,
  parseUkDateInput,
  precisionOf,
  termOf,
  toUkInput,
} from '../../src/core/dates';

const fullDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => d.day <= daysInMonth(d.year, d.month))
  .map((d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`);

describe('UK date input', () => {
  it('reads day first', () => {
    expect(parseUkDateInput('06/09/2021')).toEqual({ ok: true, date: '2021-09-06' });
    expect(parseUkDateInput('6/9/2021')).toEqual({ ok: true, date: '2021-09-06' });
    expect(parseUkDateInput('17.11.2021')).toEqual({ ok: true, date: '2021-11-17' });
  });

  it('reports an impossible date instead of shifting it', () => {
    expect(parseUkDateInput('31/02/2023')).toEqual({ ok: false, error: '31/02/2023 is not a real date' });
    expect(parseUkDateInput('29/02/2023').ok).toBe(false);
    expect(parseUkDateInput('29/02/2024')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseUkDateInput('13/13/2024').ok).toBe(false);
  });

  it('rejects text that is not a date, and says how to write one', () => {
    expect(parseUkDateInput('')).toEqual({ ok: false, error: 'Enter a date as dd/mm/yyyy' });
    expect(parseUkDateInput('next week')).toEqual({ ok: false, error: '"next week" is not a date: use dd/mm/yyyy' });
  });

  it('round-trips every real date through the input format', () => {
    fc.assert(
      fc.property(fullDate, (iso) => {
        expect(parseUkDateInput(toUkInput(iso))).toEqual({ ok: true, date: iso });
      }),
    );
  });
});

describe('partial dates', () => {
  it('keeps the precision the text gives', () => {
    expect(parsePartialDate('2021')).toEqual({ year: 2021 });
    expect(parsePartialDate('2022-09')).toEqual({ year: 2022, month: 9 });
    expect(precisionOf('2022-09')).toBe('month');
    expect(parsePartialDate('2023-02-31')).toBeNull();
    expect(isIsoDate('2023-02-28')).toBe(true);
    expect(isIsoDate('2023-02')).toBe(false);
  });

  it('spans the days a partial date could mean', () => {
    expect(firstDayOf('2023-09')).toBe('2023-09-01');
    expect(lastDayOf('2023-09')).toBe('2023-09-30');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2021')).toBe('2021-12-31');
  });

  it('formats UK style at its precision', () => {
    expect(formatUkDate('2026-11-21')).toBe('21 Nov 2026');
    expect(formatUkDate('2023-09')).toBe('Sep 2023');
    expect(formatUkDate('2021')).toBe('2021');
    expect(formatUkDate(null)).toBe('—');
  });
});

describe('date arithmetic', () => {
  it('clamps to the end of shorter months', () => {
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsIso('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsIso('2021-11-17', 12)).toBe('2022-11-17');
  });

  it('adding months never lands on an invalid date and keeps order', () => {
    fc.assert(
      fc.property(fullDate, fc.integer({ min: -120, max: 120 }), (iso, n) => {
        const moved = addMonthsIso(iso, n);
        expect(isIsoDate(moved)).toBe(true);
        if (n > 0) expect(moved > iso).toBe(true);
        if (n < 0) expect(moved < iso).toBe(true);
      }),
    );
  });

  it('counts days across leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    fc.assert(
      fc.property(fullDate, fullDate, (a, b) => {
        expect(daysBetween(a, b) + daysBetween(b, a)).toBe(0);
      }),
    );
  });

  it('names the academic term', () => {
    expect(termOf('2026-11-21')).toEqual({ term: 'Autumn', academicYear: '2026/27' });
    expect(termOf('2027-02-01')).toEqual({ term: 'Spring', academicYear: '2026/27' });
    expect(termOf('2027-06-30')).toEqual({ term: 'Summer', academicYear: '2026/27' });
  });
});
