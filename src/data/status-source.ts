// What the review and leads rules need, from a backup's tables (already brought up to the current schema
// with `upgradeSnapshot`): for `oversight status`. Documents are not needed: each policy's summary is
// used, or computed from its current version when missing or stale.
import type { AppConfig } from '../core/config';
import type { Completion, Course, Person, PolicyVersion, Review, RoleAssignment } from '../core/model';
import type { Policy } from '../core/model';
import { summariseVersion, summaryIsCurrent, type PolicySummary } from '../core/reviews/policy-summary';
import type { Setting } from '../core/settings';
import type { SnapshotTables } from './backup/format';
import { restoreConfig } from './defaults';
import type { CourseRecord, PolicyRecord, SettingRecord } from './records';
import { toSetting } from './repos/settings-repo';
import { toCourse } from './repos/training-repo';

export interface StatusData {
  trustName: string;
  config: AppConfig;
  settings: Setting[];
  policies: { policy: Policy; summary: PolicySummary }[];
  reviews: Review[];
  people: Person[];
  roleAssignments: RoleAssignment[];
  courses: Course[];
  completions: Completion[];
}

export function statusDataFromSnapshot(tables: SnapshotTables): StatusData {
  const rows = <T>(name: keyof SnapshotTables) => (tables[name] ?? []) as unknown as T[];
  const trust = rows<{ name: string }>('trust')[0];
  if (!trust) throw new Error('The backup holds no trust');
  const { config } = restoreConfig(
    Object.fromEntries(rows<{ key: string; value: unknown }>('config').map((r) => [r.key, r.value])),
  );
  const versions = new Map(rows<PolicyVersion>('policyVersions').map((v) => [v.id, v]));
  return {
    trustName: trust.name,
    config,
    settings: rows<SettingRecord>('settings').map(toSetting),
    policies: rows<PolicyRecord>('policies').map(({ reviewSummary, ...policy }) => ({
      policy,
      summary: summaryIsCurrent(reviewSummary, policy.currentVersionId)
        ? reviewSummary
        : summariseVersion(policy.currentVersionId ? versions.get(policy.currentVersionId) : null),
    })),
    reviews: rows('reviews'),
    people: rows('people'),
    roleAssignments: rows('roleAssignments'),
    courses: rows<CourseRecord>('courses').map(toCourse),
    completions: rows('completions'),
  };
}
