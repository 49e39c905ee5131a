import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../src/data/migrations';
import { upgradeFrom } from '../../support/db';
import { emptyExtraction } from '../../../src/core/extraction/empty';

const rest = { extraction: emptyExtraction('social_media'), corrections: [], confirmedAt: null };

const doc = (texts: string[]) => ({
  format: 'txt',
  warnings: [],
  blocks: texts.map((text, i) => ({
    id: `b${i}`,
    kind: 'paragraph',
    text,
    headingPath: [],
    ...(i === 1 ? { number: '1.' } : {}),
  })),
});

describe('migration 3: policy-texts', () => {
  it('keeps the plain text of each current version in its own table, and only current ones', async () => {
    const db = await upgradeFrom(2, async (old) => {
      await old.table('policies').bulkAdd([
        { id: 'p1', settingId: 's1', type: 'social_media', title: 'Social media', currentVersionId: 'v2' },
        { id: 'p2', settingId: 's1', type: 'other', title: 'Empty', currentVersionId: null },
      ]);
      await old.table('policyVersions').bulkAdd([
        {
          id: 'v1',
          policyId: 'p1',
          sha256: 'aaa',
          importedAt: '2024-01-01',
          document: doc(['Old wording']),
          ...rest,
        },
        {
          id: 'v2',
          policyId: 'p1',
          sha256: 'bbb',
          importedAt: '2025-01-01',
          document: doc(['Social Media Policy', 'Staff must not befriend pupils.']),
          ...rest,
        },
      ]);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.policyTexts.toArray()).toEqual([
      {
        versionId: 'v2',
        policyId: 'p1',
        sha256: 'bbb',
        text: 'Social Media Policy\n\n1. Staff must not befriend pupils.',
      },
    ]);
    expect(await db.policyTexts.where('policyId').equals('p1').count()).toBe(1);
    db.close();
  });
});
