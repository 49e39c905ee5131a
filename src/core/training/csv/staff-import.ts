// Staff lists from a management information system: map the columns, check every row, and say what
// an import would do (add, update, leave alone, skip and why) before anything is written.
import { cleanName, nameKey } from '../../names';
import type { IsoDate } from '../../dates';
import type { MembershipId, PersonId, SettingId } from '../../ids';
import type { Person, StaffFlag, StaffMembership } from '../../model';
import type { Setting } from '../../settings';
import { STAFF_FLAG_LABELS, displayName } from '../staff';
import { parseCsvDate } from './dates';
import { roleFlags, splitFullName } from './people';
import { cell, splitHeader, type HeadedTable, type TextTable } from './table';
import {
  guessMapping,
  isEmail,
  knownHeaderCount,
  mappingProblems,
  NAME_ALIASES,
  type FieldSpec,
  type Mapping,
} from './mapping';

export type StaffField =
  | 'fullName'
  | 'forename'
  | 'preferredForename'
  | 'surname'
  | 'preferredSurname'
  | 'jobTitle'
  | 'role'
  | 'start'
  | 'end'
  | 'email'
  | 'setting';

export const STAFF_FIELDS: readonly FieldSpec<StaffField>[] = [
  { field: 'forename', label: 'Forename', aliases: NAME_ALIASES.forename },
  { field: 'preferredForename', label: 'Preferred forename', aliases: NAME_ALIASES.preferredForename },
  { field: 'surname', label: 'Surname', aliases: NAME_ALIASES.surname },
  { field: 'preferredSurname', label: 'Preferred surname', aliases: NAME_ALIASES.preferredSurname },
  { field: 'fullName', label: 'Full name', aliases: NAME_ALIASES.fullName },
  {
    field: 'jobTitle',
    label: 'Job title',
    aliases: [
      'Job Title',
      'Post',
      'Post Title',
      'Position',
      'Job',
      'Job Role',
      'Title of Post',
      'Staff Post',
    ],
  },
  {
    field: 'role',
    label: 'Role',
    aliases: [
      'Role',
      'Roles',
      'Staff Role',
      'Safeguarding Role',
      'Responsibility',
      'Responsibilities',
      'Staff Type',
      'Staff Category',
    ],
  },
  {
    field: 'start',
    label: 'Start date',
    aliases: [
      'Start Date',
      'Employment Start Date',
      'Employment Start',
      'Date Started',
      'Date of Arrival',
      'Contract Start Date',
      'Date Joined',
      'Started',
      'Start',
    ],
  },
  {
    field: 'end',
    label: 'Leaving date',
    aliases: [
      'Leaving Date',
      'Leave Date',
      'End Date',
      'Employment End Date',
      'Employment End',
      'Date of Leaving',
      'Date Left',
      'Contract End Date',
      'Left',
      'End',
    ],
  },
  { field: 'email', label: 'E-mail', aliases: NAME_ALIASES.email },
  { field: 'setting', label: 'Setting', aliases: NAME_ALIASES.setting },
];

export function findStaffHeader(table: TextTable): HeadedTable {
  return splitHeader(table, (h) => knownHeaderCount(h, STAFF_FIELDS));
}

export function guessStaffMapping(headers: readonly string[]): Mapping<StaffField> {
  return guessMapping(headers, STAFF_FIELDS);
}

/** What must be mapped before a preview makes sense. */
export function staffMappingProblems(
  mapping: Mapping<StaffField>,
  headers: readonly string[],
  hasTargetSetting: boolean,
): string[] {
  const problems = mappingProblems(mapping, headers, STAFF_FIELDS);
  const hasName =
    mapping.fullName !== undefined ||
    mapping.surname !== undefined ||
    mapping.forename !== undefined ||
    mapping.preferredForename !== undefined;
  if (!hasName) problems.push('Choose the column with the name (a full name, or a forename and a surname)');
  if (mapping.setting === undefined && !hasTargetSetting)
    problems.push('Choose the setting these staff work in, or the column that names it');
  return problems;
}

export interface StaffImportContext {
  settings: readonly Pick<Setting, 'id' | 'name' | 'urn'>[];
  people: readonly Person[];
  memberships: readonly StaffMembership[];
  /** Where rows go when the file names no setting. */
  settingId: SettingId | null;
}

