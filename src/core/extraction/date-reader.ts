// Dates as UK policies write them, read at the precision the text gives and never more:
// "06/09/21" is 6 September 2021, "3rd October 2022" a day, "September 2022" and "Sep-22" a month,
// "Spring 2021" and "Autumn term 2023" a year (a term is not a day), "2023/24" an academic year (read
// as the year it starts). An impossible date ("31/02/2023") gives no value and a problem to report.
import { formatPartialDate, isRealDate, type PartialDate } from '../dates';

export type DateForm = 'day' | 'month' | 'year' | 'term' | 'academic_year';

export interface DateMention {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** null when the words name no real date (31/02/2023). */
  value: PartialDate | null;
  form: DateForm;
  /** Why there is no value, in words a user can act on. */
  problem?: string;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_INDEX: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function monthOf(word: string): number {
  return MONTH_INDEX[word.slice(0, 3).toLowerCase()] ?? 0;
}

/** Two-digit years: 00-69 are 2000s, 70-99 1900s (policies are recent; a 1990s date is still read right). */
export function expandYear(text: string): number {
  const digits = text.replace(/\D/g, '');
  const n = Number(digits);
  if (digits.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray): Omit<DateMention, 'start' | 'end' | 'text'> | null;
}

function dayValue(year: number, month: number, day: number, text: string): Omit<DateMention, 'start' | 'end' | 'text'> {
  if (!isRealDate(year, month, day)) {
    return { value: null, form: 'day', problem: `"${text.trim()}" is not a real date` };
  }
  return { value: formatPartialDate({ year, month, day }), form: 'day' };
}

const PATTERNS: Pattern[] = [
  // ISO 2023-09-01
  {
    re: /(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d./-]?\d)/g,
    read: (m) => dayValue(Number(m[1]), Number(m[2]), Number(m[3]), m[0]),
  },
  // dd/mm/yyyy, dd/mm/yy, dd.mm.yyyy, dd-mm-yy (UK order; one separator kind)
  {
    re: /(?<![\d./:-])(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?![\d]|[./-]\d)/g,
    read: (m) => dayValue(expandYear(m[4]!), Number(m[3]), Number(m[1]), m[0]),
  },
  // 3rd October 2022, 3 Oct 22, 3rd of October, 2022, Monday 4th September 2023
  {
    re: new RegExp(`(?<![\\d.,/])\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH}\\.?,?[\\s-]+(\\d{4}|['’]?\\d{2})(?![\\d/])`, 'gi'),
    read: (m) => dayValue(expandYear(m[3]!), monthOf(m[2]!), Number(m[1]), m[0]),
  },
  // October 3rd 2022, October 3, 2022
  {
    re: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d/])`, 'gi'),
    read: (m) => dayValue(Number(m[3]), monthOf(m[1]!), Number(m[2]), m[0]),
  },
  // September 2022, Sept. 2022, Sep-22, Sept '22
  {
    re: new RegExp(`\\b${MONTH}\\.?(?:\\s*,?\\s+(\\d{4})|\\s*[-'’]\\s*['’]?(\\d{2})|\\s+['’](\\d{2}))(?![\\d/])`, 'gi'),
    read: (m) => {
      const year = m[2] ? Number(m[2]) : expandYear(m[3] ?? m[4]!);
      // "may 2023" in running text is rarely a month; the month is always capitalised when meant.
      if (m[1] === 'may') return null;
      return { value: formatPartialDate({ year, month: monthOf(m[1]!) }), form: 'month' };
    },
  },
  // Autumn 2023, Spring term 2024, Summer 2 2025, Autumn term 2023/24 (the term's calendar year)
  {
    re: /\b(Autumn|Spring|Summer)(?:\s+(?:term|half[\s-]?term))?(?:\s+[12])?(?:\s+term)?,?\s+(\d{4})(?:\s*[/–-]\s*(\d{4}|\d{2}))?(?![\d])/gi,
    read: (m) => {
      const start = Number(m[2]);
      const second = m[3] ? expandYear(m[3]) : null;
      const academic = second !== null && second === start + 1;
      const year = academic && m[1]!.toLowerCase() !== 'autumn' ? start + 1 : start;
      return { value: formatPartialDate({ year }), form: 'term' };
    },
  },
  // mm/yyyy
  {
    re: /(?<![\d./-])(\d{1,2})[/.-](\d{4})(?![\d]|[./-]\d)/g,
    read: (m) => {
      const month = Number(m[1]);
      const year = Number(m[2]);
      if (month < 1 || month > 12) return { value: null, form: 'month', problem: `"${m[0]}" is not a real month` };
      return { value: formatPartialDate({ year, month }), form: 'month' };
    },
  },
  // Academic year 2023/24, 2023-2024 (read as the year it starts)
  {
    re: /(?<![\d./-])((?:19|20)\d{2})\s*[/–-]\s*(\d{4}|\d{2})(?![\d]|[./-]\d)/g,
    read: (m) => {
      const start = Number(m[1]);
      const end = expandYear(m[2]!);
      if (end !== start + 1) return null;
      return { value: formatPartialDate({ year: start }), form: 'academic_year' };
    },
  },
  // A bare year
  {
    re: /(?<![\d./£$-])((?:19|20)\d{2})(?![\d]|[./-]\d|\s*%)/g,
    read: (m) => ({ value: formatPartialDate({ year: Number(m[1]) }), form: 'year' }),
  },
];

