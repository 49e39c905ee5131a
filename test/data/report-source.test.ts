// The report's data, read from the store (the app) and from a backup's tables (the command line), is the
// same; documents are read only when the policy comparison is wanted, and only of its policy types.
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { restoreSnapshot, upgradeSnapshot } from '../../src/data/backup/snapshot';
import { loadReportData, reportDataFromSnapshot } from '../../src/data/report-source';
import { textFiles } from '../../src/data/sample/materialise';
import type { ReportData } from '../../src/core/report/input';
import { freshDb } from '../support/db';

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
const normal = (d: ReportData) => ({
  ...d,
  settings: byId(d.settings),
  policies: [...d.policies].sort((a, b) => a.policy.id.localeCompare(b.policy.id)),
  people: byId(d.people),
  completions: byId(d.completions),
  memberships: byId(d.memberships),
  roleAssignments: byId(d.roleAssignments),
  courses: byId(d.courses),
  reviews: byId(d.reviews),
  visits: byId(d.visits),
  findings: byId(d.findings),
  actions: byId(d.actions),
});

describe('report data', () => {
  it('reads the same from the store as from a backup of it', async () => {
    const snapshot = await sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, '2026-11-21T12:00:00.000Z');
    const db = freshDb();
    await restoreSnapshot(db, snapshot);
    const messages: string[] = [];
    const fromStore = await loadReportData(db, { sections: ['summary', 'comparison'], onProgress: (m) => messages.push(m) });
    const fromBackup = reportDataFromSnapshot(upgradeSnapshot(snapshot).tables, { sections: ['summary', 'comparison'] });
    expect(normal(fromStore)).toEqual(normal(fromBackup));
    expect(fromStore.trust).toEqual({ name: 'Kestrel Vale Learning Trust', kind: 'trust' });
    expect(messages).toContain('Reading reviews, leads, training and visits…');
    db.close();
  });

  it('reads documents only for the comparison, and only of the framework’s policy types', async () => {
    const snapshot = await sampleSnapshot(buildSampleTrust('2026-11-21'), textFiles, '2026-11-21T12:00:00.000Z');
    const db = freshDb();
    await restoreSnapshot(db, snapshot);
    const without = await loadReportData(db, { sections: ['summary', 'training'] });
    expect(without.policies.every((p) => p.version === null)).toBe(true);
    expect(without.policies.every((p) => p.summary.versionId === p.policy.currentVersionId)).toBe(true);
    const withDocs = await loadReportData(db, { sections: ['comparison'] });
    const framework = new Set(withDocs.config.frameworks.map((f) => f.policyType));
    for (const p of withDocs.policies) expect(p.version !== null, `${p.policy.title} (${p.policy.type})`).toBe(framework.has(p.policy.type));
    db.close();
  });

  it('says so when there is no trust to report on', async () => {
    const db = freshDb();
    await expect(loadReportData(db, { sections: ['summary'] })).rejects.toThrow('There is no trust in this store yet');
    db.close();
  });
});
