import { expect } from 'vitest';
import Dexie from 'dexie';
import { declareVersions, OversightDb } from '../../src/data/db';
import { MIGRATIONS } from '../../src/data/migrations';

let counter = 0;
/** A fresh, uniquely named database for one test. */
export function freshDb(): OversightDb {
  counter += 1;
  return new OversightDb(`test-${process.pid}-${Date.now()}-${counter}`);
}

/**
 * The migration harness: opens a database at an older schema version, lets the test write records
 * shaped for that version, closes it, then opens it with every migration and returns it upgraded.
 */
export async function upgradeFrom(version: number, seed: (db: Dexie) => Promise<void>): Promise<OversightDb> {
  counter += 1;
  const name = `migration-${process.pid}-${Date.now()}-${counter}`;
  const old = new Dexie(name);
  declareVersions(
    old,
    MIGRATIONS.filter((m) => m.version <= version),
  );
  await old.open();
  expect(old.verno).toBe(version);
  await seed(old);
  old.close();
  const db = new OversightDb(name);
  await db.open();
  return db;
}
