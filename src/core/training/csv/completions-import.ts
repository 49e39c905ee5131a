// Completions from a training provider's export: who did which course on which day. Each row is
// matched to a person on the staff lists and a course in the catalogue, and checked, before anything
// is written.
import { cleanName, nameKey } from '../../names';
import type { IsoDate } from '../../dates';
import type { CourseId, PersonId, SettingId } from '../../ids';
import type { Completion, Course, Person, StaffMembership } from '../../model';
import type { Setting } from '../../settings';
import { displayName } from '../staff';
import { parseCsvDate } from './dates';
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
import { splitFullName } from './people';

export type CompletionField =
  | 'fullName'
  | 'forename'
  | 'surname'
  | 'email'
  | 'course'
  | 'completedOn'
  | 'provider'
  | 'setting'
  | 'result';

export const COMPLETION_FIELDS: readonly FieldSpec<CompletionField>[] = [
  {
    field: 'forename',
    label: 'Forename',
    aliases: [...NAME_ALIASES.preferredForename, ...NAME_ALIASES.forename],
  },
  {
    field: 'surname',
    label: 'Surname',
    aliases: [...NAME_ALIASES.preferredSurname, ...NAME_ALIASES.surname],
  },
  { field: 'fullName', label: 'Full name', aliases: NAME_ALIASES.fullName },
  { field: 'email', label: 'E-mail', aliases: NAME_ALIASES.email },
  {
    field: 'course',
    label: 'Course',
    aliases: [
      'Course',
      'Course Name',
      'Course Title',
      'Training',
      'Training Course',
      'Module',
      'Module Name',
      'Qualification',
      'Programme',
      'Event',
      'Session',
    ],
  },
  {
    field: 'completedOn',
    label: 'Date completed',
    aliases: [
      'Date Completed',
      'Completed',
      'Completion Date',
      'Completed On',
      'Date of Completion',
      'Date',
      'Course Date',
      'Training Date',
      'Session Date',
      'Date Attended',
      'Date Passed',
      'Certificate Date',
    ],
  },
  {
    field: 'provider',
    label: 'Provider',
    aliases: ['Provider', 'Training Provider', 'Delivered By', 'Trainer', 'Organisation', 'Course Provider'],
  },
  { field: 'setting', label: 'Setting', aliases: NAME_ALIASES.setting },
  {
    field: 'result',
    label: 'Result',
    aliases: ['Status', 'Completion Status', 'Result', 'Outcome', 'Passed'],
  },
];

export function findCompletionHeader(table: TextTable): HeadedTable {
  return splitHeader(table, (h) => knownHeaderCount(h, COMPLETION_FIELDS));
}

export function guessCompletionMapping(headers: readonly string[]): Mapping<CompletionField> {
  return guessMapping(headers, COMPLETION_FIELDS);
}

export interface CompletionImportOptions {
  /** The course for every row when the file has no course column. */
  courseId: CourseId | null;
  /** The course chosen for each course name in the file (folded name -> course; null: skip those rows). */
  courseChoices: Record<string, CourseId | null>;
  /** Where the people work, when the file has no setting column (narrows name matching); null: anywhere. */
  settingId: SettingId | null;
  /** The provider for rows that give none. */
  provider: string;
  /** Completions after this date are refused: nobody has done training next week. */
  asOf: IsoDate;
}

export function completionMappingProblems(
  mapping: Mapping<CompletionField>,
  headers: readonly string[],
  options: Pick<CompletionImportOptions, 'courseId'>,
): string[] {
  const problems = mappingProblems(mapping, headers, COMPLETION_FIELDS);
  const hasName =
    mapping.fullName !== undefined || mapping.surname !== undefined || mapping.forename !== undefined;
  if (!hasName && mapping.email === undefined)
    problems.push('Choose the column with the person’s name or e-mail address');
  if (mapping.completedOn === undefined) problems.push('Choose the column with the date completed');
  if (mapping.course === undefined && options.courseId === null)
    problems.push('Choose the column with the course, or the course every row is for');
  return problems;
}

