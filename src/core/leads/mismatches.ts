// Mismatches between the policies and the register, and other lead flags:
// - a policy names someone as a lead who is not the setting's current holder of that role, or who has
//   left it ("the policy names a former DSL");
// - one person named as DSL in more settings than the trust's limit;
// - a DSL or deputy whose DSL training has expired (or was never recorded), when training records exist.
import type { AppConfig } from '../config';
import { compareIso, formatUkDate, type IsoDate } from '../dates';
import type { NamedLead } from '../extraction/types';
import type { PersonId, PolicyId, SettingId } from '../ids';
import type { Person, Policy, RoleAssignment } from '../model';
import type { Setting } from '../settings';
import type { RoleId } from '../vocabulary';
import { assignmentState, currentHolders, holdersOf, peopleById, ROLE_WORDS } from './holders';
import { byName, personKey, plainName, samePersonName, surnameKey } from './names';

/** A policy's current named leads (effective values: what was read, with the user's corrections). */
export interface PolicyLeads {
  policyId: PolicyId;
  settingId: SettingId;
  title: string;
  leads: readonly NamedLead[];
}

/** Each policy's named leads from its summary, as the register's checks take them. */
export function policyLeadsOf(
  policies: readonly {
    policy: Pick<Policy, 'id' | 'settingId' | 'title'>;
    summary: { leads: readonly NamedLead[] };
  }[],
): PolicyLeads[] {
  return policies.map(({ policy, summary }) => ({
    policyId: policy.id,
    settingId: policy.settingId,
    title: policy.title,
    leads: summary.leads,
  }));
}

/** What the training rules say of a person's DSL training (the shape of training's `dslTrainingStatus`). */
export interface DslTrainingState {
  status: 'valid' | 'expiring' | 'expired' | 'missing';
  courseName: string;
  lastCompleted: IsoDate | null;
  expiresOn: IsoDate | null;
}
export type DslTrainingLookup = (personId: PersonId) => DslTrainingState | null;

export type LeadMismatchKind = 'former_holder' | 'not_holder' | 'no_holder' | 'dsl_limit' | 'dsl_training';

export const LEAD_MISMATCH_LABELS: Record<LeadMismatchKind, string> = {
  former_holder: 'Names a former holder',
  not_holder: 'Names someone else',
  no_holder: 'Not in the register',
  dsl_limit: 'DSL in too many settings',
  dsl_training: 'DSL training',
};

export interface LeadMismatch {
  kind: LeadMismatchKind;
  /** The setting concerned (for a DSL in too many settings: each of them, one mismatch per setting). */
  settingId: SettingId;
  role: RoleId;
  /** The name as the policy gives it, or the register's name. */
  name: string;
  personId: PersonId | null;
  policyId: PolicyId | null;
  policyTitle: string | null;
  /** The current holders of the role in the setting, by name. */
  currentHolders: string[];
  /** In words: "Social Media Policy names Rebecca Thornton as DSL, but she left the role on …: the policy names a former DSL." */
  reason: string;
  /** dsl_limit: every setting the person is named DSL in. */
  settingIds?: SettingId[];
  /** dsl_training: what the training rules found. */
  training?: DslTrainingState;
}

