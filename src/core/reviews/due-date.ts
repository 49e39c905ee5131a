// Due dates at the precision the text gives. A policy that says "next review September 2023" is due in
// September 2023: not on the 1st (that would invent a day) and not on the 30th either. So a due date is a
// span of days, `earliest` to `latest`: it is "due soon" from `dueSoonDays` before the span starts and
// overdue only once the whole span has passed. A full date is a span of one day.
//
// Besides the store's partial dates ('YYYY', 'YYYY-MM', 'YYYY-MM-DD'), schools set reviews by term
// ("Spring 2024") or academic year ("2023/24"); those are read here too. Term boundaries follow
// `termOf` in ../dates: Autumn September–December, Spring January–March, Summer April–August.
import {
  addMonthsIso,
  compareIso,
  firstDayOf,
  formatPartialDate,
  formatUkDate,
  lastDayOf,
  MONTH_NAMES,
  parsePartialDate,
  precisionOf,
  type IsoDate,
  type PartialDate,
  type Term,
} from '../dates';

export type DuePrecision = 'day' | 'month' | 'term' | 'academic_year' | 'year' | 'span';

export interface DueDate {
  /**
   * The value as it is written and stored: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY', 'Spring 2024' or '2023/24'.
   * null when arithmetic on a coarse date gives a span that none of these can name ('2021' + 18 months).
   */
  value: string | null;
  precision: DuePrecision;
  /** The first and last day the value can mean. */
  earliest: IsoDate;
  latest: IsoDate;
  /** UK words for display: '3 Oct 2023', 'Sep 2023', 'Spring 2024', '2023/24', 'Jul 2022 to Jun 2023'. */
  text: string;
}

const TERMS: readonly Term[] = ['Spring', 'Summer', 'Autumn'];
/** First and last month of each term (calendar months, 1-based). */
const TERM_MONTHS: Record<Term, [number, number]> = { Spring: [1, 3], Summer: [4, 8], Autumn: [9, 12] };

const pad2 = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number): IsoDate => `${year}-${pad2(month)}-01`;
const monthEnd = (year: number, month: number): IsoDate => lastDayOf(`${year}-${pad2(month)}`);

function termSpan(term: Term, year: number): DueDate {
  const [from, to] = TERM_MONTHS[term];
  const value = `${term} ${year}`;
  return {
    value,
    precision: 'term',
    earliest: monthStart(year, from),
    latest: monthEnd(year, to),
    text: value,
  };
}

function academicYearSpan(startYear: number): DueDate {
  const value = `${startYear}/${pad2((startYear + 1) % 100)}`;
  return {
    value,
    precision: 'academic_year',
    earliest: monthStart(startYear, 9),
    latest: monthEnd(startYear + 1, 8),
    text: value,
  };
}

function partialSpan(value: PartialDate): DueDate {
  const precision = precisionOf(value);
  return {
    value,
    precision,
    earliest: firstDayOf(value),
    latest: lastDayOf(value),
    text: formatUkDate(value),
  };
}

/**
 * Reads a due date as stored or typed: a partial ISO date, a term ('Spring 2024', 'spring term 2024')
 * or an academic year ('2023/24', '2023-24'). null when the text is none of these.
 */
export function dueDateOf(value: string): DueDate | null {
  const hit = READ_CACHE.get(value);
  if (hit !== undefined) return hit;
  const due = readDue(value);
  remember(READ_CACHE, value, due);
  return due;
}

// Thousands of policies share a few hundred dates: reading and shifting each once keeps the dashboard
// fast. Cached values are frozen, so no caller can change another's.
const READ_CACHE = new Map<string, DueDate | null>();
const SHIFT_CACHE = new Map<string, DueDate>();
function remember<T extends DueDate | null>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= 10_000) cache.clear();
  cache.set(key, value === null ? value : (Object.freeze(value) as T));
}

function readDue(value: string): DueDate | null {
  const text = value.trim();
  if (parsePartialDate(text)) return partialSpan(text);
  const term = /^(spring|summer|autumn)(?:\s+term)?\s+(\d{4})$/i.exec(text);
  if (term) {
    const name = (term[1]![0]!.toUpperCase() + term[1]!.slice(1).toLowerCase()) as Term;
    return termSpan(name, Number(term[2]));
  }
  const academic = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (academic) {
    const start = Number(academic[1]);
    const end = Number(academic[2]);
    const endYear =
      academic[2]!.length === 2 ? Math.floor(start / 100) * 100 + end + (end < start % 100 ? 100 : 0) : end;
    if (endYear === start + 1) return academicYearSpan(start);
  }
  return null;
}

