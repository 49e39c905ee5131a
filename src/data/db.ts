// The one offline store: a Dexie database whose versions are the named migrations in ./migrations.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import type {
  ActionRecord,
  ChecklistTemplateRecord,
  CompletionRecord,
  ConfigRecord,
  CourseRecord,
  CoverageIndexRecord,
  CoverageOverrideRecord,
  FileRecord,
  FindingRecord,
  ImportBatchRecord,
  MembershipRecord,
  ModelPolicyRecord,
  PersonRecord,
  PolicyRecord,
  PolicyTextRecord,
  PolicyVersionRecord,
  PositionCorrectionRecord,
  ReviewRecord,
  RoleAssignmentRecord,
  SettingRecord,
  SyncStateRecord,
  TrustRecord,
  VisitRecord,
} from './records';

export const DB_NAME = 'oversight';

export class OversightDb extends Dexie {
  trust!: Table<TrustRecord, string>;
  settings!: Table<SettingRecord, string>;
  policies!: Table<PolicyRecord, string>;
  policyVersions!: Table<PolicyVersionRecord, string>;
  files!: Table<FileRecord, string>;
  reviews!: Table<ReviewRecord, string>;
  people!: Table<PersonRecord, string>;
  roleAssignments!: Table<RoleAssignmentRecord, string>;
  courses!: Table<CourseRecord, string>;
  memberships!: Table<MembershipRecord, string>;
  completions!: Table<CompletionRecord, string>;
  checklistTemplates!: Table<ChecklistTemplateRecord, string>;
  visits!: Table<VisitRecord, string>;
  findings!: Table<FindingRecord, string>;
  actions!: Table<ActionRecord, string>;
  coverageOverrides!: Table<CoverageOverrideRecord, string>;
  importBatches!: Table<ImportBatchRecord, string>;
  config!: Table<ConfigRecord, string>;
  /** Search cache of current versions' text (migration 3); not in TABLE_NAMES, so not backed up. */
  policyTexts!: Table<PolicyTextRecord, string>;
  modelPolicies!: Table<ModelPolicyRecord, string>;
  positionCorrections!: Table<PositionCorrectionRecord, string>;
  /** Cache of each version's topic evidence for the coverage matrix (migration 4); not in TABLE_NAMES, so not backed up. */
  coverageIndex!: Table<CoverageIndexRecord, string>;
  syncState!: Table<SyncStateRecord, string>;

  constructor(name: string = DB_NAME, migrations: readonly Migration[] = MIGRATIONS, options: DexieOptions = {}) {
    // Strict durability: a write is reported done only once it is on disk, so a crash or power cut
    // after "Saved" loses nothing.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    declareVersions(this, migrations);
  }
}

export function declareVersions(db: Dexie, migrations: readonly Migration[]): void {
  for (const m of migrations) {
    const version = db.version(m.version).stores(m.stores);
    if (m.upgrade) version.upgrade(m.upgrade);
  }
}

/** Every table, for backups and whole-store operations. */
export const TABLE_NAMES = [
  'trust',
  'settings',
  'policies',
  'policyVersions',
  'files',
  'reviews',
  'people',
  'roleAssignments',
  'courses',
  'memberships',
  'completions',
  'checklistTemplates',
  'visits',
  'findings',
  'actions',
  'coverageOverrides',
  'importBatches',
  'config',
  'modelPolicies',
  'positionCorrections',
  'syncState',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export function nowIso(now: Date = new Date()): string {
  return now.toISOString();
}

export function newId<T extends string>(): T {
  return crypto.randomUUID() as T;
}
