// Staff records and courses as the user types them: drafts, their checks, and the words for role flags.
import { cleanName, nameKey } from '../names';
import type { IsoDate } from '../dates';
import type { CourseId, SettingId } from '../ids';
import type { Course, CourseAudience, StaffFlag } from '../model';
import { ROLES } from '../vocabulary';
import { isEmail } from './csv/mapping';

export const STAFF_FLAGS: readonly StaffFlag[] = ['dsl', 'deputy_dsl', 'governor', 'leadership', 'volunteer'];
export const STAFF_FLAG_LABELS: Record<StaffFlag, string> = {
  dsl: 'DSL',
  deputy_dsl: 'Deputy DSL',
  governor: 'Governor or trustee',
  leadership: 'Senior leadership',
  volunteer: 'Volunteer',
};

export interface StaffDraft {
  forename: string;
  surname: string;
  email: string;
  settingId: SettingId | '';
  jobTitle: string;
  flags: StaffFlag[];
  start: IsoDate | null;
  end: IsoDate | null;
}

export type StaffErrors = Partial<Record<keyof StaffDraft, string>>;

export function normaliseStaffDraft(d: StaffDraft): StaffDraft {
  return {
    ...d,
    forename: cleanName(d.forename),
    surname: cleanName(d.surname),
    email: d.email.trim().toLowerCase(),
    jobTitle: cleanName(d.jobTitle),
    flags: STAFF_FLAGS.filter((f) => d.flags.includes(f)),
  };
}

export function validateStaffDraft(draft: StaffDraft): StaffErrors {
  const d = normaliseStaffDraft(draft);
  const errors: StaffErrors = {};
  if (d.forename === '' && d.surname === '') errors.forename = 'Enter the person’s name';
  if (d.forename.length > 100) errors.forename = 'The forename is too long (100 characters at most)';
  if (d.surname.length > 100) errors.surname = 'The surname is too long (100 characters at most)';
  if (d.email !== '' && !isEmail(d.email))
    errors.email = 'Enter an e-mail address such as name@school.org.uk, or leave it empty';
  if (d.settingId === '') errors.settingId = 'Choose the setting';
  if (d.start && d.end && d.end < d.start) errors.end = 'The leaving date is before the start date';
  return errors;
}

export function displayName(forename: string, surname: string): string {
  return cleanName(`${forename} ${surname}`);
}

export interface CourseDraft {
  name: string;
  /** null: once only (induction). */
  validityMonths: number | null;
  audience: CourseAudience;
  description: string;
}

export type CourseErrors = Partial<Record<'name' | 'validityMonths' | 'audience', string>>;

export function validateCourseDraft(
  draft: CourseDraft,
  others: readonly Pick<Course, 'id' | 'name'>[],
  selfId?: CourseId,
): CourseErrors {
  const errors: CourseErrors = {};
  const name = cleanName(draft.name);
  if (name === '') errors.name = 'Enter the course name';
  else if (name.length > 200) errors.name = 'The name is too long (200 characters at most)';
  else {
    const clash = others.find((o) => o.id !== selfId && nameKey(o.name) === nameKey(name));
    if (clash) errors.name = `A course called “${clash.name}” already exists`;
  }
  const v = draft.validityMonths;
  if (v !== null && (!Number.isInteger(v) || v < 1 || v > 120))
    errors.validityMonths = 'Enter a whole number of months from 1 to 120, or choose once only';
  if (draft.audience.kind === 'roles' && draft.audience.roles.length === 0)
    errors.audience = 'Choose at least one role';
  if (
    draft.audience.kind === 'job_titles' &&
    draft.audience.titles.filter((t) => t.trim() !== '').length === 0
  )
    errors.audience = 'Enter at least one job title';
  return errors;
}

export function normaliseCourseDraft(d: CourseDraft): CourseDraft {
  const a = d.audience;
  const audience: CourseAudience =
    a.kind === 'job_titles'
      ? { kind: 'job_titles', titles: [...new Set(a.titles.map(cleanName).filter((t) => t !== ''))] }
      : a.kind === 'roles'
        ? // In the vocabulary's order, once each.
          { kind: 'roles', roles: ROLES.filter((r) => a.roles.includes(r)) }
        : a;
  return {
    name: cleanName(d.name),
    validityMonths: d.validityMonths,
    audience,
    description: d.description.trim(),
  };
}

export function validityLabel(validityMonths: number | null): string {
  if (validityMonths === null) return 'Once only';
  if (validityMonths % 12 === 0)
    return validityMonths === 12
      ? '12 months (1 year)'
      : `${validityMonths} months (${validityMonths / 12} years)`;
  return validityMonths === 1 ? '1 month' : `${validityMonths} months`;
}
