// A date typed on the review screen, at the precision the person gives: "17/11/2021", "06/09/21",
// "September 2023", "09/2023", "Spring 2021" (the year only: no day is guessed) or "2023". An impossible
// date ("31/02/2023") is reported, never shifted.
import { formatPartialDate, isRealDate, MONTH_NAMES, type PartialDate } from '../dates';

export type PartialDateInput = { ok: true; value: PartialDate | null } | { ok: false; error: string };

function fullYear(y: string): number {
  const n = Number(y);
  // Two-digit years in policies are this century's: "06/09/21" is 2021.
  return y.length === 2 ? 2000 + n : n;
}

export function parsePartialDateInput(text: string): PartialDateInput {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return { ok: true, value: null };
  const day =
    /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t) ??
    /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+),? (\d{4})$/.exec(t);
  if (day) {
    const month = /^\d+$/.test(day[2]!) ? Number(day[2]) : monthOf(day[2]!);
    const year = fullYear(day[3]!);
    const d = Number(day[1]);
    if (!month || !isRealDate(year, month, d)) return { ok: false, error: `${t} is not a real date` };
    return { ok: true, value: formatPartialDate({ year, month, day: d }) };
  }
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(t);
  if (iso) {
    const [year, month] = [Number(iso[1]), Number(iso[2])];
    if (month < 1 || month > 12 || (iso[3] && !isRealDate(year, month, Number(iso[3]))))
      return { ok: false, error: `${t} is not a real date` };
    return {
      ok: true,
      value: formatPartialDate({ year, month, ...(iso[3] ? { day: Number(iso[3]) } : {}) }),
    };
  }
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(t) ?? /^([A-Za-z]+)\.?,? (\d{4})$/.exec(t);
  if (month) {
    const m = /^\d+$/.test(month[1]!) ? Number(month[1]) : monthOf(month[1]!);
    if (m && m >= 1 && m <= 12)
      return { ok: true, value: formatPartialDate({ year: Number(month[2]), month: m }) };
    // "Spring 2021", "Autumn term 2022": a term gives the year, not a day.
    if (/^(spring|summer|autumn)$/i.test(month[1]!))
      return { ok: true, value: formatPartialDate({ year: Number(month[2]) }) };
    return { ok: false, error: `“${t}” is not a date: use dd/mm/yyyy, a month (September 2023) or a year` };
  }
  const year = /^(\d{4})$/.exec(t);
  if (year) return { ok: true, value: year[1]! };
  return { ok: false, error: `“${t}” is not a date: use dd/mm/yyyy, a month (September 2023) or a year` };
}

function monthOf(name: string): number | null {
  const n = name.toLowerCase();
  if (n.length < 3) return null;
  // "Sep", "Sept", "September".
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(n));
  return i >= 0 ? i + 1 : null;
}

/** The value as a person would type it back: "17/11/2021", "September 2023", "2023". */
export function partialDateInputText(value: PartialDate | null): string {
  if (!value) return '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  if (m[3]) return `${m[3]}/${m[2]}/${m[1]}`;
  if (m[2]) return `${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
  return m[1]!;
}