export type StaffRowAction = 'new' | 'new_post' | 'update' | 'unchanged' | 'skip';

export interface StaffImportRow {
  line: number;
  action: StaffRowAction;
  /** Why the row is skipped (missing name, bad date, duplicate…). */
  problems: string[];
  name: string;
  forename: string;
  surname: string;
  email: string;
  jobTitle: string;
  flags: StaffFlag[];
  start: IsoDate | null;
  end: IsoDate | null;
  settingId: SettingId | null;
  /** The person already in the store that this row is. */
  personId: PersonId | null;
  /** The staff record this row updates. */
  membershipId: MembershipId | null;
  /** Rows that are one new person (the same e-mail in two settings) share this key. */
  newPersonKey: string | null;
  /** What an update changes, in words. */
  changes: string[];
}

export interface StaffImportPreview {
  rows: StaffImportRow[];
  counts: Record<StaffRowAction, number>;
  /** Whether the file gives role flags (a mapped Role column): then they replace the stored ones. */
  rolesFromFile: boolean;
}

export const STAFF_ACTION_LABELS: Record<StaffRowAction, string> = {
  new: 'New',
  new_post: 'New post',
  update: 'Update',
  unchanged: 'No change',
  skip: 'Skipped',
};

function settingMatcher(settings: StaffImportContext['settings']) {
  const byKey = new Map<string, SettingId>();
  for (const s of settings) {
    byKey.set(nameKey(s.name), s.id);
    if (s.urn !== '') byKey.set(nameKey(s.urn), s.id);
  }
  return (text: string): SettingId | undefined => byKey.get(nameKey(text));
}

