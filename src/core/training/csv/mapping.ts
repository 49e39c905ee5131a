// Column mapping: which column of the file holds which field. The headers of the common management
// information systems (Arbor, SIMS, Bromcom) and training providers are recognised; the user can
// change any choice on the mapping screen.
import { nameKey } from '../../names';

export interface FieldSpec<F extends string> {
  field: F;
  label: string;
  /** Header names that mean this field (compared folded: case, accents and punctuation ignored). */
  aliases: string[];
}

/** Field -> column index; a field with no column is absent. */
export type Mapping<F extends string> = Partial<Record<F, number>>;

/** Header -> field for the headers we know; each field takes the first column that means it. */
export function guessMapping<F extends string>(
  headers: readonly string[],
  specs: readonly FieldSpec<F>[],
): Mapping<F> {
  const mapping: Mapping<F> = {};
  const keys = headers.map(nameKey);
  const taken = new Set<number>();
  // Exact alias matches first, in the order the specs list them (so "Legal Surname" beats "Surname"
  // only when the spec lists it first), then nothing: a guess that is wrong is worse than none.
  for (const spec of specs) {
    for (const alias of spec.aliases) {
      const i = keys.findIndex((k, index) => !taken.has(index) && k === nameKey(alias));
      if (i >= 0) {
        mapping[spec.field] = i;
        taken.add(i);
        break;
      }
    }
  }
  return mapping;
}

/** How many headers name a known field: used to find the header row under a title line. */
export function knownHeaderCount<F extends string>(
  headers: readonly string[],
  specs: readonly FieldSpec<F>[],
): number {
  const aliases = new Set(specs.flatMap((s) => s.aliases.map(nameKey)));
  return headers.filter((h) => aliases.has(nameKey(h))).length;
}

/** Every mapped column must be a real column and no column may be used twice. */
export function mappingProblems<F extends string>(
  mapping: Mapping<F>,
  headers: readonly string[],
  specs: readonly FieldSpec<F>[],
): string[] {
  const problems: string[] = [];
  const used = new Map<number, F>();
  for (const spec of specs) {
    const column = mapping[spec.field];
    if (column === undefined) continue;
    if (column < 0 || column >= headers.length)
      problems.push(`${spec.label}: there is no column ${column + 1}`);
    const other = used.get(column);
    if (other !== undefined) {
      const otherLabel = specs.find((s) => s.field === other)?.label ?? other;
      problems.push(
        `The column “${headers[column] ?? column + 1}” is chosen for both ${otherLabel} and ${spec.label}`,
      );
    }
    used.set(column, spec.field);
  }
  return problems;
}

export const NAME_ALIASES = {
  fullName: [
    'Name',
    'Full Name',
    'Staff Name',
    'Employee Name',
    'Display Name',
    'Person',
    'Learner',
    'Learner Name',
    'Delegate',
    'Delegate Name',
    'Attendee',
    'Staff Member',
  ],
  forename: [
    'Legal Forename',
    'Forename',
    'Legal First Name',
    'First Name',
    'Firstname',
    'Given Name',
    'Forenames',
    'First Names',
  ],
  preferredForename: [
    'Preferred Forename',
    'Preferred First Name',
    'Known As',
    'Preferred Name',
    'Chosen Forename',
  ],
  surname: ['Legal Surname', 'Surname', 'Legal Last Name', 'Last Name', 'Lastname', 'Family Name'],
  preferredSurname: ['Preferred Surname', 'Preferred Last Name'],
  email: [
    'Email',
    'Email Address',
    'E-mail',
    'E-mail Address',
    'Work Email',
    'Work Email Address',
    'School Email',
    'Staff Email',
  ],
  setting: [
    'Setting',
    'Setting Name',
    'School',
    'School Name',
    'Establishment',
    'Establishment Name',
    'Academy',
    'Site',
    'URN',
    'DfE URN',
  ],
};

/** A plausible e-mail address: something@domain.tld, no spaces. */
export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}
