// A policy version's effective values: what the reader found, with the user's corrections winning.
// Reviews, named leads, compare and reports all read fields through here, so a correction made on the
// review screen counts everywhere. Corrections are kept on the version and survive any re-read.
import type { PartialDate } from '../dates';
import { isPartialDate } from '../dates';
import type { SourceSpan } from '../document';
import type {
  Correction,
  CorrectableField,
  Extracted,
  ExtractionResult,
  GuidanceCitation,
  NamedLead,
} from '../extraction/types';
import { isPhase, isPolicyType, isRole, type Phase, type PolicyType } from '../vocabulary';

export interface EffectiveFacts {
  settingName: string | null;
  phase: Phase | null;
  title: string | null;
  policyType: PolicyType;
  version: string | null;
  dates: {
    written: PartialDate | null;
    approved: PartialDate | null;
    lastReviewed: PartialDate | null;
    nextReview: PartialDate | null;
  };
  approvingBody: string | null;
  reviewCadenceMonths: number | null;
  namedLeads: NamedLead[];
  guidanceCited: GuidanceCitation[];
  linkedPolicies: string[];
  officialChannels: string[];
  blockedServices: string[];
  templateSource: string | null;
}

/** Where a field's effective value came from. */
export type FieldOrigin = 'corrected' | 'extracted' | 'none';

export interface EffectiveField {
  field: CorrectableField;
  value: unknown;
  origin: FieldOrigin;
  /** Where in the document the reader found it (one span per value for lists). */
  sources: SourceSpan[];
  /** The reader's confidence (0..1) when extracted. */
  confidence: number | null;
  correction: Correction | null;
}

export const CORRECTABLE_FIELDS: readonly CorrectableField[] = [
  'settingName',
  'phase',
  'title',
  'policyType',
  'version',
  'dates.written',
  'dates.approved',
  'dates.lastReviewed',
  'dates.nextReview',
  'approvingBody',
  'reviewCadenceMonths',
  'namedLeads',
  'guidanceCited',
  'linkedPolicies',
  'officialChannels',
  'blockedServices',
  'templateSource',
];

export const LIST_FIELDS: ReadonlySet<CorrectableField> = new Set([
  'namedLeads',
  'guidanceCited',
  'linkedPolicies',
  'officialChannels',
  'blockedServices',
]);
export const DATE_FIELDS: ReadonlySet<CorrectableField> = new Set([
  'dates.written',
  'dates.approved',
  'dates.lastReviewed',
  'dates.nextReview',
]);

/** The user's latest word on a field (the latest `correctedAt` wins), or null. */
export function latestCorrection(
  corrections: readonly Correction[],
  field: CorrectableField,
): Correction | null {
  let latest: Correction | null = null;
  for (const c of corrections)
    if (c.field === field && (!latest || c.correctedAt >= latest.correctedAt)) latest = c;
  return latest;
}

/** A correction may carry the bare value or the extracted shape ({ value }); both mean the value. */
function bare(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'value' in value
    ? (value as { value: unknown }).value
    : value;
}

function extractedOf(
  x: ExtractionResult,
  field: CorrectableField,
): Extracted<unknown> | Extracted<unknown>[] | null {
  switch (field) {
    case 'settingName':
      return x.settingName;
    case 'phase':
      return x.phase;
    case 'title':
      return x.title;
    case 'policyType':
      return x.policyType;
    case 'version':
      return x.version;
    case 'dates.written':
      return x.dates.written;
    case 'dates.approved':
      return x.dates.approved;
    case 'dates.lastReviewed':
      return x.dates.lastReviewed;
    case 'dates.nextReview':
      return x.dates.nextReview;
    case 'approvingBody':
      return x.approvingBody;
    case 'reviewCadenceMonths':
      return x.reviewCadenceMonths;
    case 'namedLeads':
      return x.namedLeads;
    case 'guidanceCited':
      return x.guidanceCited;
    case 'linkedPolicies':
      return x.linkedPolicies;
    case 'officialChannels':
      return x.officialChannels;
    case 'blockedServices':
      return x.blockedServices;
    case 'templateSource':
      return x.templateSource;
  }
}

/** One field: its effective value, where it came from, and the evidence. */
export function effectiveField(
  extraction: ExtractionResult,
  corrections: readonly Correction[],
  field: CorrectableField,
): EffectiveField {
  const read = extractedOf(extraction, field);
  const sources = (Array.isArray(read) ? read : read ? [read] : [])
    .map((e) => e.source)
    .filter((s): s is SourceSpan => s !== null);
  const confidence = Array.isArray(read)
    ? read.length
      ? Math.min(...read.map((e) => e.confidence))
      : null
    : (read?.confidence ?? null);
  const correction = latestCorrection(corrections, field);
  if (correction)
    return {
      field,
      value: normalise(field, bare(correction.value)),
      origin: 'corrected',
      sources,
      confidence,
      correction,
    };
  const value = Array.isArray(read) ? read.map((e) => e.value) : (read?.value ?? null);
  const empty = value === null || (Array.isArray(value) && value.length === 0);
  // The type is always "read" (it defaults to 'other'), but a zero-confidence default is not a finding.
  const origin: FieldOrigin = empty || (field === 'policyType' && confidence === 0) ? 'none' : 'extracted';
  return { field, value: normalise(field, value), origin, sources, confidence, correction: null };
}

