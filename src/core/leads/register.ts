// The leads register as the officer reads it: per setting, every role held (current first, then those
// starting later, then history), with the vacancies and mismatches that concern the setting.
import type { AppConfig } from '../config';
import { compareIso, type IsoDate } from '../dates';
import type { PersonId, RoleAssignmentId, SettingId } from '../ids';
import type { Person, RoleAssignment } from '../model';
import type { Setting } from '../settings';
import { ROLES, type Phase, type RoleId } from '../vocabulary';
import { assignmentState, peopleById, type AssignmentState } from './holders';
import { findMismatches, type LeadMismatch, type LeadsInput } from './mismatches';
import { findVacancies, type Vacancy } from './vacancies';
import { byName } from './names';

export interface RegisterRow {
  assignmentId: RoleAssignmentId;
  personId: PersonId;
  name: string;
  role: RoleId;
  from: string | null;
  to: string | null;
  state: AssignmentState;
  /** Taken from a policy version, when it was. */
  fromPolicy: boolean;
}

export interface SettingLeads {
  settingId: SettingId;
  name: string;
  phase: Phase;
  rows: RegisterRow[];
  vacancies: Vacancy[];
  mismatches: LeadMismatch[];
}

export interface LeadsOverview {
  asOf: IsoDate;
  settings: SettingLeads[];
  vacancies: Vacancy[];
  mismatches: LeadMismatch[];
  counts: {
    settings: number;
    current: number;
    vacancies: number;
    mismatches: number;
    settingsWithIssues: number;
  };
}

const STATE_ORDER: Record<AssignmentState, number> = { current: 0, future: 1, ended: 2 };
const ROLE_ORDER = new Map<RoleId, number>(ROLES.map((r, i) => [r, i]));

function rowOrder(a: RegisterRow, b: RegisterRow): number {
  return (
    STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
    ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)! ||
    (a.state === 'ended' ? compareIso(b.to ?? '', a.to ?? '') : compareIso(a.from ?? '', b.from ?? '')) ||
    byName(a.name, b.name)
  );
}

export function registerRows(
  assignments: readonly RoleAssignment[],
  people: LeadsInput['people'] | ReadonlyMap<PersonId, Person>,
  asOf: IsoDate,
): RegisterRow[] {
  const names = people instanceof Map ? people : peopleById(people as LeadsInput['people']);
  return assignments
    .map((a) => ({
      assignmentId: a.id,
      personId: a.personId,
      name: names.get(a.personId)?.name ?? 'Someone no longer in the register',
      role: a.role,
      from: a.from,
      to: a.to,
      state: assignmentState(a, asOf),
      fromPolicy: a.sourceVersionId !== null,
    }))
    .sort(rowOrder);
}

function groupBySetting<T extends { settingId: SettingId }>(items: readonly T[]): Map<SettingId, T[]> {
  const out = new Map<SettingId, T[]>();
  for (const item of items) {
    const list = out.get(item.settingId);
    if (list) list.push(item);
    else out.set(item.settingId, [item]);
  }
  return out;
}

/** The whole register as of `asOf`: rows, vacancies and mismatches per active setting, and trust-wide. */
export function leadsOverview(
  input: LeadsInput,
  asOf: IsoDate,
  config: Pick<AppConfig, 'requiredRoles' | 'dslSettingsLimit'>,
): LeadsOverview {
  const active: Setting[] = input.settings.filter((s) => !s.archived).sort((a, b) => byName(a.name, b.name));
  const vacancies = findVacancies(active, input.assignments, input.people, config.requiredRoles, asOf);
  const mismatches = findMismatches({ ...input, settings: active }, asOf, config);
  const names = peopleById(input.people);
  const vacanciesOf = groupBySetting(vacancies);
  const mismatchesOf = groupBySetting(mismatches);
  const bySetting = new Map<SettingId, RoleAssignment[]>();
  for (const a of input.assignments) {
    const l = bySetting.get(a.settingId);
    if (l) l.push(a);
    else bySetting.set(a.settingId, [a]);
  }
  const settings = active.map((s) => ({
    settingId: s.id,
    name: s.name,
    phase: s.phase,
    rows: registerRows(bySetting.get(s.id) ?? [], names, asOf),
    vacancies: vacanciesOf.get(s.id) ?? [],
    mismatches: mismatchesOf.get(s.id) ?? [],
  }));
  return withCounts({ asOf, settings, vacancies, mismatches });
}

/** An overview with its trust-wide counts, worked out from its settings, vacancies and mismatches. */
export function withCounts(overview: Omit<LeadsOverview, 'counts'>): LeadsOverview {
  const { settings, vacancies, mismatches } = overview;
  return {
    ...overview,
    counts: {
      settings: settings.length,
      current: settings.reduce((n, s) => n + s.rows.filter((r) => r.state === 'current').length, 0),
      vacancies: vacancies.length,
      mismatches: mismatches.length,
      settingsWithIssues: settings.filter((s) => s.vacancies.length + s.mismatches.length > 0).length,
    },
  };
}