/** Checks every row against the file and the store. Writes nothing. */
export function previewStaffImport(
  table: HeadedTable,
  mapping: Mapping<StaffField>,
  context: StaffImportContext,
): StaffImportPreview {
  const findSetting = settingMatcher(context.settings);
  const personById = new Map(context.people.map((p) => [p.id, p]));
  const personByEmail = new Map<string, Person>();
  for (const p of context.people) if (p.email !== '') personByEmail.set(p.email.toLowerCase(), p);
  // Memberships by setting and folded name (legal and display names both), for rows without e-mail.
  const membershipByName = new Map<string, StaffMembership[]>();
  const membershipByPerson = new Map<string, StaffMembership>();
  for (const m of context.memberships) {
    membershipByPerson.set(`${m.settingId}|${m.personId}`, m);
    const p = personById.get(m.personId);
    if (!p) continue;
    for (const key of new Set([nameKey(p.name), nameKey(displayName(p.forename, p.surname))])) {
      const k = `${m.settingId}|${key}`;
      const list = membershipByName.get(k);
      if (list) list.push(m);
      else membershipByName.set(k, [m]);
    }
  }
  const seen = new Map<string, number>();
  const rolesFromFile = mapping.role !== undefined;
  const rows: StaffImportRow[] = [];
  const counts: Record<StaffRowAction, number> = { new: 0, new_post: 0, update: 0, unchanged: 0, skip: 0 };

  for (const row of table.rows) {
    const problems: string[] = [];
    const legalForename = cleanName(cell(row, mapping.forename));
    const preferredForename = cleanName(cell(row, mapping.preferredForename));
    const legalSurname = cleanName(cell(row, mapping.surname));
    const preferredSurname = cleanName(cell(row, mapping.preferredSurname));
    let forename = preferredForename || legalForename;
    let surname = preferredSurname || legalSurname;
    const full = cleanName(cell(row, mapping.fullName));
    if (forename === '' && surname === '' && full !== '') [forename, surname] = splitFullName(full);
    const name = displayName(forename, surname) || full;
    if (name === '') problems.push('No name');

    const email = cell(row, mapping.email).toLowerCase();
    if (email !== '' && !isEmail(email)) problems.push(`“${email}” is not an e-mail address`);

    const dates: Partial<Record<'start' | 'end', IsoDate | null>> = {};
    for (const field of ['start', 'end'] as const) {
      const parsed = parseCsvDate(cell(row, mapping[field]));
      if (parsed.ok) dates[field] = parsed.date;
      else problems.push(`${field === 'start' ? 'Start date' : 'Leaving date'} ${parsed.error}`);
    }
    const start = dates.start ?? null;
    const end = dates.end ?? null;
    if (start && end && end < start) problems.push('The leaving date is before the start date');

    const roleText = cleanName(cell(row, mapping.role));
    const flags = roleFlags(roleText);
    const jobTitle =
      cleanName(cell(row, mapping.jobTitle)) ||
      (mapping.jobTitle === undefined && flags.length === 0 ? roleText : '');

    let settingId: SettingId | null = context.settingId;
    const settingText = cell(row, mapping.setting);
    if (settingText !== '') {
      const found = findSetting(settingText);
      if (found) settingId = found;
      else problems.push(`No setting called “${settingText}”`);
    } else if (settingId === null) problems.push('No setting');

    const identity = email !== '' ? `e:${email}` : `n:${nameKey(name)}`;
    if (settingId !== null && name !== '') {
      const key = `${settingId}|${identity}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push(`Duplicate of line ${first}`);
      else seen.set(key, row.line);
    }

    const out: StaffImportRow = {
      line: row.line,
      action: 'skip',
      problems,
      name,
      forename,
      surname,
      email,
      jobTitle,
      flags,
      start,
      end,
      settingId,
      personId: null,
      membershipId: null,
      newPersonKey: null,
      changes: [],
    };
    if (problems.length === 0 && settingId !== null) {
      // The same person: by e-mail anywhere in the trust (one person, two settings), else by name within this setting.
      let person = email !== '' ? personByEmail.get(email) : undefined;
      let membership = person ? membershipByPerson.get(`${settingId}|${person.id}`) : undefined;
      if (!person) {
        const sameName = (membershipByName.get(`${settingId}|${nameKey(name)}`) ?? []).filter((m) => {
          const p = personById.get(m.personId);
          return p !== undefined && (email === '' || p.email === '' || p.email.toLowerCase() === email);
        });
        if (sameName.length > 1)
          problems.push(
            `${sameName.length} people called ${name} are already on this staff list: add their e-mail addresses to tell them apart`,
          );
        else if (sameName.length === 1) {
          membership = sameName[0]!;
          person = personById.get(membership.personId);
        }
      }
      if (problems.length === 0) {
        if (!person) {
          out.action = 'new';
          out.newPersonKey = email !== '' ? `e:${email}` : `line:${row.line}`;
        } else if (!membership) {
          out.action = 'new_post';
          out.personId = person.id;
        } else {
          out.personId = person.id;
          out.membershipId = membership.id;
          out.changes = describeChanges(person, membership, out, mapping, rolesFromFile);
          out.action = out.changes.length > 0 ? 'update' : 'unchanged';
        }
      }
    }
    if (out.problems.length > 0) out.action = 'skip';
    counts[out.action] += 1;
    rows.push(out);
  }
  return { rows, counts, rolesFromFile };
}

function describeChanges(
  person: Person,
  m: StaffMembership,
  row: StaffImportRow,
  mapping: Mapping<StaffField>,
  rolesFromFile: boolean,
): string[] {
  const changes: string[] = [];
  if (row.email !== '' && row.email !== person.email.toLowerCase())
    changes.push(person.email === '' ? 'adds an e-mail address' : 'changes the e-mail address');
  // Names folded alike are the same name: "Sian" in an export never overwrites a stored "Siân".
  if (nameKey(row.name) !== nameKey(person.name)) changes.push(`name becomes ${row.name}`);
  if (row.jobTitle !== '' && row.jobTitle !== m.jobTitle) changes.push(`job title becomes ${row.jobTitle}`);
  if (rolesFromFile && (row.flags.length !== m.flags.length || row.flags.some((f) => !m.flags.includes(f)))) {
    changes.push(
      row.flags.length === 0
        ? 'clears the role flags'
        : `roles become ${row.flags.map((f) => STAFF_FLAG_LABELS[f]).join(', ')}`,
    );
  }
  if (mapping.start !== undefined && row.start !== null && row.start !== m.start)
    changes.push('changes the start date');
  if (mapping.end !== undefined && row.end !== null && row.end !== m.end)
    changes.push('records the leaving date');
  return changes;
}
