// "From a confirmed policy, add its named leads to the register in one step": which people to match or
// create and which roles to start, worked out here (pure) and written by the leads repository in one
// transaction. Jacqui Spinks, named DSL by St Alphege's policy last reviewed in September 2022, becomes
// DSL of St Alphege from September 2022 (the lead's own "from" when the text gives one, else the date
// the policy was last approved).
import { formatUkDate, type IsoDate, type PartialDate } from '../dates';
import type { NamedLead } from '../extraction/types';
import type { PersonId, SettingId } from '../ids';
import type { Person, RoleAssignment } from '../model';
import type { RoleId } from '../vocabulary';
import { assignmentState, ROLE_WORDS } from './holders';
import { personKey, plainName, samePersonName, splitName } from './names';

export type PlanAction = 'add' | 'already_current' | 'former';

export interface PlanItem {
  role: RoleId;
  name: string;
  /** An existing person matched by name, or a new one to create. */
  person:
    | { kind: 'existing'; personId: PersonId; name: string }
    | { kind: 'new'; name: string; forename: string; surname: string };
  from: PartialDate | null;
  action: PlanAction;
  /** Whether the item is ticked to begin with (a person who left the role, or a second DSL, is not). */
  selected: boolean;
  /** Why, in words, when it is not a plain addition. */
  note: string;
}

export interface PlanInput {
  settingId: SettingId;
  leads: readonly NamedLead[];
  /** The date the policy was last approved: the start date for leads whose text gives none. */
  defaultFrom: PartialDate | null;
  people: readonly Person[];
  assignments: readonly RoleAssignment[];
}

/** Roles a setting normally has one holder of: a second is flagged rather than added silently. */
const SINGLE_HOLDER: ReadonlySet<RoleId> = new Set([
  'dsl',
  'headteacher',
  'safeguarding_governor',
  'chair_of_governors',
  'dpo',
]);

export function planLeadsFromPolicy(input: PlanInput, asOf: IsoDate): PlanItem[] {
  const inSetting = input.assignments.filter((a) => a.settingId === input.settingId);
  const people = new Map(input.people.map((p) => [p.id, p]));
  const byKey = new Map<string, Person[]>();
  for (const p of input.people) {
    const key = personKey(p.name);
    const l = byKey.get(key);
    if (l) l.push(p);
    else byKey.set(key, [p]);
  }
  const settingPeople = [...new Set(inSetting.map((a) => a.personId))]
    .map((id) => people.get(id))
    .filter((p): p is Person => !!p);
  const created = new Map<string, PlanItem['person']>();
  const items: PlanItem[] = [];
  const seen = new Set<string>();
  for (const lead of input.leads) {
    const name = plainName(lead.name);
    if (!name) continue;
    const dedupe = `${lead.role}|${personKey(name)}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    // Exact name first (preferring someone already in this setting), then a looser match ("J Spinks")
    // among the setting's own people only.
    const exact = byKey.get(personKey(name)) ?? [];
    const match =
      exact.find((p) => settingPeople.includes(p)) ??
      exact[0] ??
      settingPeople.find((p) => samePersonName(name, p.name));
    let person: PlanItem['person'];
    if (match) person = { kind: 'existing', personId: match.id, name: match.name };
    else {
      const key = personKey(name);
      person = created.get(key) ?? { kind: 'new', name, ...splitName(name) };
      created.set(key, person);
    }
    const from = lead.from ?? input.defaultFrom;
    const role = ROLE_WORDS[lead.role];
    const mine =
      person.kind === 'existing'
        ? inSetting.filter(
            (a) => a.personId === (person as { personId: PersonId }).personId && a.role === lead.role,
          )
        : [];
    const others = inSetting.filter(
      (a) =>
        a.role === lead.role &&
        assignmentState(a, asOf) === 'current' &&
        (person.kind === 'new' || a.personId !== person.personId),
    );
    if (mine.some((a) => assignmentState(a, asOf) !== 'ended')) {
      items.push({
        role: lead.role,
        name,
        person,
        from,
        action: 'already_current',
        selected: false,
        note: `${person.name} is already ${role} in the register.`,
      });
      continue;
    }
    if (mine.length > 0) {
      const last = mine
        .map((a) => a.to ?? '')
        .sort()
        .pop();
      items.push({
        role: lead.role,
        name,
        person,
        from,
        action: 'former',
        selected: false,
        note: `${person.name} left the ${role} role${last ? ` on ${formatUkDate(last)}` : ''}: the policy names a former ${role}. Tick to add the role again.`,
      });
      continue;
    }
    const clash = SINGLE_HOLDER.has(lead.role) && others.length > 0;
    const holderNames = others
      .map((a) => people.get(a.personId)?.name ?? '')
      .filter(Boolean)
      .join(' and ');
    items.push({
      role: lead.role,
      name,
      person,
      from,
      action: 'add',
      selected: !clash,
      note: clash
        ? `${holderNames} is the current ${role}: adding ${name} as well gives the setting two. Use Hand over instead if ${name} has taken over.`
        : '',
    });
  }
  return items;
}
