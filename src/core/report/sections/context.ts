import { formatUkDate } from '../../dates';
import type { SettingId } from '../../ids';
import type { ReportAnalysis } from '../analysis';
import type { ReportData } from '../input';
import type { ReportOptions } from '../options';
import type { SettingStatus } from '../rag';
import { createRedactor, keepNames, type Redactor } from '../redact';

export interface SectionContext {
  data: ReportData;
  options: ReportOptions;
  analysis: ReportAnalysis;
  statuses: SettingStatus[];
  /** Staff by name (the user asked for it) rather than as counts. */
  names: boolean;
  settingName(id: SettingId): string;
  /** Free text (actions, owners, notes) as the report may show it: names of staff become their roles unless names were asked for. */
  redact: Redactor;
}

/** One of "the handful of things governors must know". */
export interface Highlight {
  rag: 'red' | 'amber';
  text: string;
  /** Higher comes first among highlights of the same colour. */
  weight: number;
}

export function createContext(data: ReportData, options: ReportOptions, analysis: ReportAnalysis, statuses: SettingStatus[]): SectionContext {
  const names = new Map(data.settings.map((s) => [s.id, s.name]));
  const redact = options.staff === 'names' ? keepNames : createRedactor(data, options.asOf);
  return { data, options, analysis, statuses, names: options.staff === 'names', settingName: (id) => names.get(id) ?? 'A setting no longer in the list', redact };
}

/** "before the meeting on 2 Dec 2026", or the screens' own window when there is no meeting date. */
export function meetingWindowWords(analysis: ReportAnalysis): string {
  return analysis.lookAhead ? `before the meeting on ${formatUkDate(analysis.lookAhead)}` : 'soon';
}

/** "Brookfield Infant School, Harbour View Primary School and 3 more". */
export function someNames(names: readonly string[], max = 3): string {
  const unique = [...new Set(names)];
  if (unique.length <= max) return unique.length <= 1 ? unique.join('') : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
  return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
}