/** The distinct course names in the file, each with the catalogue course it most likely is. */
export function courseNamesInFile(
  table: HeadedTable,
  column: number | undefined,
  courses: readonly Course[],
): { key: string; text: string; rows: number; guess: CourseId | null }[] {
  if (column === undefined) return [];
  const found = new Map<string, { key: string; text: string; rows: number; guess: CourseId | null }>();
  for (const row of table.rows) {
    const text = cleanName(cell(row, column));
    const key = nameKey(text);
    if (key === '') continue;
    const known = found.get(key);
    if (known) known.rows += 1;
    else found.set(key, { key, text, rows: 1, guess: guessCourse(text, courses) });
  }
  return [...found.values()].sort((a, b) => b.rows - a.rows || a.text.localeCompare(b.text, 'en-GB'));
}

/** A catalogue course whose name is the text, or contains it, or is contained in it (only when just one does). */
export function guessCourse(text: string, courses: readonly Course[]): CourseId | null {
  const key = nameKey(text);
  const live = courses.filter((c) => !c.archived);
  const exact = live.find((c) => nameKey(c.name) === key);
  if (exact) return exact.id;
  const near = live.filter((c) => {
    const k = nameKey(c.name);
    return ` ${k} `.includes(` ${key} `) || ` ${key} `.includes(` ${k} `);
  });
  return near.length === 1 ? near[0]!.id : null;
}

const NOT_DONE =
  /^(no|n|not (yet )?(completed|started|passed|attended)|incomplete|in progress|started|failed|fail|did not attend|dna|absent|cancelled|booked|enrolled|registered|0|0%)$/;

export interface CompletionImportContext {
  courses: readonly Course[];
  people: readonly Person[];
  memberships: readonly StaffMembership[];
  settings: readonly Pick<Setting, 'id' | 'name' | 'urn'>[];
  /** Already recorded: the same person, course and date again is not added twice. */
  completions: readonly Pick<Completion, 'personId' | 'courseId' | 'completedOn'>[];
}

export type CompletionRowAction = 'add' | 'recorded' | 'skip';

export const COMPLETION_ACTION_LABELS: Record<CompletionRowAction, string> = {
  add: 'Add',
  recorded: 'Already recorded',
  skip: 'Skipped',
};

export interface CompletionImportRow {
  line: number;
  action: CompletionRowAction;
  problems: string[];
  name: string;
  personId: PersonId | null;
  courseId: CourseId | null;
  courseName: string;
  completedOn: IsoDate | null;
  provider: string;
}

export interface CompletionImportPreview {
  rows: CompletionImportRow[];
  counts: Record<CompletionRowAction, number>;
}

