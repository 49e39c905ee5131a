// What the importer pulls out of a policy. Every value keeps where it came from and how sure the reader
// is, so the review screen can highlight it and a person can check it in one click.
import type { GuidanceEdition, TopicFramework } from '../config';
import type { PartialDate } from '../dates';
import type { SourceSpan } from '../document';
import type { Phase, PolicyType, RoleId } from '../vocabulary';

/** What the reader knows besides the document: the trust's configuration (never the clock). */
export interface ExtractionContext {
  /** Topic frameworks (AppConfig.frameworks); the one for the document's type is used, else the first. */
  frameworks: TopicFramework[];
  /** The guidance catalogue (AppConfig.guidance): canonical names, aliases, editions. */
  guidance: GuidanceEdition[];
}

export interface Extracted<T> {
  value: T;
  /** The words the value was read from, as written ("17/11/21", "Mrs Paula Trewin"), when they differ from the value. */
  text?: string;
  /** null when the value is inferred rather than read from one place (e.g. a type judged by content). */
  source: SourceSpan | null;
  /** 0..1: how sure the reader is. */
  confidence: number;
}

export interface NamedLead {
  role: RoleId;
  /** The name as written ("Mrs Paula Trewin" reads as "Paula Trewin"; titles are dropped). */
  name: string;
  /** When the text says so: "from September 2022". */
  from?: PartialDate;
}

export interface OtherNamedPerson {
  name: string;
  /** What the text calls them: "policy author", "Data Controller". */
  roleText: string;
}

export interface GuidanceCitation {
  /** Catalogue id when recognised ('kcsie', 'working_together', 'eyfs'...), else undefined. */
  guidanceId?: string;
  /** Canonical name: "Keeping Children Safe in Education". */
  name: string;
  /** Edition year when the text gives one. */
  edition: number | null;
}

export type TopicStrength = 'covered' | 'partly';

export interface TopicEvidence {
  topicId: string;
  strength: TopicStrength;
  /** The passages that establish it, strongest first. */
  passages: SourceSpan[];
  /** 0..1 */
  confidence: number;
}

export type ExtractionProblemKind = 'impossible_date' | 'ambiguous_date' | 'unreadable_section' | 'other';

/** Something the reader found and could not use: reported, never silently fixed. */
export interface ExtractionProblem {
  kind: ExtractionProblemKind;
  message: string;
  source: SourceSpan | null;
}

export interface PolicyDates {
  written: Extracted<PartialDate> | null;
  /** Approved / ratified / agreed / adopted. */
  approved: Extracted<PartialDate> | null;
  lastReviewed: Extracted<PartialDate> | null;
  nextReview: Extracted<PartialDate> | null;
}

export interface ExtractionResult {
  settingName: Extracted<string> | null;
  linkedSettings: Extracted<string>[];
  phase: Extracted<Phase> | null;
  title: Extracted<string> | null;
  policyType: Extracted<PolicyType>;
  version: Extracted<string> | null;
  dates: PolicyDates;
  approvingBody: Extracted<string> | null;
  /** Only when the text states a cadence; never a default. */
  reviewCadenceMonths: Extracted<number> | null;
  namedLeads: Extracted<NamedLead>[];
  otherNamedPeople: Extracted<OtherNamedPerson>[];
  guidanceCited: Extracted<GuidanceCitation>[];
  linkedPolicies: Extracted<string>[];
  officialChannels: Extracted<string>[];
  blockedServices: Extracted<string>[];
  templateSource: Extracted<string> | null;
  topics: TopicEvidence[];
  problems: ExtractionProblem[];
}

/** Fields a user can confirm or correct on the review screen. */
export type CorrectableField =
  | 'settingName'
  | 'phase'
  | 'title'
  | 'policyType'
  | 'version'
  | 'dates.written'
  | 'dates.approved'
  | 'dates.lastReviewed'
  | 'dates.nextReview'
  | 'approvingBody'
  | 'reviewCadenceMonths'
  | 'namedLeads'
  | 'guidanceCited'
  | 'linkedPolicies'
  | 'officialChannels'
  | 'blockedServices'
  | 'templateSource';

/** A user's word on a field. It wins over what the reader found and survives a re-read of the document. */
export interface Correction {
  field: CorrectableField;
  /** JSON-shaped value of the field's type; null means "the document does not say". */
  value: unknown;
  correctedAt: string;
  note?: string;
}