/** Coerces a stored or typed value to the field's type; anything unusable reads as "not stated". */
export function normalise(field: CorrectableField, value: unknown): unknown {
  if (LIST_FIELDS.has(field)) {
    const items = Array.isArray(value) ? value.map(bare) : [];
    if (field === 'namedLeads') {
      return items.flatMap((l) => {
        const lead = l as Partial<NamedLead> | null;
        if (!lead || !isRole(lead.role) || typeof lead.name !== 'string' || !lead.name.trim()) return [];
        return [
          {
            role: lead.role,
            name: lead.name.trim(),
            ...(typeof lead.from === 'string' && isPartialDate(lead.from) ? { from: lead.from } : {}),
          },
        ];
      });
    }
    if (field === 'guidanceCited') {
      return items.flatMap((g) => {
        if (typeof g === 'string' && g.trim()) return [{ name: g.trim(), edition: null }];
        const c = g as Partial<GuidanceCitation> | null;
        if (!c || typeof c.name !== 'string' || !c.name.trim()) return [];
        return [
          {
            ...(c.guidanceId ? { guidanceId: c.guidanceId } : {}),
            name: c.name.trim(),
            edition: typeof c.edition === 'number' ? c.edition : null,
          },
        ];
      });
    }
    return items.filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());
  }
  if (value === null || value === undefined) return field === 'policyType' ? 'other' : null;
  switch (field) {
    case 'phase':
      return isPhase(value) ? value : null;
    case 'policyType':
      return isPolicyType(value) ? value : 'other';
    case 'reviewCadenceMonths':
      return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
    default:
      return typeof value === 'string' && value.trim() ? value.trim() : null;
  }
}

export function effectiveFacts(
  extraction: ExtractionResult,
  corrections: readonly Correction[],
): EffectiveFacts {
  const get = <T>(field: CorrectableField) => effectiveField(extraction, corrections, field).value as T;
  return {
    settingName: get<string | null>('settingName'),
    phase: get<Phase | null>('phase'),
    title: get<string | null>('title'),
    policyType: get<PolicyType>('policyType'),
    version: get<string | null>('version'),
    dates: {
      written: get<PartialDate | null>('dates.written'),
      approved: get<PartialDate | null>('dates.approved'),
      lastReviewed: get<PartialDate | null>('dates.lastReviewed'),
      nextReview: get<PartialDate | null>('dates.nextReview'),
    },
    approvingBody: get<string | null>('approvingBody'),
    reviewCadenceMonths: get<number | null>('reviewCadenceMonths'),
    namedLeads: get<NamedLead[]>('namedLeads'),
    guidanceCited: get<GuidanceCitation[]>('guidanceCited'),
    linkedPolicies: get<string[]>('linkedPolicies'),
    officialChannels: get<string[]>('officialChannels'),
    blockedServices: get<string[]>('blockedServices'),
    templateSource: get<string | null>('templateSource'),
  };
}

export type CorrectionCheck = { ok: true; value: unknown } | { ok: false; error: string };

/** Checks a value the user typed for a field before it is stored. `null` always means "the document does not say". */
export function checkCorrection(field: CorrectableField, value: unknown): CorrectionCheck {
  if (value === null) return { ok: true, value: null };
  if (DATE_FIELDS.has(field)) {
    if (typeof value !== 'string' || !isPartialDate(value))
      return { ok: false, error: 'Enter a date as dd/mm/yyyy, a month as mm/yyyy, or a year' };
    return { ok: true, value };
  }
  if (field === 'reviewCadenceMonths') {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 120)
      return { ok: false, error: 'Enter the review cadence as a whole number of months between 1 and 120' };
    return { ok: true, value };
  }
  if (field === 'phase' && !isPhase(value)) return { ok: false, error: 'Choose a phase' };
  if (field === 'policyType' && !isPolicyType(value)) return { ok: false, error: 'Choose a policy type' };
  if (LIST_FIELDS.has(field)) {
    if (!Array.isArray(value)) return { ok: false, error: 'Expected a list' };
    return { ok: true, value: normalise(field, value) };
  }
  if (typeof value !== 'string') return { ok: false, error: 'Expected text' };
  return value.trim() ? { ok: true, value: value.trim() } : { ok: true, value: null };
}

/** The corrections with this field's replaced by the new one (one correction per field is kept). */
export function withCorrection(corrections: readonly Correction[], correction: Correction): Correction[] {
  return [...corrections.filter((c) => c.field !== correction.field), correction];
}

/** The corrections without this field's: the field goes back to what the reader found. */
export function withoutCorrection(corrections: readonly Correction[], field: CorrectableField): Correction[] {
  return corrections.filter((c) => c.field !== field);
}
