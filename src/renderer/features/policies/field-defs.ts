// The fields of the review screen: their labels, how each is shown and how it is corrected.
import { formatUkDate, type PartialDate } from '../../../core/dates';
import type { CorrectableField, GuidanceCitation, NamedLead } from '../../../core/extraction/types';
import {
  PHASE_LABELS,
  POLICY_TYPE_LABELS,
  ROLE_LABELS,
  type Phase,
  type PolicyType,
} from '../../../core/vocabulary';
import { cadenceWords } from '../../../core/reviews/cadence';

export type EditorKind = 'text' | 'phase' | 'type' | 'date' | 'months' | 'leads' | 'lines' | 'guidance';

export interface FieldDef {
  field: CorrectableField;
  label: string;
  editor: EditorKind;
}

export const FIELD_DEFS: FieldDef[] = [
  { field: 'settingName', label: 'Setting named', editor: 'text' },
  { field: 'phase', label: 'Phase', editor: 'phase' },
  { field: 'title', label: 'Policy title', editor: 'text' },
  { field: 'policyType', label: 'Policy type', editor: 'type' },
  { field: 'version', label: 'Version', editor: 'text' },
  { field: 'dates.written', label: 'Date written', editor: 'date' },
  { field: 'dates.approved', label: 'Date approved', editor: 'date' },
  { field: 'dates.lastReviewed', label: 'Date last reviewed', editor: 'date' },
  { field: 'dates.nextReview', label: 'Next review date', editor: 'date' },
  { field: 'approvingBody', label: 'Approved by', editor: 'text' },
  { field: 'reviewCadenceMonths', label: 'Review cadence', editor: 'months' },
  { field: 'namedLeads', label: 'Named leads', editor: 'leads' },
  { field: 'guidanceCited', label: 'Guidance cited', editor: 'guidance' },
  { field: 'linkedPolicies', label: 'Linked policies', editor: 'lines' },
  { field: 'officialChannels', label: 'Official channels', editor: 'lines' },
  { field: 'blockedServices', label: 'Blocked services', editor: 'lines' },
  { field: 'templateSource', label: 'Template it builds on', editor: 'text' },
];

export const FIELD_LABELS = Object.fromEntries(FIELD_DEFS.map((d) => [d.field, d.label])) as Record<
  CorrectableField,
  string
>;

export function guidanceText(g: GuidanceCitation): string {
  return g.edition ? `${g.name} ${g.edition}` : g.name;
}

export function leadText(l: NamedLead): string {
  return `${ROLE_LABELS[l.role]}: ${l.name}`;
}

/** A field's value in words (lists as lines); null when there is none. */
export function valueLines(def: FieldDef, value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  switch (def.editor) {
    case 'phase':
      return [PHASE_LABELS[value as Phase]];
    case 'type':
      return [POLICY_TYPE_LABELS[value as PolicyType]];
    case 'date':
      return [formatUkDate(value as PartialDate)];
    case 'months': {
      const words = cadenceWords(value as number);
      return [`${words[0]!.toUpperCase()}${words.slice(1)} (${value as number} months)`];
    }
    case 'leads':
      return (value as NamedLead[]).length ? (value as NamedLead[]).map(leadText) : null;
    case 'guidance':
      return (value as GuidanceCitation[]).length ? (value as GuidanceCitation[]).map(guidanceText) : null;
    case 'lines':
      return (value as string[]).length ? (value as string[]) : null;
    case 'text':
      return [String(value)];
  }
}