export function previewCompletionsImport(
  table: HeadedTable,
  mapping: Mapping<CompletionField>,
  context: CompletionImportContext,
  options: CompletionImportOptions,
): CompletionImportPreview {
  const courseById = new Map(context.courses.map((c) => [c.id, c]));
  const personById = new Map(context.people.map((p) => [p.id, p]));
  const byEmail = new Map<string, Person>();
  for (const p of context.people) if (p.email !== '') byEmail.set(p.email.toLowerCase(), p);
  const settingByKey = new Map<string, SettingId>();
  for (const s of context.settings) {
    settingByKey.set(nameKey(s.name), s.id);
    if (s.urn !== '') settingByKey.set(nameKey(s.urn), s.id);
  }
  // People by folded name, with the settings they work in.
  const byName = new Map<string, Set<PersonId>>();
  const settingsOf = new Map<PersonId, Set<SettingId>>();
  const addName = (key: string, id: PersonId) => {
    if (key === '') return;
    const set = byName.get(key);
    if (set) set.add(id);
    else byName.set(key, new Set([id]));
  };
  for (const p of context.people) {
    addName(nameKey(p.name), p.id);
    addName(nameKey(displayName(p.forename, p.surname)), p.id);
  }
  for (const m of context.memberships) {
    const set = settingsOf.get(m.personId);
    if (set) set.add(m.settingId);
    else settingsOf.set(m.personId, new Set([m.settingId]));
  }
  const recorded = new Set(context.completions.map((c) => `${c.personId}|${c.courseId}|${c.completedOn}`));
  const seen = new Map<string, number>();
  const rows: CompletionImportRow[] = [];
  const counts: Record<CompletionRowAction, number> = { add: 0, recorded: 0, skip: 0 };

  for (const row of table.rows) {
    const problems: string[] = [];
    const forename = cleanName(cell(row, mapping.forename));
    const surname = cleanName(cell(row, mapping.surname));
    const full = cleanName(cell(row, mapping.fullName));
    const email = cell(row, mapping.email).toLowerCase();
    const name =
      displayName(forename, surname) ||
      (full.includes(',') ? displayName(...splitFullName(full)) : full) ||
      email;

    const result = nameKey(cell(row, mapping.result));
    if (mapping.result !== undefined && NOT_DONE.test(result)) {
      problems.push(`Not completed (“${cell(row, mapping.result)}”)`);
    }

    let settingId = options.settingId;
    const settingText = cell(row, mapping.setting);
    if (settingText !== '') {
      const found = settingByKey.get(nameKey(settingText));
      if (found) settingId = found;
      else problems.push(`No setting called “${settingText}”`);
    }

    let personId: PersonId | null = null;
    if (name === '') problems.push('No name');
    else if (email !== '' && !isEmail(email)) problems.push(`“${email}” is not an e-mail address`);
    else {
      const p = email !== '' ? byEmail.get(email) : undefined;
      if (p) personId = p.id;
      else {
        const keys = new Set([nameKey(name), ...(full !== '' ? [nameKey(full)] : [])]);
        let candidates = [...keys].flatMap((k) => [...(byName.get(k) ?? [])]);
        candidates = [...new Set(candidates)];
        if (settingId !== null)
          candidates = candidates.filter((id) => settingsOf.get(id)?.has(settingId!) ?? false);
        if (email !== '') candidates = candidates.filter((id) => (personById.get(id)?.email ?? '') === '');
        if (candidates.length === 1) personId = candidates[0]!;
        else if (candidates.length > 1)
          problems.push(
            `${candidates.length} people are called ${name}: add an e-mail or setting column to tell them apart`,
          );
        else
          problems.push(
            `Nobody called ${name}${settingId !== null ? ' works in that setting' : ' is on the staff lists'}`,
          );
      }
    }

    let courseId: CourseId | null = options.courseId;
    let courseName = courseId ? (courseById.get(courseId)?.name ?? '') : '';
    if (mapping.course !== undefined) {
      const text = cleanName(cell(row, mapping.course));
      const key = nameKey(text);
      if (key === '') {
        if (courseId === null) problems.push('No course');
      } else if (key in options.courseChoices) {
        courseId = options.courseChoices[key] ?? null;
        if (courseId === null) problems.push(`“${text}” is not a course you track`);
      } else {
        courseId = guessCourse(text, context.courses);
        if (courseId === null) problems.push(`No course called “${text}” in the catalogue`);
      }
      courseName = courseId ? (courseById.get(courseId)?.name ?? text) : text;
    }

    const parsed = parseCsvDate(cell(row, mapping.completedOn));
    let completedOn: IsoDate | null = null;
    if (!parsed.ok) problems.push(`Date completed ${parsed.error}`);
    else if (parsed.date === null) problems.push('No date completed');
    else if (parsed.date > options.asOf)
      problems.push(`The date completed (${parsed.date.split('-').reverse().join('/')}) is in the future`);
    else completedOn = parsed.date;

    const provider = cleanName(cell(row, mapping.provider)) || cleanName(options.provider);
    let action: CompletionRowAction = 'skip';
    if (problems.length === 0 && personId && courseId && completedOn) {
      const key = `${personId}|${courseId}|${completedOn}`;
      const first = seen.get(key);
      if (first !== undefined) problems.push(`Duplicate of line ${first}`);
      else {
        seen.set(key, row.line);
        action = recorded.has(key) ? 'recorded' : 'add';
      }
    }
    if (problems.length > 0) action = 'skip';
    counts[action] += 1;
    rows.push({
      line: row.line,
      action,
      problems,
      name,
      personId,
      courseId,
      courseName,
      completedOn,
      provider,
    });
  }
  return { rows, counts };
}
