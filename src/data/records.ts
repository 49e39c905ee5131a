// Stored records: the shapes IndexedDB holds. They differ from core's domain types where storage needs
// it (IndexedDB cannot index booleans, so flags are 0 | 1; names carry a normalised key for lookups).
// Repositories convert between the two.
import type {
  ChecklistTemplate,
  Completion,
  Course,
  Finding,
  Person,
  Policy,
  PolicyVersion,
  Review,
  RoleAssignment,
  StaffMembership,
  StoredFile,
  Visit,
  VisitAction,
} from '../core/model';
import type { Setting } from '../core/settings';
import type { PolicySummary } from '../core/reviews/policy-summary';
import type { Trust } from '../core/trust';
import type { FileId, ImportBatchId, OverrideId, PolicyId, PolicyVersionId, SettingId } from '../core/ids';
import type { TopicEvidence } from '../core/extraction/types';
import type { StructuredDocument } from '../core/document';
import type { PositionQuestion, PositionValue } from '../core/compare/positions';
import type { PolicyType } from '../core/vocabulary';

export type TrustRecord = Trust;

export interface SettingRecord extends Omit<Setting, 'archived'> {
  archived: 0 | 1;
  /** nameKey(name): case, accent and punctuation folded (added by migration 2). */
  nameKey: string;
}

export interface PolicyRecord extends Policy {
  /**
   * The current version's review dates, cadence and named leads (migration 5): lets the dashboard and the
   * leads register read every policy without loading every document. Refresh it whenever the current
   * version or its corrections change (`refreshPolicySummary` in repos/policy-summaries.ts); a missing or
   * stale one is recomputed from the version on read.
   */
  reviewSummary?: PolicySummary;
}
export type PolicyVersionRecord = PolicyVersion;
export type FileRecord = StoredFile;
export type ReviewRecord = Review;
export interface PersonRecord extends Person {
  /** 1 when the person holds or held a lead role: an index that speeds the register up (migration 8). */
  roleHolder?: 1;
}
export type RoleAssignmentRecord = RoleAssignment;
export interface CourseRecord extends Omit<Course, 'archived'> {
  archived: 0 | 1;
}
export type MembershipRecord = StaffMembership;
export type CompletionRecord = Completion;
export type ChecklistTemplateRecord = ChecklistTemplate;
export type VisitRecord = Visit;
export type FindingRecord = Finding;
export type ActionRecord = VisitAction;

/** A user's overrule of one coverage cell, kept and shown. */
export interface CoverageOverrideRecord {
  id: OverrideId;
  settingId: SettingId;
  policyType: PolicyType;
  topicId: string;
  covered: boolean;
  note: string;
  createdAt: string;
}

/** What one import wrote, so the whole import can be undone. */
export interface ImportBatchRecord {
  id: ImportBatchId;
  kind: 'staff' | 'completions' | 'policies' | 'sample';
  label: string;
  createdAt: string;
  records: { table: string; id: string }[];
  /** Records the import changed, as they were before it: undo puts them back (staff updates). */
  replaced?: { table: string; record: Record<string, unknown> }[];
  undoneAt: string | null;
}

/** One configuration section (see core/config.ts AppConfig), stored by key. */
export interface ConfigRecord {
  key: string;
  value: unknown;
  updatedAt: string;
}

/**
 * What this laptop knows of a record's history when moving data between laptops (migration 7): the
 * versions (content hashes) it has held at each exchange, newest last, and whether it was removed here.
 */
export interface SyncStateRecord {
  /** `${table}/${id}` */
  key: string;
  table: string;
  id: string;
  seen: string[];
  /** When the record was removed on this laptop (a tombstone), or null. */
  removedAt: string | null;
}

/**
 * The trust's model policy for a policy type (migration 4): a setting's policy marked as the model, or a
 * document imported as the model (its original file is kept in `files`).
 */
export interface ModelPolicyRecord {
  policyType: PolicyType;
  source: 'policy' | 'document';
  /** source 'policy': the policy marked as the model (its current version is used). */
  policyId: PolicyId | null;
  title: string;
  /** source 'document': the imported file and its structured text. */
  fileId: FileId | null;
  fileName: string | null;
  document: StructuredDocument | null;
  setAt: string;
}

/** A person's correction of a position read from a policy (migration 4); the latest per question wins. */
export interface PositionCorrectionRecord {
  id: string;
  policyId: PolicyId;
  /** The policy's setting (so a visit pack of the setting carries its corrections). */
  settingId: SettingId;
  question: PositionQuestion;
  /** See PositionValue in core/compare/positions.ts; null: "the policy does not say". */
  value: PositionValue;
  note: string;
  correctedAt: string;
}

/**
 * The plain text of a current policy version, for full-text search (migration 3). A cache of the
 * version's document: not backed up; a missing or stale row (its sha256 differs from the version's) is
 * rebuilt by the search.
 */
export interface PolicyTextRecord {
  versionId: string;
  policyId: string;
  sha256: string;
  text: string;
}

/**
 * The coverage matrix's cache of a version's topic evidence (migration 4), so 600 settings' coverage is
 * read without loading 600 documents. Refilled from the versions when missing or different; not backed up.
 */
export interface CoverageIndexRecord {
  versionId: PolicyVersionId;
  policyId: PolicyId;
  topics: TopicEvidence[];
}