/**
 * Forms read only where a label says a date follows ("Review date: Sept 24", "Last review: 09/23"): a
 * month with a two-digit year. In running text "Sept 24" could be a day.
 */
const LABELLED_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`^[\\s:\\-–]*${MONTH}\\.?\\s+(\\d{2})\\s*(?:[(.;,]|$)`, 'gi'),
    read: (m) => ({ value: formatPartialDate({ year: expandYear(m[2]!), month: monthOf(m[1]!) }), form: 'month' }),
  },
  {
    re: /^[\s:\-–]*(\d{1,2})[/.](\d{2})\s*(?:[(.;,]|$)/g,
    read: (m) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return { value: null, form: 'month', problem: `"${m[0].trim()}" is not a real month` };
      return { value: formatPartialDate({ year: expandYear(m[2]!), month }), form: 'month' };
    },
  },
];

/**
 * Every date in `text`, left to right, the longest reading winning where two overlap. `labelled`: the
 * text is what follows a date label, so a month with a two-digit year ("Sept 24", "09/23") is read too.
 */
export function findDates(text: string, labelled = false): DateMention[] {
  const found: DateMention[] = [];
  (labelled ? [...PATTERNS, ...LABELLED_PATTERNS] : PATTERNS).forEach((p) => {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const read = p.read(m);
      if (read) {
        const t = m[0].replace(/[\s(.;,]+$/, '');
        const lead = t.length - t.trimStart().length;
        found.push({ ...read, start: m.index + lead, end: m.index + t.length, text: t.trimStart() });
      }
    }
  });
  // Earlier patterns are more specific; among overlaps keep the longest, then the most specific.
  const ranked = found.map((d, i) => ({ d, i })).sort((a, b) => b.d.end - b.d.start - (a.d.end - a.d.start) || a.i - b.i);
  const kept: DateMention[] = [];
  for (const { d } of ranked) {
    if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The first date in `text` that is more than a bare year, else the first bare year (or impossible date). */
export function firstDate(text: string, allowBareYear = true): DateMention | null {
  const all = findDates(text).filter((d) => allowBareYear || d.form !== 'year');
  return all[0] ?? null;
}

/** Reads one date typed or written on its own ("06/09/21", "Spring 2021"); null if it is not one date. */
export function readDate(text: string): DateMention | null {
  const t = text.trim();
  const all = findDates(t);
  if (all.length !== 1) return null;
  const d = all[0]!;
  const rest = (t.slice(0, d.start) + t.slice(d.end)).replace(/\b(?:on|in|the|of|term|by|from|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi, '').replace(/[\s,.;:()]/g, '');
  return rest === '' ? d : null;
}
