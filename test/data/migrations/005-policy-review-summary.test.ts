import { describe, expect, it } from 'vitest';
import { emptyExtraction } from '../../../src/core/extraction/empty';
import { policyReviewSummary } from '../../../src/data/migrations/005-policy-review-summary';
import { LATEST_VERSION } from '../../../src/data/migrations';
import { upgradeFrom } from '../../support/db';

function version(
  id: string,
  policyId: string,
  dates: { approved?: string; nextReview?: string },
  corrections: unknown[] = [],
) {
  const extraction = emptyExtraction('social_media');
  if (dates.approved) extraction.dates.approved = { value: dates.approved, source: null, confidence: 0.9 };
  if (dates.nextReview)
    extraction.dates.nextReview = { value: dates.nextReview, source: null, confidence: 0.9 };
  extraction.namedLeads = [{ value: { role: 'dsl', name: 'Jacqui Spinks' }, source: null, confidence: 0.9 }];
  return {
    id,
    policyId,
    fileId: 'f',
    fileName: 'x.docx',
    format: 'docx',
    sha256: '0',
    importedAt: '',
    document: { format: 'docx', blocks: [], warnings: [] },
    extraction,
    corrections,
    confirmedAt: null,
  };
}

describe('migration 5: policy-review-summary', () => {
  it('gives every policy a summary of its current version, corrections winning', async () => {
    const db = await upgradeFrom(4, async (old) => {
      await old
        .table('policyVersions')
        .bulkAdd([
          version('v-old', 'p1', { approved: '2020-01-01' }),
          version('v1', 'p1', { approved: '2021-11-17' }, [
            { field: 'dates.nextReview', value: '2022-11', correctedAt: '2026-01-01T00:00:00Z' },
          ]),
          version('v2', 'p2', { nextReview: '2023-09' }, [
            {
              field: 'namedLeads',
              value: [{ role: 'dsl', name: 'Daniel Achebe' }],
              correctedAt: '2026-01-01T00:00:00Z',
            },
          ]),
        ]);
      await old.table('policies').bulkAdd([
        {
          id: 'p1',
          settingId: 's',
          type: 'social_media',
          title: 'Social Media Policy',
          currentVersionId: 'v1',
          createdAt: '',
          updatedAt: '',
        },
        {
          id: 'p2',
          settingId: 's',
          type: 'online_safety',
          title: 'Online Safety Policy',
          currentVersionId: 'v2',
          createdAt: '',
          updatedAt: '',
        },
        {
          id: 'p3',
          settingId: 's',
          type: 'other',
          title: 'Empty',
          currentVersionId: null,
          createdAt: '',
          updatedAt: '',
        },
      ]);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    const p1 = await db.policies.get('p1');
    expect(p1?.reviewSummary).toMatchObject({
      versionId: 'v1',
      facts: { approved: '2021-11-17', nextReview: '2022-11', cadenceMonths: null },
      leads: [{ role: 'dsl', name: 'Jacqui Spinks' }],
    });
    expect(p1).toMatchObject({ title: 'Social Media Policy', currentVersionId: 'v1' });
    expect((await db.policies.get('p2'))?.reviewSummary).toMatchObject({
      versionId: 'v2',
      facts: { nextReview: '2023-09' },
      leads: [{ role: 'dsl', name: 'Daniel Achebe' }],
    });
    expect((await db.policies.get('p3'))?.reviewSummary).toBeUndefined();
    db.close();
  });

  it('does the same for a backup made before it', () => {
    const tables: Record<string, Record<string, unknown>[]> = {
      policies: [{ id: 'p1', currentVersionId: 'v1' }],
      policyVersions: [version('v1', 'p1', { approved: '2021-11-17' }) as unknown as Record<string, unknown>],
    };
    policyReviewSummary.upgradeSnapshot!(tables);
    expect(tables.policies![0]).toMatchObject({
      reviewSummary: { versionId: 'v1', facts: { approved: '2021-11-17' } },
    });
  });
});
