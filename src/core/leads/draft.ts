// What the officer types when adding, ending or handing over a role, checked before anything is written.
import {
  compareIso,
  firstDayOf,
  formatUkDate,
  isPartialDate,
  type IsoDate,
  type PartialDate,
} from '../dates';
import type { PersonId, SettingId } from '../ids';
import { cleanName } from '../names';
import { isRole, type RoleId } from '../vocabulary';

/** An existing person, or the name of a new one. */
export type PersonChoice = { personId: PersonId } | { name: string };

export interface AssignmentDraft {
  settingId: SettingId;
  role: RoleId;
  person: PersonChoice;
  from: PartialDate | null;
  to: PartialDate | null;
}

export type AssignmentErrors = Partial<Record<'settingId' | 'role' | 'person' | 'from' | 'to', string>>;

export function validatePersonChoice(person: PersonChoice): string | undefined {
  if ('personId' in person) return person.personId ? undefined : 'Choose a person';
  const name = cleanName(person.name);
  if (name === '') return 'Enter the person’s name';
  if (name.length > 200) return 'The name is too long (200 characters at most)';
  return undefined;
}

export function validateAssignmentDraft(draft: AssignmentDraft): AssignmentErrors {
  const errors: AssignmentErrors = {};
  if (!draft.settingId) errors.settingId = 'Choose a setting';
  if (!isRole(draft.role)) errors.role = 'Choose a role';
  const person = validatePersonChoice(draft.person);
  if (person) errors.person = person;
  if (draft.from !== null && !isPartialDate(draft.from)) errors.from = 'Enter the start date as dd/mm/yyyy';
  if (draft.to !== null && !isPartialDate(draft.to)) errors.to = 'Enter the end date as dd/mm/yyyy';
  const endError = endDateError(draft.from, draft.to);
  if (!errors.to && endError) errors.to = endError;
  return errors;
}

/** An end date must come after the start (a role that ends the day it starts was never held). */
export function endDateError(from: PartialDate | null, to: PartialDate | null): string | undefined {
  if (!from || !to || !isPartialDate(from) || !isPartialDate(to)) return undefined;
  if (compareIso(firstDayOf(to), firstDayOf(from)) <= 0)
    return `The end date must be after the start date (${formatUkDate(from)})`;
  return undefined;
}

/** For a hand over on `on`: the outgoing holder's role ends that day and the successor's starts it. */
export function validateHandOver(
  from: PartialDate | null,
  on: IsoDate | null,
  successor: PersonChoice,
): { on?: string; person?: string } {
  const errors: { on?: string; person?: string } = {};
  if (!on) errors.on = 'Enter the date of the hand over as dd/mm/yyyy';
  else {
    const end = endDateError(from, on);
    if (end) errors.on = `The hand over must be after the outgoing holder started (${formatUkDate(from)})`;
  }
  const person = validatePersonChoice(successor);
  if (person) errors.person = person;
  return errors;
}
