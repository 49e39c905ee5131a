// What the user chooses for a governor report: scope, meeting, as-of date, sections, staff as names or
// counts (counts by default: UK GDPR data minimisation), an optional confidentiality marking.
import { isIsoDate, type IsoDate } from '../dates';
import type { SettingId } from '../ids';
import { cleanName } from '../names';
import { COMPLIANCE_BANDS } from '../training/percent';

export const REPORT_SECTIONS = ['summary', 'reviews', 'leads', 'training', 'comparison', 'visits', 'method'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_LABELS: Record<ReportSectionId, string> = {
  summary: 'Summary',
  reviews: 'Policy reviews',
  leads: 'Named leads',
  training: 'Training',
  comparison: 'Policy comparison',
  visits: 'Audit visits',
  method: 'Method note',
};

export function isReportSectionId(value: unknown): value is ReportSectionId {
  return typeof value === 'string' && (REPORT_SECTIONS as readonly string[]).includes(value);
}

export type ReportScope = { kind: 'trust' } | { kind: 'settings'; settingIds: SettingId[] } | { kind: 'setting'; settingId: SettingId };

export type StaffMode = 'counts' | 'names';

/** Thresholds of the summary's red / amber / green per setting (stated in the method note). */
export interface RagThresholds {
  /** Training compliance below this percentage is red. */
  trainingRedBelow: number;
  /** Below this (and not red) is amber. */
  trainingAmberBelow: number;
}

export const DEFAULT_RAG_THRESHOLDS: RagThresholds = { trainingRedBelow: COMPLIANCE_BANDS.redBelow, trainingAmberBelow: COMPLIANCE_BANDS.amberBelow };

export interface ReportOptions {
  scope: ReportScope;
  meeting: { name: string; date: IsoDate | null };
  asOf: IsoDate;
  /** In the order given; the report prints them in the standard order. */
  sections: ReportSectionId[];
  staff: StaffMode;
  /** Printed on the title page and in every header, e.g. "OFFICIAL-SENSITIVE". */
  confidentiality: string | null;
  /** "Prepared by" on the title page. */
  author: string;
  rag: RagThresholds;
}

export function defaultReportOptions(asOf: IsoDate): ReportOptions {
  return {
    scope: { kind: 'trust' },
    meeting: { name: '', date: null },
    asOf,
    sections: [...REPORT_SECTIONS],
    staff: 'counts',
    confidentiality: null,
    author: '',
    rag: { ...DEFAULT_RAG_THRESHOLDS },
  };
}

export type ReportOptionErrors = Partial<Record<'scope' | 'meetingName' | 'meetingDate' | 'asOf' | 'sections' | 'confidentiality' | 'author', string>>;

/** Checks options a user typed; an empty object means they can be used. */
export function validateReportOptions(options: ReportOptions): ReportOptionErrors {
  const errors: ReportOptionErrors = {};
  if (!isIsoDate(options.asOf)) errors.asOf = 'Enter the "as of" date as dd/mm/yyyy';
  if (options.meeting.date !== null && !isIsoDate(options.meeting.date)) errors.meetingDate = 'Enter the meeting date as dd/mm/yyyy';
  if (options.meeting.date !== null && isIsoDate(options.asOf) && options.meeting.date < options.asOf) {
    errors.meetingDate = 'The meeting is before the "as of" date: choose a meeting date on or after it';
  }
  if (cleanName(options.meeting.name).length > 200) errors.meetingName = 'The meeting name is too long (200 characters at most)';
  if (options.sections.length === 0) errors.sections = 'Choose at least one section';
  if (options.scope.kind === 'settings' && options.scope.settingIds.length === 0) errors.scope = 'Choose at least one setting';
  if ((options.confidentiality ?? '').length > 100) errors.confidentiality = 'The marking is too long (100 characters at most)';
  if (options.author.length > 200) errors.author = 'The name is too long (200 characters at most)';
  return errors;
}

/** Reads a comma-separated list of section ids ("summary,reviews,method"), as the command line takes it. */
export function parseSectionList(text: string): ReportSectionId[] {
  const ids = text
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (ids.length === 0) throw new Error(`Choose at least one section from: ${REPORT_SECTIONS.join(', ')}`);
  const unknown = ids.filter((id) => !isReportSectionId(id));
  if (unknown.length > 0) throw new Error(`Unknown section${unknown.length > 1 ? 's' : ''} "${unknown.join('", "')}": choose from ${REPORT_SECTIONS.join(', ')}`);
  return [...new Set(ids as ReportSectionId[])];
}

/**
 * The window for "due before the next meeting": from the as-of date to the meeting date. Without a
 * meeting date (or one on the as-of date) the screens' own warning windows apply instead.
 */
export function lookAheadDate(options: Pick<ReportOptions, 'asOf' | 'meeting'>): IsoDate | null {
  const date = options.meeting.date;
  return date !== null && date > options.asOf ? date : null;
}
