// Vacancies: a role the setting's phase requires (configurable, DOMAIN.md) with no current holder.
import type { AppConfig } from '../config';
import { compareIso, formatUkDate, type IsoDate } from '../dates';
import type { PersonId, SettingId } from '../ids';
import type { Person, RoleAssignment } from '../model';
import type { Setting } from '../settings';
import { PHASE_LABELS, type RoleId } from '../vocabulary';
import { assignmentState, currentHolders, holdersOf, peopleById, ROLE_WORDS } from './holders';
import { byName } from './names';

export interface Vacancy {
  settingId: SettingId;
  settingName: string;
  role: RoleId;
  /** Who held it last, when someone did. */
  lastHolder: { personId: PersonId; name: string; to: string | null } | null;
  /** Someone due to take it up, when an assignment starts later. */
  startsLater: { personId: PersonId; name: string; from: string | null } | null;
  /** In words: "No current safeguarding governor: Ruth Hughes held the role until 21 Sep 2026." */
  reason: string;
}

export function findVacancies(
  settings: readonly Setting[],
  assignments: readonly RoleAssignment[],
  people: readonly Person[],
  requiredRoles: AppConfig['requiredRoles'],
  asOf: IsoDate,
): Vacancy[] {
  const holders = currentHolders(assignments, asOf);
  const names = peopleById(people);
  const nameOf = (id: PersonId) => names.get(id)?.name ?? 'Someone no longer in the register';
  const bySettingRole = new Map<string, RoleAssignment[]>();
  for (const a of assignments) {
    const key = `${a.settingId}|${a.role}`;
    const list = bySettingRole.get(key);
    if (list) list.push(a);
    else bySettingRole.set(key, [a]);
  }
  const out: Vacancy[] = [];
  for (const setting of settings) {
    if (setting.archived) continue;
    for (const role of requiredRoles[setting.phase] ?? []) {
      if (holdersOf(holders, setting.id, role).length > 0) continue;
      const history = bySettingRole.get(`${setting.id}|${role}`) ?? [];
      const ended = history
        .filter((a) => assignmentState(a, asOf) === 'ended')
        .sort((x, y) => compareIso(y.to ?? '', x.to ?? ''))[0];
      const future = history
        .filter((a) => assignmentState(a, asOf) === 'future')
        .sort((x, y) => compareIso(x.from ?? '', y.from ?? ''))[0];
      const head = `No current ${ROLE_WORDS[role]} (required for ${PHASE_LABELS[setting.phase].toLowerCase()} settings)`;
      const parts: string[] = [];
      if (ended) parts.push(`${nameOf(ended.personId)} held the role until ${formatUkDate(ended.to)}`);
      else if (!future) parts.push('none is recorded in the register');
      if (future) parts.push(`${nameOf(future.personId)} takes it up on ${formatUkDate(future.from)}`);
      out.push({
        settingId: setting.id,
        settingName: setting.name,
        role,
        lastHolder: ended ? { personId: ended.personId, name: nameOf(ended.personId), to: ended.to } : null,
        startsLater: future
          ? { personId: future.personId, name: nameOf(future.personId), from: future.from }
          : null,
        reason: `${head}: ${parts.join('; ')}.`,
      });
    }
  }
  return out.sort((a, b) => byName(a.settingName, b.settingName));
}
