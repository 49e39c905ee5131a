// Compliance as of a date: for every current member of staff in every setting, each course they need
// and its status; then the counts and percentages per setting, per course and overall, and the
// exceptions. One pass over the completions, so the whole local authority (30,000 staff, 300,000
// completions) takes a fraction of a second.
import type { IsoDate } from '../dates';
import type { CourseId, MembershipId, PersonId, SettingId } from '../ids';
import type { Completion, Course, Person, RoleAssignment, StaffMembership } from '../model';
import { isActiveOn, requiredSince } from './audience';
import { statusClock, type CourseStatus, type TrainingStatus } from './status';

/** Everything the rules read. Settings are referred to by id only. */
export interface TrainingData {
  courses: readonly Course[];
  memberships: readonly StaffMembership[];
  completions: readonly Completion[];
  roleAssignments: readonly RoleAssignment[];
  people: readonly Person[];
}

export interface ComplianceOptions {
  asOf: IsoDate;
  /** Training expiring within this many days is "expiring" (config.trainingExpiringDays). */
  expiringDays: number;
  /** Only these settings (all when absent). */
  settingIds?: readonly SettingId[];
  /** Build the matrix rows (default true); a summary alone skips them. */
  rows?: boolean;
}

export interface StatusCounts {
  valid: number;
  expiring: number;
  expired: number;
  missing: number;
}

export interface ComplianceFigures {
  counts: StatusCounts;
  /** Required (person, course) pairs: the sum of the counts. */
  required: number;
  /** Valid or expiring. */
  compliant: number;
  /** compliant / required as a percentage to one decimal place; null when nothing is required. */
  percentCompliant: number | null;
}

export interface CourseFigures extends ComplianceFigures {
  courseId: CourseId;
}

export interface SettingCompliance extends ComplianceFigures {
  settingId: SettingId;
  /** Current staff and governors in the setting. */
  people: number;
  /** Of them, those with every required course valid or expiring. */
  peopleFullyCompliant: number;
  /** One entry per course of the result, in the same order. */
  courses: CourseFigures[];
}

export interface Cell extends CourseStatus {
  /** When the course became required (start of post or of the role), if known. */
  since: IsoDate | null;
}

/** One current membership: a row of the staff × course matrix. */
export interface ComplianceRow {
  membershipId: MembershipId;
  personId: PersonId;
  settingId: SettingId;
  name: string;
  jobTitle: string;
  /** Aligned with `ComplianceResult.courses`; null where the course is not required. */
  cells: (Cell | null)[];
}

export type ExceptionStatus = Exclude<TrainingStatus, 'valid'>;

/** A person and a course that needs attention: expired, missing, or expiring soon. */
export interface TrainingException {
  personId: PersonId;
  name: string;
  /** Every setting where the person needs the course. */
  settingIds: SettingId[];
  courseId: CourseId;
  status: ExceptionStatus;
  lastCompleted: IsoDate | null;
  expiresOn: IsoDate | null;
  since: IsoDate | null;
}

export interface ComplianceResult {
  asOf: IsoDate;
  expiringDays: number;
  /** The courses counted: the catalogue without archived courses, in catalogue order. */
  courses: Course[];
  /** Empty when `rows: false` was asked for. */
  rows: ComplianceRow[];
  settings: SettingCompliance[];
  /** Per course across all settings; a person in two settings counts once. */
  courseFigures: CourseFigures[];
  /** Across all settings; a person in two settings counts once per course. */
  overall: ComplianceFigures;
  /** Current staff and governors across the settings, each person once. */
  people: number;
  /** Missing and expired first, then expiring; soonest first; then by name. */
  exceptions: TrainingException[];
}

export function emptyCounts(): StatusCounts {
  return { valid: 0, expiring: 0, expired: 0, missing: 0 };
}

export function figures(counts: StatusCounts): ComplianceFigures {
  const required = counts.valid + counts.expiring + counts.expired + counts.missing;
  const compliant = counts.valid + counts.expiring;
  return { counts, required, compliant, percentCompliant: percent(compliant, required) };
}

export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * The latest completion date per person and course, ignoring completions after `asOf`: per person, an
 * array indexed like `courses` (Maps of arrays, not string keys: 300,000 completions are read here).
 */
export function latestCompletions(
  completions: readonly Completion[],
  courses: readonly Pick<Course, 'id'>[],
  asOf: IsoDate,
): Map<PersonId, (IsoDate | undefined)[]> {
  const index = new Map(courses.map((c, i) => [c.id, i]));
  const latest = new Map<PersonId, (IsoDate | undefined)[]>();
  for (const c of completions) {
    if (c.completedOn > asOf) continue;
    const i = index.get(c.courseId);
    if (i === undefined) continue;
    let dates = latest.get(c.personId);
    if (dates === undefined) {
      dates = new Array<IsoDate | undefined>(courses.length);
      latest.set(c.personId, dates);
    }
    const known = dates[i];
    if (known === undefined || c.completedOn > known) dates[i] = c.completedOn;
  }
  return latest;
}

const SEVERITY: Record<ExceptionStatus, number> = { missing: 0, expired: 1, expiring: 2 };

