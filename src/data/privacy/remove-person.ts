// Data minimisation (DOMAIN.md, "Data protection"): remove a person and everything recorded about them —
// their roles, staff records, training completions and the evidence files no one else's record uses — in one
// transaction. Each removed record leaves a tombstone in syncState (table, id and content hash, no personal
// data), so importing an older visit pack from another laptop does not quietly bring the person back.
import type { PersonId } from '../../core/ids';
import type { Person } from '../../core/model';
import { TABLE_NAMES, nowIso, type OversightDb, type TableName } from '../db';
import type { SyncStateRecord } from '../records';
import { extendHistory, keyOf, syncKey } from '../backup/pack';
import { recordHash } from '../backup/record-hash';

type Row = Record<string, unknown>;

export interface RemovalPlan {
  person: Person;
  /** Records to remove, by table (the person's own record included under `people`). */
  records: Partial<Record<TableName, Row[]>>;
  /** Evidence files only the removed records used. */
  files: Row[];
}

export interface RemovalSummary {
  name: string;
  roles: number;
  staffRecords: number;
  completions: number;
  files: number;
  /** Records in other tables that referred to the person. */
  other: number;
}

export function summarise(plan: RemovalPlan): RemovalSummary {
  const n = (t: TableName) => plan.records[t]?.length ?? 0;
  const known: TableName[] = ['people', 'roleAssignments', 'memberships', 'completions'];
  const other = Object.entries(plan.records).reduce(
    (sum, [t, rows]) => sum + (known.includes(t as TableName) ? 0 : (rows?.length ?? 0)),
    0,
  );
  return {
    name: plan.person.name,
    roles: n('roleAssignments'),
    staffRecords: n('memberships'),
    completions: n('completions'),
    files: plan.files.length,
    other,
  };
}

const fileRefs = (r: Row): string[] => [
  ...(typeof r.evidenceFileId === 'string' ? [r.evidenceFileId] : []),
  ...(typeof r.fileId === 'string' ? [r.fileId] : []),
  ...(Array.isArray(r.evidenceFileIds)
    ? r.evidenceFileIds.filter((x): x is string => typeof x === 'string')
    : []),
];

/** Reads what removing the person would remove; call inside or outside a transaction. */
async function gather(db: OversightDb, personId: PersonId): Promise<RemovalPlan> {
  const person = await db.people.get(personId);
  if (!person) throw new Error('That person is no longer in the store');
  const records: Partial<Record<TableName, Row[]>> = { people: [person as unknown as Row] };
  for (const table of ['roleAssignments', 'memberships', 'completions'] as const) {
    records[table] = (await db.table(table).where('personId').equals(personId).toArray()) as Row[];
  }
  // Tables other features add later that refer to people.
  const handled = new Set<string>([
    'people',
    'roleAssignments',
    'memberships',
    'completions',
    'syncState',
    'config',
    'importBatches',
    'trust',
  ]);
  for (const table of TABLE_NAMES.filter((t) => !handled.has(t))) {
    const rows = (await db
      .table(table)
      .filter((r: Row) => r.personId === personId)
      .toArray()) as Row[];
    if (rows.length > 0) records[table] = rows;
  }
  const removedIds = new Set(
    Object.entries(records).flatMap(([table, rows]) =>
      (rows ?? []).map((r) => syncKey(table, keyOf(table, r))),
    ),
  );
  const candidates = new Set(Object.values(records).flatMap((rows) => (rows ?? []).flatMap(fileRefs)));
  if (candidates.size > 0) {
    // A certificate can be shared (one INSET-day sheet for the whole staff): keep a file anyone else uses.
    for (const table of TABLE_NAMES.filter((t) => t !== 'files' && t !== 'syncState' && t !== 'config')) {
      await db.table(table).each((r: Row) => {
        if (removedIds.has(syncKey(table, keyOf(table, r)))) return;
        for (const ref of fileRefs(r)) candidates.delete(ref);
      });
      if (candidates.size === 0) break;
    }
  }
  const files = ((await db.files.bulkGet([...candidates])) as (Row | undefined)[]).filter(
    (f): f is Row => f !== undefined,
  );
  return { person, records, files };
}

/** What removing the person would remove, for the confirmation. */
export async function planRemoval(db: OversightDb, personId: PersonId): Promise<RemovalSummary> {
  return summarise(
    await db.transaction(
      'r',
      TABLE_NAMES.map((t) => db.table(t)),
      () => gather(db, personId),
    ),
  );
}

/** Removes the person and all their records, all or nothing. */
export async function removePerson(
  db: OversightDb,
  personId: PersonId,
  now: string = nowIso(),
): Promise<RemovalSummary> {
  // Hashes for the tombstones are worked out first: WebCrypto cannot run inside an IndexedDB transaction.
  const before = await db.transaction(
    'r',
    TABLE_NAMES.map((t) => db.table(t)),
    () => gather(db, personId),
  );
  const hashes = new Map<string, string>();
  for (const [table, rows] of [...Object.entries(before.records), ['files', before.files] as const]) {
    for (const r of rows ?? []) hashes.set(syncKey(table, keyOf(table, r)), await recordHash(table, r));
  }
  return db.transaction(
    'rw',
    TABLE_NAMES.map((t) => db.table(t)),
    async () => {
      const plan = await gather(db, personId);
      const removed: { table: TableName; rows: Row[] }[] = [
        ...(Object.entries(plan.records) as [TableName, Row[]][]).map(([table, rows]) => ({ table, rows })),
        { table: 'files' as TableName, rows: plan.files },
      ];
      const keys = removed.flatMap(({ table, rows }) => rows.map((r) => syncKey(table, keyOf(table, r))));
      const states = await db.syncState.bulkGet(keys);
      const tombstones: SyncStateRecord[] = [];
      let k = 0;
      for (const { table, rows } of removed) {
        await db.table(table).bulkDelete(rows.map((r) => keyOf(table, r)));
        for (const r of rows) {
          const key = keys[k]!;
          tombstones.push({
            key,
            table,
            id: keyOf(table, r),
            seen: extendHistory(states[k]?.seen ?? [], hashes.get(key)),
            removedAt: now,
          });
          k += 1;
        }
      }
      await db.syncState.bulkPut(tombstones);
      // Undo history must not point at, or be able to bring back, what was removed.
      const gone = new Set(keys);
      await db.importBatches.toCollection().modify((batch) => {
        batch.records = batch.records.filter((r) => !gone.has(syncKey(r.table, r.id)));
        // An import that changed a record keeps its earlier state for undo: that is the person's data too.
        if (batch.replaced) {
          batch.replaced = batch.replaced.filter(
            (r) => !gone.has(syncKey(r.table, keyOf(r.table as TableName, r.record))) && r.record.personId !== personId,
          );
        }
      });
      return summarise(plan);
    },
  );
}
