import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../src/data/migrations';
import { upgradeFrom } from '../../support/db';

describe('migration 6: completion-evidence-index', () => {
  it('indexes existing completions by their certificate, leaves those without one out, and changes no record', async () => {
    const completion = (id: string, evidenceFileId: string | null) => ({
      id,
      personId: 'p1',
      courseId: 'c1',
      completedOn: '2025-09-01',
      provider: 'In-house',
      evidenceFileId,
      createdAt: '2025-09-01T09:00:00.000Z',
    });
    const db = await upgradeFrom(5, async (old) => {
      await old
        .table('completions')
        .bulkAdd([completion('x1', 'f1'), completion('x2', 'f1'), completion('x3', null)]);
    });
    expect(db.verno).toBe(LATEST_VERSION);
    expect((await db.completions.where('evidenceFileId').equals('f1').primaryKeys()).sort()).toEqual([
      'x1',
      'x2',
    ]);
    expect(await db.completions.where('evidenceFileId').equals('f2').count()).toBe(0);
    expect(await db.completions.get('x3')).toEqual(completion('x3', null));
    db.close();
  });
});