export function computeCompliance(data: TrainingData, options: ComplianceOptions): ComplianceResult {
  const { asOf, expiringDays } = options;
  const wantRows = options.rows !== false;
  const clock = statusClock(asOf, expiringDays);
  const only = options.settingIds ? new Set(options.settingIds) : null;
  const courses = data.courses.filter((c) => !c.archived);
  const names = new Map(data.people.map((p) => [p.id, p.name]));
  const assignmentsOf = new Map<PersonId, RoleAssignment[]>();
  for (const a of data.roleAssignments) {
    const list = assignmentsOf.get(a.personId);
    if (list) list.push(a);
    else assignmentsOf.set(a.personId, [a]);
  }
  const latest = latestCompletions(data.completions, courses, asOf);

  const rows: ComplianceRow[] = [];
  const bySetting = new Map<SettingId, { people: number; fully: number; counts: StatusCounts[] }>();
  // Per person and course: the status (the same in every setting) and the settings that need it.
  // The pair is itself the matrix cell (extra fields and all): one object per person and course.
  interface Pair extends Cell {
    personId: PersonId;
    courseIndex: number;
    settingIds: SettingId[];
  }
  const pairsOf = new Map<PersonId, (Pair | undefined)[]>();
  const pairs: Pair[] = [];
  const noAssignments: RoleAssignment[] = [];
  const noDates: (IsoDate | undefined)[] = [];

  for (const m of data.memberships) {
    if ((only && !only.has(m.settingId)) || !isActiveOn(m, asOf)) continue;
    const assignments = assignmentsOf.get(m.personId) ?? noAssignments;
    const dates = latest.get(m.personId) ?? noDates;
    let personPairs = pairsOf.get(m.personId);
    if (personPairs === undefined) {
      personPairs = new Array<Pair | undefined>(courses.length);
      pairsOf.set(m.personId, personPairs);
    }
    const cells: (Cell | null)[] | null = wantRows ? new Array<Cell | null>(courses.length).fill(null) : null;
    let fully = true;
    let setting = bySetting.get(m.settingId);
    if (!setting) {
      setting = { people: 0, fully: 0, counts: courses.map(emptyCounts) };
      bySetting.set(m.settingId, setting);
    }
    for (let i = 0; i < courses.length; i += 1) {
      const course = courses[i]!;
      const since = requiredSince(course.audience, m, assignments, asOf);
      if (since === undefined) continue;
      let pair = personPairs[i];
      if (pair === undefined) {
        // The status rules of status.ts (statusFromLatest), inlined: this runs 110,000 times at LA scale.
        const last = dates[i] ?? null;
        let status: TrainingStatus = 'missing';
        let expiresOn: IsoDate | null = null;
        if (last !== null) {
          if (course.validityMonths === null) status = 'valid';
          else {
            expiresOn = clock.expiry(last, course.validityMonths);
            status = expiresOn < asOf ? 'expired' : expiresOn <= clock.warnUntil ? 'expiring' : 'valid';
          }
        }
        pair = {
          status,
          lastCompleted: last,
          expiresOn,
          since,
          personId: m.personId,
          courseIndex: i,
          settingIds: [m.settingId],
        };
        personPairs[i] = pair;
        pairs.push(pair);
      } else if (!pair.settingIds.includes(m.settingId)) pair.settingIds.push(m.settingId);
      const cell: Cell =
        pair.since === since
          ? pair
          : { status: pair.status, lastCompleted: pair.lastCompleted, expiresOn: pair.expiresOn, since };
      if (cells) cells[i] = cell;
      setting.counts[i]![cell.status] += 1;
      if (cell.status === 'expired' || cell.status === 'missing') fully = false;
    }
    // Someone current who needs no course (when no course is for their post) still counts as staff.
    setting.people += 1;
    if (fully) setting.fully += 1;
    if (cells)
      rows.push({
        membershipId: m.id,
        personId: m.personId,
        settingId: m.settingId,
        name: names.get(m.personId) ?? 'Unknown person',
        jobTitle: m.jobTitle,
        cells,
      });
  }

  const settings: SettingCompliance[] = [];
  for (const [settingId, s] of bySetting) {
    const total = emptyCounts();
    for (const c of s.counts) addCounts(total, c);
    settings.push({
      settingId,
      people: s.people,
      peopleFullyCompliant: s.fully,
      ...figures(total),
      courses: courses.map((course, i) => ({ courseId: course.id, ...figures(s.counts[i]!) })),
    });
  }

  const perCourse = courses.map(emptyCounts);
  const exceptions: TrainingException[] = [];
  for (const pair of pairs) {
    const cell = pair;
    perCourse[pair.courseIndex]![cell.status] += 1;
    if (cell.status !== 'valid') {
      exceptions.push({
        personId: pair.personId,
        name: names.get(pair.personId) ?? 'Unknown person',
        settingIds: pair.settingIds,
        courseId: courses[pair.courseIndex]!.id,
        status: cell.status,
        lastCompleted: cell.lastCompleted,
        expiresOn: cell.expiresOn,
        since: cell.since,
      });
    }
  }
  const collator = new Intl.Collator('en-GB');
  exceptions.sort(
    (a, b) =>
      SEVERITY[a.status] - SEVERITY[b.status] ||
      compareText(a.expiresOn ?? '', b.expiresOn ?? '') ||
      collator.compare(a.name, b.name) ||
      compareText(a.courseId, b.courseId),
  );
  const overall = emptyCounts();
  for (const c of perCourse) addCounts(overall, c);
  return {
    asOf,
    expiringDays,
    courses,
    rows,
    settings,
    courseFigures: courses.map((course, i) => ({ courseId: course.id, ...figures(perCourse[i]!) })),
    overall: figures(overall),
    people: pairsOf.size,
    exceptions,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function addCounts(into: StatusCounts, from: StatusCounts): void {
  into.valid += from.valid;
  into.expiring += from.expiring;
  into.expired += from.expired;
  into.missing += from.missing;
}
