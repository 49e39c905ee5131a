// Loads what a governor report is built from (core/report/input.ts): from the store in the app, from a
// backup snapshot on the command line. Documents are heavy (3,000 of them at local-authority scale), so
// policy versions are read only when the policy comparison is wanted, in chunks; reviews and leads read
// each policy's small summary instead.
import type { AppConfig } from '../core/config';
import type { PolicyVersionId } from '../core/ids';
import type { PolicyVersion } from '../core/model';
import type { ReportData, ReportPolicy } from '../core/report/input';
import type { ReportSectionId } from '../core/report/options';
import { summariseVersion, summaryIsCurrent } from '../core/reviews/policy-summary';
import type { PolicyType, TrustKind } from '../core/vocabulary';
import type { SnapshotTables } from './backup/format';
import type { OversightDb } from './db';
import { restoreConfig } from './defaults';
import type { CourseRecord, CoverageOverrideRecord, PolicyRecord, SettingRecord } from './records';
import { ConfigRepo } from './repos/config-repo';
import { loadPolicySummaries } from './repos/policy-summaries';
import { toSetting } from './repos/settings-repo';
import { toCourse } from './repos/training-repo';

export interface ReportLoadOptions {
  /**
   * The report's sections: with the policy comparison, the current version (with its document) of each
   * policy of a type the trust's frameworks cover is read too; without it, none.
   */
  sections: readonly ReportSectionId[];
  onProgress?: (message: string) => void;
}

const VERSION_CHUNK = 200;

function stripPolicy(record: PolicyRecord): ReportPolicy['policy'] {
  const { reviewSummary: _summary, ...policy } = record;
  return policy;
}

/** The policy types whose documents a report with these sections reads: those the comparison's frameworks cover. */
export function versionTypesFor(sections: readonly ReportSectionId[], config: AppConfig): PolicyType[] {
  return sections.includes('comparison') ? config.frameworks.map((f) => f.policyType) : [];
}

/**
 * Reads everything a report needs from the store in one read transaction (so the report is of one
 * moment, even if something is saved meanwhile), the big tables in parallel with the policies.
 */
export async function loadReportData(db: OversightDb, options: ReportLoadOptions): Promise<ReportData> {
  const say = options.onProgress ?? (() => undefined);
  const tables = [db.trust, db.config, db.settings, db.policies, db.policyVersions, db.reviews, db.people, db.roleAssignments, db.courses, db.memberships, db.completions, db.visits, db.findings, db.actions, db.coverageOverrides];
  return db.transaction('r', tables, async () => {
    say('Reading the records…');
    const records = Promise.all([
      db.reviews.toArray(),
      db.people.toArray(),
      db.roleAssignments.toArray(),
      db.courses.toArray(),
      db.memberships.toArray(),
      db.completions.toArray(),
      db.visits.toArray(),
      db.findings.toArray(),
      db.actions.toArray(),
      db.coverageOverrides.toArray(),
    ]);
    // Awaited below; if something else fails first, this one's failure is not a second, unhandled error.
    records.catch(() => undefined);
    const [trust, config, settingRecords, summaries] = await Promise.all([db.trust.toCollection().first(), new ConfigRepo(db).load(), db.settings.toArray(), loadPolicySummaries(db)]);
    if (!trust) throw new Error('There is no trust in this store yet: create one or load the sample first');
    const settings = settingRecords.map(toSetting);
    const versions = new Map<PolicyVersionId, PolicyVersion>();
    const types = new Set(versionTypesFor(options.sections, config));
    if (types.size > 0) {
      const ids = summaries.filter((s) => types.has(s.policy.type)).map((s) => s.policy.currentVersionId).filter((id): id is PolicyVersionId => id !== null);
      for (let i = 0; i < ids.length; i += VERSION_CHUNK) {
        say(`Reading policy documents (${Math.min(i + VERSION_CHUNK, ids.length).toLocaleString('en-GB')} of ${ids.length.toLocaleString('en-GB')})…`);
        for (const v of await db.policyVersions.bulkGet(ids.slice(i, i + VERSION_CHUNK))) if (v) versions.set(v.id, v);
      }
    }
    say('Reading reviews, leads, training and visits…');
    const [reviews, people, roleAssignments, courses, memberships, completions, visits, findings, actions, coverageOverrides] = await records;
    return {
      trust: { name: trust.name, kind: trust.kind },
      config,
      settings,
      policies: summaries.map(({ policy, summary }) => ({
        policy: stripPolicy(policy),
        summary,
        version: policy.currentVersionId ? (versions.get(policy.currentVersionId) ?? null) : null,
      })),
      reviews,
      people,
      roleAssignments,
      courses: courses.map(toCourse),
      memberships,
      completions,
      visits,
      findings,
      actions,
      coverageOverrides: coverageOverrides.map(toOverride),
    };
  });
}

function toOverride(o: CoverageOverrideRecord): ReportData['coverageOverrides'][number] {
  return { settingId: o.settingId, policyType: o.policyType, topicId: o.topicId, covered: o.covered, note: o.note, createdAt: o.createdAt };
}

/** The same from a backup's tables (already brought up to the current schema with `upgradeSnapshot`). */
export function reportDataFromSnapshot(tables: SnapshotTables, options: Pick<ReportLoadOptions, 'sections'>): ReportData {
  const rows = <T>(name: keyof SnapshotTables) => (tables[name] ?? []) as unknown as T[];
  const trust = rows<{ name: string; kind: TrustKind }>('trust')[0];
  if (!trust) throw new Error('The backup holds no trust');
  const configRecords = rows<{ key: string; value: unknown }>('config');
  const { config } = restoreConfig(Object.fromEntries(configRecords.map((r) => [r.key, r.value])));
  const versions = new Map(rows<PolicyVersion>('policyVersions').map((v) => [v.id, v]));
  const types = new Set(versionTypesFor(options.sections, config));
  return {
    trust: { name: trust.name, kind: trust.kind },
    config,
    settings: rows<SettingRecord>('settings').map(toSetting),
    policies: rows<PolicyRecord>('policies').map((record) => {
      const version = record.currentVersionId ? versions.get(record.currentVersionId) : undefined;
      const summary = summaryIsCurrent(record.reviewSummary, record.currentVersionId) ? record.reviewSummary : summariseVersion(version);
      return { policy: stripPolicy(record), summary, version: types.has(record.type) ? (version ?? null) : null };
    }),
    reviews: rows('reviews'),
    people: rows('people'),
    roleAssignments: rows('roleAssignments'),
    courses: rows<CourseRecord>('courses').map(toCourse),
    memberships: rows('memberships'),
    completions: rows('completions'),
    visits: rows('visits'),
    findings: rows('findings'),
    actions: rows('actions'),
    coverageOverrides: rows<CoverageOverrideRecord>('coverageOverrides').map(toOverride),
  };
}
