import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartialDate, isRealDate, MONTH_NAMES, parsePartialDate, precisionOf } from '../../../src/core/dates';
import { findDates, firstDate, readDate } from '../../../src/core/extraction/date-reader';

const value = (text: string) => readDate(text)?.value ?? null;

describe('reading UK dates at the precision the text gives', () => {
  it.each([
    ['06/09/21', '2021-09-06'],
    ['17/11/21', '2021-11-17'],
    ['03/10/2022', '2022-10-03'],
    ['3/10/2022', '2022-10-03'],
    ['1.9.2023', '2023-09-01'],
    ['01-09-2023', '2023-09-01'],
    ['12/10/23', '2023-10-12'],
    ['2023-09-01', '2023-09-01'],
    ['3rd October 2022', '2022-10-03'],
    ['3 October 2022', '2022-10-03'],
    ['1st Sept 2024', '2024-09-01'],
    ['21st of November, 2026', '2026-11-21'],
    ['Monday 4th September 2023', '2023-09-04'],
    ['October 3rd, 2022', '2022-10-03'],
    ['2 Feb 24', '2024-02-02'],
    ['September 2022', '2022-09'],
    ['Sept 2023', '2023-09'],
    ['Sep-22', '2022-09'],
    ["Sept '22", '2022-09'],
    ['May 2029', '2029-05'],
    ['09/2022', '2022-09'],
    ['Spring 2021', '2021'],
    ['Autumn Term 2023', '2023'],
    ['Summer term 2025', '2025'],
    ['Summer 2 2024', '2024'],
    ['2023/24', '2023'],
    ['2023-2024', '2023'],
    ['2024', '2024'],
  ])('%s -> %s', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('keeps the precision: a month is never given a day, a term never a month', () => {
    expect(precisionOf(value('September 2022')!)).toBe('month');
    expect(precisionOf(value('Spring 2021')!)).toBe('year');
    expect(readDate('Spring 2021')?.form).toBe('term');
    expect(readDate('2023/24')?.form).toBe('academic_year');
  });

  it('reads the calendar year of a term given with its academic year', () => {
    expect(value('Autumn 2023/24')).toBe('2023');
    expect(value('Spring term 2023/24')).toBe('2024');
    expect(value('Summer 2023-2024')).toBe('2024');
  });

  it.each(['31/02/2023', '30/02/2024', '29/02/2023', '31/04/2022', '00/05/2022', '12/13/2022', '32/01/2022', '31st February 2023'])(
    'reports %s as impossible, with no value',
    (text) => {
      const d = readDate(text);
      expect(d).not.toBeNull();
      expect(d!.value).toBeNull();
      expect(d!.problem).toMatch(/not a real/);
    },
  );

  it('reads 29 February in a leap year only', () => {
    expect(value('29/02/2024')).toBe('2024-02-29');
    expect(value('29/02/2023')).toBeNull();
  });

  it('finds the dates in running text, left to right', () => {
    const found = findDates('Written 06/09/21, agreed by FGB on 17/11/21 and due for review in September 2024.');
    expect(found.map((d) => d.value)).toEqual(['2021-09-06', '2021-11-17', '2024-09']);
  });

  it('does not read a version number, a clause number, a time or a sum as a date', () => {
    expect(findDates('Version 1.0').map((d) => d.value)).toEqual([]);
    expect(findDates('See clause 4.1.2 and section 12.3').map((d) => d.value)).toEqual([]);
    expect(findDates('at 10:30 on the day').map((d) => d.value)).toEqual([]);
    expect(findDates('the school may 2 times').map((d) => d.value)).toEqual([]);
  });

  it('prefers a full date to the bare year inside it', () => {
    expect(firstDate('Approved 12 October 2023')?.value).toBe('2023-10-12');
    expect(firstDate('Next review: 2025')?.value).toBe('2025');
    expect(firstDate('Next review: 2025', false)).toBeNull();
  });

  it('reads a lone date only when the text is that date', () => {
    expect(readDate('on 3 October 2022')?.value).toBe('2022-10-03');
    expect(readDate('3 October 2022 and 4 October 2022')).toBeNull();
    expect(readDate('TBC')).toBeNull();
  });
});

describe('date reading: properties', () => {
  const realDay = fc
    .record({ year: fc.integer({ min: 1990, max: 2069 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => isRealDate(year, month, day));
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
  const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

  it('round-trips every real day written as dd/mm/yyyy, d/m/yy, "3rd October 2022" and ISO', () => {
    fc.assert(
      fc.property(realDay, ({ year, month, day }) => {
        const expected = iso(year, month, day);
        expect(value(`${pad(day)}/${pad(month)}/${year}`)).toBe(expected);
        expect(value(`${day}/${month}/${pad(year % 100)}`)).toBe(expected);
        expect(value(`${ordinal(day)} ${MONTH_NAMES[month - 1]} ${year}`)).toBe(expected);
        expect(value(`${day} ${MONTH_NAMES[month - 1]!.slice(0, 3)} ${year}`)).toBe(expected);
        expect(value(expected)).toBe(expected);
      }),
    );
  });

  it('keeps a month-and-year at month precision, and a term at year precision', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2069 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('Autumn', 'Spring', 'Summer'), (year, month, term) => {
        expect(value(`${MONTH_NAMES[month - 1]} ${year}`)).toBe(`${year}-${pad(month)}`);
        expect(value(`${term} ${year}`)).toBe(String(year));
      }),
    );
  });

  it('never shifts an impossible day into a real one', () => {
    const impossible = fc
      .record({ year: fc.integer({ min: 1990, max: 2069 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 29, max: 31 }) })
      .filter(({ year, month, day }) => !isRealDate(year, month, day));
    fc.assert(
      fc.property(impossible, ({ year, month, day }) => {
        const d = readDate(`${pad(day)}/${pad(month)}/${year}`);
        expect(d?.value).toBeNull();
        expect(d?.problem).toBeDefined();
      }),
    );
  });

  it('never produces a value that is not a real date, whatever the text', () => {
    const noisy = fc.array(fc.oneof(fc.constantFrom('/', '.', '-', ' ', 'Sept', 'Spring', 'th', "'", '2023', '31', '02', '29', '13'), fc.string({ maxLength: 4 }), fc.nat(40).map(String)), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(noisy, (text) => {
        for (const d of findDates(text)) {
          if (d.value !== null) {
            expect(isPartialDate(d.value)).toBe(true);
            expect(parsePartialDate(d.value)).not.toBeNull();
          } else expect(d.problem).toBeDefined();
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(text.slice(d.start, d.end)).toBe(d.text);
        }
      }),
    );
  });
});
