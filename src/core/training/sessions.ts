// Recording training: one completion, or a whole session (an INSET day) for many people at once.
import { formatUkDate, type IsoDate } from '../dates';
import type { CourseId, PersonId } from '../ids';

export interface SessionDraft {
  courseId: CourseId | '';
  completedOn: IsoDate | null;
  provider: string;
  personIds: PersonId[];
}

export type SessionErrors = Partial<Record<keyof SessionDraft, string>>;

export function validateSessionDraft(d: SessionDraft, asOf: IsoDate): SessionErrors {
  const errors: SessionErrors = {};
  if (d.courseId === '') errors.courseId = 'Choose the course';
  if (d.completedOn === null) errors.completedOn = 'Enter the date as dd/mm/yyyy';
  else if (d.completedOn > asOf)
    errors.completedOn = `The date is after today (${formatUkDate(asOf)}): record training once it has happened`;
  if (d.provider.trim().length > 200) errors.provider = 'The provider is too long (200 characters at most)';
  if (d.personIds.length === 0) errors.personIds = 'Choose at least one person who attended';
  return errors;
}
