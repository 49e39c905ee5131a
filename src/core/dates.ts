// Calendar dates as ISO strings at the precision the source gives: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
// Never invent a day; never read the clock (callers pass `asOf`). Arithmetic is date-fns on local
// calendar dates built from components, so no time zone can move a day.
import { addMonths, differenceInCalendarDays, isValid } from 'date-fns';

/** A full calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A date at the precision the text gave: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** True when year/month/day name a real calendar day (31/02 is not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function parsePartialDate(value: string): DateParts | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && parsePartialDate(value) !== null;
}

export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && parsePartialDate(value) !== null;
}

export function formatPartialDate(parts: DateParts): PartialDate {
  if (parts.month === undefined) return pad(parts.year, 4);
  if (parts.day === undefined) return `${pad(parts.year, 4)}-${pad(parts.month)}`;
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}

export function precisionOf(value: PartialDate): DatePrecision {
  const parts = parsePartialDate(value);
  if (!parts) throw new Error(`"${value}" is not a date`);
  return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

/** The first day a partial date could mean: '2023-09' -> '2023-09-01'. */
export function firstDayOf(value: PartialDate): IsoDate {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`"${value}" is not a date`);
  return formatPartialDate({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 });
}

/** The last day a partial date could mean: '2023-09' -> '2023-09-30', '2024' -> '2024-12-31'. */
export function lastDayOf(value: PartialDate): IsoDate {
  const p = parsePartialDate(value);
  if (!p) throw new Error(`"${value}" is not a date`);
  const month = p.month ?? 12;
  return formatPartialDate({ year: p.year, month, day: p.day ?? daysInMonth(p.year, month) });
}

/** UK display: '21 Nov 2026', 'Sep 2023' or '2021', as precise as the value. */
export function formatUkDate(value: PartialDate | null | undefined, empty = '—'): string {
  if (!value) return empty;
  const p = parsePartialDate(value);
  if (!p) return value;
  if (p.month === undefined) return String(p.year);
  const month = MONTHS_SHORT[p.month - 1];
  return p.day === undefined ? `${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
}

/** 'dd/mm/yyyy' for an input field. */
export function toUkInput(value: IsoDate | null | undefined): string {
  const p = value ? parsePartialDate(value) : null;
  if (!p || p.day === undefined || p.month === undefined) return '';
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

export type ParsedInput = { ok: true; date: IsoDate } | { ok: false; error: string };

/** Reads a date typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or ISO yyyy-mm-dd). */
export function parseUkDateInput(text: string): ParsedInput {
  const t = text.trim();
  if (t === '') return { ok: false, error: 'Enter a date as dd/mm/yyyy' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const parts = iso ? [iso[3], iso[2], iso[1]] : uk ? [uk[1], uk[2], uk[3]] : null;
  if (!parts) return { ok: false, error: `"${t}" is not a date: use dd/mm/yyyy` };
  const [day, month, year] = parts.map(Number) as [number, number, number];
  if (!isRealDate(year, month, day)) return { ok: false, error: `${t} is not a real date` };
  return { ok: true, date: formatPartialDate({ year, month, day }) };
}

function toDate(value: IsoDate): Date {
  const p = parsePartialDate(value);
  if (!p || p.day === undefined || p.month === undefined) throw new Error(`"${value}" is not a full date`);
  return new Date(p.year, p.month - 1, p.day);
}

function fromDate(date: Date): IsoDate {
  if (!isValid(date)) throw new Error('Invalid date');
  return formatPartialDate({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

/** The local calendar date of a moment: callers at the edges turn `new Date()` into an `asOf`. */
export function isoDateOf(moment: Date): IsoDate {
  return fromDate(moment);
}

/** Adds calendar months; a day past the end of the target month clamps to its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonthsIso(value: IsoDate, months: number): IsoDate {
  return fromDate(addMonths(toDate(value), months));
}

export function addDaysIso(value: IsoDate, days: number): IsoDate {
  const d = toDate(value);
  return fromDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + days));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toDate(b), toDate(a));
}

export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Academic terms: Autumn (Sep-Dec), Spring (Jan-Easter, taken as Jan-Mar), Summer (Apr-Aug). */
export type Term = 'Autumn' | 'Spring' | 'Summer';
export function termOf(value: IsoDate): { term: Term; academicYear: string } {
  const p = parsePartialDate(value);
  if (!p || p.month === undefined) throw new Error(`"${value}" has no month`);
  const startYear = p.month >= 9 ? p.year : p.year - 1;
  const term: Term = p.month >= 9 ? 'Autumn' : p.month <= 3 ? 'Spring' : 'Summer';
  return { term, academicYear: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}` };
}