/** A span of whole months, named as precisely as possible. */
function monthSpan(fromYear: number, fromMonth: number, toYear: number, toMonth: number): DueDate {
  const earliest = monthStart(fromYear, fromMonth);
  const latest = monthEnd(toYear, toMonth);
  if (fromYear === toYear && fromMonth === toMonth)
    return partialSpan(formatPartialDate({ year: fromYear, month: fromMonth }));
  if (fromYear === toYear && fromMonth === 1 && toMonth === 12) return partialSpan(String(fromYear));
  const text = `${formatUkDate(earliest.slice(0, 7))} to ${formatUkDate(latest.slice(0, 7))}`;
  return { value: null, precision: 'span', earliest, latest, text };
}

function ym(iso: IsoDate): [number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
}

function shiftMonth(year: number, month: number, months: number): [number, number] {
  const index = year * 12 + (month - 1) + months;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/**
 * `due` plus a number of calendar months, keeping its precision. A full date clamps to the end of a
 * shorter month (31 Jan + 1 month = 28 or 29 Feb; 29 Feb 2024 + 12 months = 28 Feb 2025). A month stays
 * a month, a term plus whole years stays that term, a year plus whole years stays a year; anything else
 * becomes the span of months it can mean.
 */
export function addMonthsToDue(due: DueDate, months: number): DueDate {
  if (!Number.isInteger(months)) throw new Error(`A cadence must be a whole number of months, not ${months}`);
  const key = `${due.precision}|${due.value ?? `${due.earliest}/${due.latest}`}|${months}`;
  const hit = SHIFT_CACHE.get(key);
  if (hit) return hit;
  const out = shift(due, months);
  remember(SHIFT_CACHE, key, out);
  return out;
}

function shift(due: DueDate, months: number): DueDate {
  switch (due.precision) {
    case 'day':
      return partialSpan(addMonthsIso(due.earliest, months));
    case 'month': {
      const [y, m] = shiftMonth(...ym(due.earliest), months);
      return partialSpan(formatPartialDate({ year: y, month: m }));
    }
    case 'year':
      if (months % 12 === 0) return partialSpan(String(Number(due.value) + months / 12));
      break;
    case 'term':
      if (months % 12 === 0) {
        const [name, year] = due.value!.split(' ') as [Term, string];
        return termSpan(name, Number(year) + months / 12);
      }
      break;
    case 'academic_year':
      if (months % 12 === 0) return academicYearSpan(Number(due.value!.slice(0, 4)) + months / 12);
      break;
    case 'span':
      break;
  }
  const [fy, fm] = shiftMonth(...ym(due.earliest), months);
  const [ty, tm] = shiftMonth(...ym(due.latest), months);
  return monthSpan(fy, fm, ty, tm);
}

/** The later of two due dates by where they end (ties: the more precise, i.e. the shorter span). */
export function laterDue(a: DueDate, b: DueDate): DueDate {
  const byEnd = compareIso(a.latest, b.latest);
  if (byEnd !== 0) return byEnd > 0 ? a : b;
  return compareIso(a.earliest, b.earliest) >= 0 ? a : b;
}

/** Words for the value as the text gave it: 'September 2023', '3 October 2023', 'Spring 2024'. */
export function dueLongText(due: DueDate): string {
  if (due.precision === 'month') {
    const [y, m] = ym(due.earliest);
    return `${MONTH_NAMES[m - 1]} ${y}`;
  }
  if (due.precision === 'day') {
    const [y, m] = ym(due.earliest);
    return `${Number(due.earliest.slice(8, 10))} ${MONTH_NAMES[m - 1]} ${y}`;
  }
  return due.text;
}

/** Where a coarse value's span runs, for explanations: "any day from 1 Sep 2023 to 30 Sep 2023". */
export function spanWords(due: DueDate): string {
  return due.earliest === due.latest
    ? formatUkDate(due.earliest)
    : `${formatUkDate(due.earliest)} to ${formatUkDate(due.latest)}`;
}

export const TERM_NAMES = TERMS;