export interface LeadsInput {
  settings: readonly Setting[];
  people: readonly Person[];
  assignments: readonly RoleAssignment[];
  policies: readonly PolicyLeads[];
  /** Absent when the trust keeps no training records: then nobody is flagged for training. */
  dslTraining?: DslTrainingLookup;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A policy's named leads checked against the register as of `asOf`. */
export function policyLeadMismatches(input: LeadsInput, asOf: IsoDate): LeadMismatch[] {
  const active = new Map(input.settings.filter((s) => !s.archived).map((s) => [s.id, s]));
  const holders = currentHolders(input.assignments, asOf);
  const people = peopleById(input.people);
  const nameOf = (id: PersonId) => people.get(id)?.name ?? '';
  const history = new Map<string, RoleAssignment[]>();
  for (const a of input.assignments) {
    const key = `${a.settingId}|${a.role}`;
    const l = history.get(key);
    if (l) l.push(a);
    else history.set(key, [a]);
  }
  const out: LeadMismatch[] = [];
  for (const policy of input.policies) {
    const setting = active.get(policy.settingId);
    if (!setting) continue;
    const seen = new Set<string>();
    for (const lead of policy.leads) {
      const name = plainName(lead.name);
      const dedupe = `${lead.role}|${personKey(name)}`;
      if (!name || seen.has(dedupe)) continue;
      seen.add(dedupe);
      const current = holdersOf(holders, setting.id, lead.role);
      if (current.some((a) => samePersonName(name, nameOf(a.personId)))) continue;
      const role = ROLE_WORDS[lead.role];
      const currentNames = current.map((a) => nameOf(a.personId));
      const base = {
        settingId: setting.id,
        role: lead.role,
        name,
        policyId: policy.policyId,
        policyTitle: policy.title,
        currentHolders: currentNames,
      };
      const former = (history.get(`${setting.id}|${lead.role}`) ?? [])
        .filter((a) => assignmentState(a, asOf) === 'ended' && samePersonName(name, nameOf(a.personId)))
        .sort((x, y) => compareIso(y.to ?? '', x.to ?? ''))[0];
      const now = currentNames.length
        ? `; the current ${role} is ${list(currentNames)}`
        : `; the register has no current ${role}`;
      if (former) {
        out.push({
          ...base,
          kind: 'former_holder',
          personId: former.personId,
          reason: `The ${policy.title} names ${name} as ${role}, who left the role on ${formatUkDate(former.to)}${now}: the policy names a former ${role}.`,
        });
      } else if (currentNames.length) {
        out.push({
          ...base,
          kind: 'not_holder',
          personId: null,
          reason: `The ${policy.title} names ${name} as ${role}, but the register’s current ${role} is ${list(currentNames)}.`,
        });
      } else {
        out.push({
          ...base,
          kind: 'no_holder',
          personId: null,
          reason: `The ${policy.title} names ${name} as ${role}, but the register has no current ${role} for ${setting.name}: add the policy’s named leads to the register, or correct the policy.`,
        });
      }
    }
  }
  return out;
}

/** People named as DSL (in the register, or in a current policy) in more settings than the limit. */
export function dslLimitMismatches(input: LeadsInput, asOf: IsoDate, limit: number): LeadMismatch[] {
  const active = new Map(input.settings.filter((s) => !s.archived).map((s) => [s.id, s]));
  const people = peopleById(input.people);
  const holders = currentHolders(input.assignments, asOf);
  const groups = new Map<string, { name: string; personId: PersonId | null; settings: Set<SettingId> }>();
  const dslPeople: Person[] = [];
  for (const [settingId, roles] of holders) {
    if (!active.has(settingId)) continue;
    for (const a of roles.get('dsl') ?? []) {
      const person = people.get(a.personId);
      if (!person) continue;
      let g = groups.get(person.id);
      if (!g) {
        groups.set(person.id, (g = { name: person.name, personId: person.id, settings: new Set() }));
        dslPeople.push(person);
      }
      g.settings.add(settingId);
    }
  }
  // Register DSLs by surname, so each name in a policy is compared with a handful, not with all of them.
  const bySurname = new Map<string, Person[]>();
  for (const p of dslPeople) {
    const key = surnameKey(p.name);
    bySurname.set(key, [...(bySurname.get(key) ?? []), p]);
  }
  for (const policy of input.policies) {
    if (!active.has(policy.settingId)) continue;
    for (const lead of policy.leads) {
      if (lead.role !== 'dsl') continue;
      const name = plainName(lead.name);
      if (!name) continue;
      const person = (bySurname.get(surnameKey(name)) ?? []).find((p) => samePersonName(name, p.name));
      const key = person ? person.id : `name:${personKey(name)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { name, personId: null, settings: new Set() }));
      g.settings.add(policy.settingId);
    }
  }
  const out: LeadMismatch[] = [];
  for (const g of groups.values()) {
    if (g.settings.size <= limit) continue;
    const ids = [...g.settings].sort((a, b) => byName(active.get(a)!.name, active.get(b)!.name));
    const names = ids.map((id) => active.get(id)!.name);
    const reason = `${g.name} is named as DSL in ${g.settings.size} settings, more than the trust’s limit of ${limit}: ${list(names)}.`;
    for (const settingId of ids) {
      out.push({
        kind: 'dsl_limit',
        settingId,
        role: 'dsl',
        name: g.name,
        personId: g.personId,
        policyId: null,
        policyTitle: null,
        currentHolders: holdersOf(holders, settingId, 'dsl').map((a) => people.get(a.personId)?.name ?? ''),
        reason,
        settingIds: ids,
      });
    }
  }
  return out;
}

/** Current DSLs and deputies whose DSL training has expired, or who have none recorded. */
export function dslTrainingMismatches(input: LeadsInput, asOf: IsoDate): LeadMismatch[] {
  const lookup = input.dslTraining;
  if (!lookup) return [];
  const active = new Map(input.settings.filter((s) => !s.archived).map((s) => [s.id, s]));
  const people = peopleById(input.people);
  const holders = currentHolders(input.assignments, asOf);
  const cache = new Map<PersonId, DslTrainingState | null>();
  const out: LeadMismatch[] = [];
  for (const [settingId, roles] of holders) {
    const setting = active.get(settingId);
    if (!setting) continue;
    for (const role of ['dsl', 'deputy_dsl'] as const) {
      for (const a of roles.get(role) ?? []) {
        if (!cache.has(a.personId)) cache.set(a.personId, lookup(a.personId));
        const training = cache.get(a.personId);
        if (!training || (training.status !== 'expired' && training.status !== 'missing')) continue;
        const name = people.get(a.personId)?.name ?? 'Someone no longer in the register';
        const what =
          training.status === 'expired'
            ? `${training.courseName} expired on ${formatUkDate(training.expiresOn)}${training.lastCompleted ? ` (last completed ${formatUkDate(training.lastCompleted)})` : ''}`
            : `no ${training.courseName} is recorded`;
        out.push({
          kind: 'dsl_training',
          settingId,
          role,
          name,
          personId: a.personId,
          policyId: null,
          policyTitle: null,
          currentHolders: [],
          reason: `${name}, ${ROLE_WORDS[role]} of ${setting.name}: ${what}.`,
          training,
        });
      }
    }
  }
  return out;
}

/** Every lead mismatch, per setting in name order. */
export function findMismatches(
  input: LeadsInput,
  asOf: IsoDate,
  config: Pick<AppConfig, 'dslSettingsLimit'>,
): LeadMismatch[] {
  const names = new Map(input.settings.map((s) => [s.id, s.name]));
  const order: Record<LeadMismatchKind, number> = {
    former_holder: 0,
    not_holder: 1,
    no_holder: 2,
    dsl_training: 3,
    dsl_limit: 4,
  };
  return [
    ...policyLeadMismatches(input, asOf),
    ...dslTrainingMismatches(input, asOf),
    ...dslLimitMismatches(input, asOf, config.dslSettingsLimit),
  ].sort(
    (a, b) =>
      byName(names.get(a.settingId) ?? '', names.get(b.settingId) ?? '') || order[a.kind] - order[b.kind],
  );
}
