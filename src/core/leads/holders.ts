// Who holds which role in which setting on a given day. An assignment runs from `from` (the first day in
// the role) until `to`, the day the role ended: on `to` the person no longer holds it, so a hand over on
// a day ends one assignment and starts the next on that same day with no gap and no overlap. Dates of
// month or year precision count from the first day they can mean.
import { compareIso, firstDayOf, isPartialDate, type IsoDate } from '../dates';
import type { PersonId, SettingId } from '../ids';
import type { Person, RoleAssignment } from '../model';
import type { RoleId } from '../vocabulary';

export type AssignmentState = 'current' | 'ended' | 'future';

const DAYS = new Map<string, IsoDate | null>();
/** The first day a from / to date can mean (cached: registers check the same dates many times over). */
function dayOf(value: string | null): IsoDate | null {
  if (!value) return null;
  let day = DAYS.get(value);
  if (day === undefined) {
    day = isPartialDate(value) ? firstDayOf(value) : null;
    if (DAYS.size >= 10_000) DAYS.clear();
    DAYS.set(value, day);
  }
  return day;
}

export function assignmentState(a: Pick<RoleAssignment, 'from' | 'to'>, asOf: IsoDate): AssignmentState {
  const from = dayOf(a.from);
  const to = dayOf(a.to);
  if (to && compareIso(asOf, to) >= 0) return 'ended';
  if (from && compareIso(asOf, from) < 0) return 'future';
  return 'current';
}

export function isCurrentAssignment(a: Pick<RoleAssignment, 'from' | 'to'>, asOf: IsoDate): boolean {
  return assignmentState(a, asOf) === 'current';
}

export type HoldersIndex = Map<SettingId, Map<RoleId, RoleAssignment[]>>;

/** The current holders of every role, by setting and role (earliest start first). */
export function currentHolders(assignments: readonly RoleAssignment[], asOf: IsoDate): HoldersIndex {
  const index: HoldersIndex = new Map();
  for (const a of assignments) {
    if (!isCurrentAssignment(a, asOf)) continue;
    let roles = index.get(a.settingId);
    if (!roles) index.set(a.settingId, (roles = new Map()));
    const list = roles.get(a.role);
    if (list) list.push(a);
    else roles.set(a.role, [a]);
  }
  for (const roles of index.values())
    for (const list of roles.values()) list.sort((x, y) => compareIso(x.from ?? '', y.from ?? ''));
  return index;
}

export function holdersOf(index: HoldersIndex, settingId: SettingId, role: RoleId): RoleAssignment[] {
  return index.get(settingId)?.get(role) ?? [];
}

export function peopleById(people: readonly Person[]): Map<PersonId, Person> {
  return new Map(people.map((p) => [p.id, p]));
}

/** Short role names for sentences: "the policy names a former DSL". */
export const ROLE_WORDS: Record<RoleId, string> = {
  dsl: 'DSL',
  deputy_dsl: 'deputy DSL',
  safeguarding_governor: 'safeguarding governor',
  headteacher: 'headteacher or manager',
  dpo: 'data protection officer',
  online_safety_lead: 'online safety lead',
  chair_of_governors: 'chair of governors',
  filtering_monitoring_lead: 'filtering and monitoring lead',
  business_manager: 'business manager',
  network_manager: 'network manager',
  data_controller: 'data controller',
};

/** "a DSL", "an online safety lead" */
export function withArticle(words: string): string {
  return /^[aeiou]/i.test(words) && !/^(u[bcfhjkqrst][aeiou])/i.test(words) ? `an ${words}` : `a ${words}`;
}
