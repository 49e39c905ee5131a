// The matrix and the exceptions as rows for a CSV file (written, safely, by src/documents/csv).
import { formatUkDate } from '../dates';
import type { SettingId } from '../ids';
import type { Cell, ComplianceResult, ComplianceRow, TrainingException } from './compliance';
import { matrixCell, type PackedMatrix } from './matrix';
import { TRAINING_STATUS_LABELS } from './status';

function cellText(c: Pick<Cell, 'status' | 'lastCompleted' | 'expiresOn'> | null): string {
  if (c === null) return 'Not required';
  const label = TRAINING_STATUS_LABELS[c.status];
  if (c.status === 'missing') return label;
  return c.expiresOn
    ? `${label} (until ${formatUkDate(c.expiresOn)})`
    : `${label} (${formatUkDate(c.lastCompleted)})`;
}

export function matrixRows(
  result: ComplianceResult,
  rows: readonly ComplianceRow[],
  settingName: (id: SettingId) => string,
): string[][] {
  return [
    ['Name', 'Setting', 'Job title', ...result.courses.map((c) => c.name)],
    ...rows.map((r) => [r.name, settingName(r.settingId), r.jobTitle, ...r.cells.map(cellText)]),
  ];
}

export function exceptionRows(
  result: ComplianceResult,
  exceptions: readonly TrainingException[],
  settingName: (id: SettingId) => string,
): string[][] {
  const courseName = new Map(result.courses.map((c) => [c.id, c.name]));
  return [
    ['Name', 'Settings', 'Course', 'Status', 'Last completed', 'Expires'],
    ...exceptions.map((e) => [
      e.name,
      e.settingIds.map(settingName).join('; '),
      courseName.get(e.courseId) ?? '',
      TRAINING_STATUS_LABELS[e.status],
      e.lastCompleted ? formatUkDate(e.lastCompleted) : '',
      e.expiresOn ? formatUkDate(e.expiresOn) : '',
    ]),
  ];
}

/** The packed matrix (only `indexes`, in that order) as CSV rows. */
export function packedMatrixRows(
  m: PackedMatrix,
  courseNames: readonly string[],
  indexes: readonly number[],
  settingName: (id: SettingId) => string,
): string[][] {
  return [
    ['Name', 'Setting', 'Job title', ...courseNames],
    ...indexes.map((r) => [
      m.name[r]!,
      settingName(m.settingId[r]!),
      m.jobTitle[r]!,
      ...courseNames.map((_, c) => cellText(matrixCell(m, r, c))),
    ]),
  ];
}
