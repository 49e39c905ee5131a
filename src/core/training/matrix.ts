// The staff x course matrix packed into flat arrays: 30,000 rows x 6 courses as typed arrays (status
// codes and indexes into a table of dates) plus one array per text column. It crosses from the
// compliance worker to the window cheaply (the typed arrays are transferred, not copied) and costs
// the window's memory little while it scrolls.
import type { IsoDate } from '../dates';
import type { CourseId, MembershipId, PersonId, SettingId } from '../ids';
import type { Cell, ComplianceResult } from './compliance';
import { TRAINING_STATUSES, type TrainingStatus } from './status';

export interface PackedMatrix {
  courseIds: CourseId[];
  rowCount: number;
  membershipId: MembershipId[];
  personId: PersonId[];
  settingId: SettingId[];
  name: string[];
  jobTitle: string[];
  /** rowCount x courses: 0 not required, else 1 + index in TRAINING_STATUSES. */
  status: Uint8Array;
  /** rowCount x courses: index into `dates`, or -1. */
  lastCompleted: Int32Array;
  expiresOn: Int32Array;
  dates: IsoDate[];
}

export function packMatrix(result: Pick<ComplianceResult, 'courses' | 'rows'>): PackedMatrix {
  const width = result.courses.length;
  const n = result.rows.length;
  const status = new Uint8Array(n * width);
  const lastCompleted = new Int32Array(n * width).fill(-1);
  const expiresOn = new Int32Array(n * width).fill(-1);
  const dates: IsoDate[] = [];
  const dateIndex = new Map<IsoDate, number>();
  const indexOf = (d: IsoDate | null): number => {
    if (d === null) return -1;
    let i = dateIndex.get(d);
    if (i === undefined) {
      i = dates.push(d) - 1;
      dateIndex.set(d, i);
    }
    return i;
  };
  const codes = new Map<TrainingStatus, number>(TRAINING_STATUSES.map((s, i) => [s, i + 1]));
  const m: PackedMatrix = {
    courseIds: result.courses.map((c) => c.id),
    rowCount: n,
    membershipId: new Array<MembershipId>(n),
    personId: new Array<PersonId>(n),
    settingId: new Array<SettingId>(n),
    name: new Array<string>(n),
    jobTitle: new Array<string>(n),
    status,
    lastCompleted,
    expiresOn,
    dates,
  };
  result.rows.forEach((row, r) => {
    m.membershipId[r] = row.membershipId;
    m.personId[r] = row.personId;
    m.settingId[r] = row.settingId;
    m.name[r] = row.name;
    m.jobTitle[r] = row.jobTitle;
    for (let c = 0; c < width; c += 1) {
      const cell = row.cells[c];
      if (!cell) continue;
      const k = r * width + c;
      status[k] = codes.get(cell.status)!;
      lastCompleted[k] = indexOf(cell.lastCompleted);
      expiresOn[k] = indexOf(cell.expiresOn);
    }
  });
  return m;
}

/** One cell back out (`since` is not packed: the matrix does not show it). */
export function matrixCell(m: PackedMatrix, row: number, course: number): Omit<Cell, 'since'> | null {
  const k = row * m.courseIds.length + course;
  const code = m.status[k]!;
  if (code === 0) return null;
  const last = m.lastCompleted[k]!;
  const expires = m.expiresOn[k]!;
  return {
    status: TRAINING_STATUSES[code - 1]!,
    lastCompleted: last < 0 ? null : m.dates[last]!,
    expiresOn: expires < 0 ? null : m.dates[expires]!,
  };
}

/** The typed arrays, to hand to postMessage as transferables. */
export function matrixTransfers(m: PackedMatrix): ArrayBuffer[] {
  return [
    m.status.buffer as ArrayBuffer,
    m.lastCompleted.buffer as ArrayBuffer,
    m.expiresOn.buffer as ArrayBuffer,
  ];
}
