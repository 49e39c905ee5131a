// Domain types of the things the store holds besides the trust and its settings. Feature modules in core
// compute on these; `data` maps stored records to them.
import type { Correction, ExtractionResult } from './extraction/types';
import type { IsoDate, PartialDate } from './dates';
import type { StructuredDocument, DocumentFormat } from './document';
import type {
  ActionId,
  ChecklistTemplateId,
  CompletionId,
  CourseId,
  FileId,
  FindingId,
  MembershipId,
  PersonId,
  PolicyId,
  PolicyVersionId,
  ReviewId,
  RoleAssignmentId,
  SettingId,
  VisitId,
} from './ids';
import type { PolicyType, RoleId } from './vocabulary';

/** An original file kept byte for byte (policy, certificate, visit evidence). */
export interface StoredFile {
  id: FileId;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
  createdAt: string;
}

export interface Policy {
  id: PolicyId;
  settingId: SettingId;
  type: PolicyType;
  title: string;
  currentVersionId: PolicyVersionId | null;
  createdAt: string;
  updatedAt: string;
}

export interface PolicyVersion {
  id: PolicyVersionId;
  policyId: PolicyId;
  fileId: FileId;
  fileName: string;
  format: DocumentFormat;
  sha256: string;
  importedAt: string;
  document: StructuredDocument;
  extraction: ExtractionResult;
  /** The user's corrections, by field; never overwritten by a re-read. */
  corrections: Correction[];
  confirmedAt: string | null;
}

export interface Review {
  id: ReviewId;
  policyId: PolicyId;
  settingId: SettingId;
  /** The approval date. */
  approvedOn: IsoDate;
  reviewer: string;
  approvingBody: string;
  meetingDate: IsoDate | null;
  minuteRef: string;
  summary: string;
  /** The document approved at this review, when one was attached. */
  versionId: PolicyVersionId | null;
  /** The next review the meeting set, if it set one. */
  nextReview: PartialDate | null;
  createdAt: string;
}

export interface Person {
  id: PersonId;
  /** Display name as people write it: "Jacqui Spinks". */
  name: string;
  forename: string;
  surname: string;
  email: string;
  createdAt: string;
  updatedAt: string;
}

export interface RoleAssignment {
  id: RoleAssignmentId;
  personId: PersonId;
  settingId: SettingId;
  role: RoleId;
  from: PartialDate | null;
  /** null while the person still holds the role. */
  to: PartialDate | null;
  /** The policy version the assignment was taken from, if any. */
  sourceVersionId: PolicyVersionId | null;
  createdAt: string;
  updatedAt: string;
}

/** Who must take a course. */
export type CourseAudience =
  | { kind: 'all_staff' }
  | { kind: 'dsl_and_deputies' }
  | { kind: 'governors' }
  | { kind: 'roles'; roles: RoleId[] }
  | { kind: 'job_titles'; titles: string[] };

export interface Course {
  id: CourseId;
  name: string;
  /** Months a completion stays valid; null: once only (induction). */
  validityMonths: number | null;
  audience: CourseAudience;
  description: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

export type StaffFlag = 'governor' | 'dsl' | 'deputy_dsl' | 'volunteer' | 'leadership';

export interface StaffMembership {
  id: MembershipId;
  personId: PersonId;
  settingId: SettingId;
  jobTitle: string;
  flags: StaffFlag[];
  start: IsoDate | null;
  /** Leaving date; leavers drop out of compliance but keep their history. */
  end: IsoDate | null;
  createdAt: string;
  updatedAt: string;
}

export interface Completion {
  id: CompletionId;
  personId: PersonId;
  courseId: CourseId;
  completedOn: IsoDate;
  provider: string;
  evidenceFileId: FileId | null;
  createdAt: string;
}

export type Judgement = 'met' | 'partly' | 'not_met' | 'not_seen';

export interface ChecklistItem {
  id: string;
  section: string;
  text: string;
}

export interface ChecklistTemplate {
  id: ChecklistTemplateId;
  name: string;
  items: ChecklistItem[];
  createdAt: string;
  updatedAt: string;
}

export type VisitStatus = 'planned' | 'in_progress' | 'completed';

export interface Visit {
  id: VisitId;
  settingId: SettingId;
  date: IsoDate;
  officer: string;
  templateId: ChecklistTemplateId;
  /** The checklist as it was when the visit was planned: later template edits do not rewrite history. */
  items: ChecklistItem[];
  status: VisitStatus;
  createdAt: string;
  updatedAt: string;
}

export interface Finding {
  id: FindingId;
  visitId: VisitId;
  itemId: string;
  /** null until the item is judged: a note or evidence may come first. */
  judgement: Judgement | null;
  note: string;
  evidenceFileIds: FileId[];
  updatedAt: string;
}

export type ActionStatus = 'open' | 'done' | 'dropped';

export interface VisitAction {
  id: ActionId;
  visitId: VisitId;
  settingId: SettingId;
  findingId: FindingId | null;
  text: string;
  owner: string;
  due: IsoDate | null;
  status: ActionStatus;
  /** The day the action was marked done or dropped (absent on actions recorded before it was kept). */
  closedOn?: IsoDate | null;
  createdAt: string;
  updatedAt: string;
}
