// Dates as management information systems and training providers export them. UK order always:
// 03/04/2023 is 3 April. An impossible date (31/02/2023) is reported, never shifted to March.
import { formatPartialDate, isRealDate, type IsoDate } from '../../dates';

export type CsvDate = { ok: true; date: IsoDate | null } | { ok: false; error: string };

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  // Two-digit years: staff start dates reach back decades, training dates do not run ahead.
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Reads one cell; an empty cell is `{ ok: true, date: null }`. */
export function parseCsvDate(raw: string): CsvDate {
  const text = raw.trim();
  if (text === '') return { ok: true, date: null };
  // A time of day after the date (spreadsheets add "00:00" or "T00:00:00") carries nothing we need.
  const t = text.replace(/(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/i, '');
  let day: number;
  let month: number;
  let year: number;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t))) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t))) {
    [day, month, year] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
  } else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4})$/i.exec(t))) {
    const mm = MONTHS[m[2]!.toLowerCase()];
    if (mm === undefined) return { ok: false, error: `“${text}” is not a date: “${m[2]}” is not a month` };
    [day, month, year] = [Number(m[1]), mm, fullYear(m[3]!)];
  } else {
    return { ok: false, error: `“${text}” is not a date: use dd/mm/yyyy` };
  }
  if (!isRealDate(year, month, day)) return { ok: false, error: `“${text}” is not a real date` };
  return { ok: true, date: formatPartialDate({ year, month, day }) };
}
