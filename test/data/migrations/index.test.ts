import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../src/data/migrations';
import { freshDb } from '../../support/db';

describe('migrations', () => {
  it('are numbered in increasing order, with a name and a reason each', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.version).toBeGreaterThan(i === 0 ? 0 : MIGRATIONS[i - 1]!.version);
      expect(m.name).toMatch(/^[a-z0-9-]+$/);
      expect(m.why.length).toBeGreaterThan(20);
    });
  });

  it('each upgrade has its own test file', () => {
    for (const m of MIGRATIONS.filter((x) => x.upgrade)) {
      const file = join(__dirname, `${String(m.version).padStart(3, '0')}-${m.name}.test.ts`);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('a new store opens at the latest version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.tables.map((t) => t.name).sort()).toContain('policyVersions');
    db.close();
  });
});
