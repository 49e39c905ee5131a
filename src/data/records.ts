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
import type { Trust } from '../core/trust';
import type { ImportBatchId, OverrideId, SettingId } from '../core/ids';
import type { PolicyType } from '../core/vocabulary';

export type TrustRecord = Trust;

export interface SettingRecord extends Omit<Setting, 'archived'> {
  archived: 0 | 1;
  /** nameKey(name): case, accent and punctuation folded (added by migration 2). */
  nameKey: string;
}

export type PolicyRecord = Policy;
export type PolicyVersionRecord = PolicyVersion;
export type FileRecord = StoredFile;
export type ReviewRecord = Review;
export type PersonRecord = Person;
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
  undoneAt: string | null;
}

/** One configuration section (see core/config.ts AppConfig), stored by key. */
export interface ConfigRecord {
  key: string;
  value: unknown;
  updatedAt: string;
}
