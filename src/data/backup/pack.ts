// Visit packs: chosen settings with everything that belongs to them (policies with their versions and
// original files, reviews, people and their roles, staff and their training, visits with findings,
// actions and evidence), for another laptop. A pack carries each record's history (sync/histories.json)
// so the receiving laptop can tell a record changed on one side from one changed on both (merge.ts).
import type { SettingId } from '../../core/ids';
import { TABLE_NAMES, type OversightDb, type TableName } from '../db';
import { LATEST_VERSION } from '../migrations';
import type { SyncStateRecord } from '../records';
import type { Snapshot, SnapshotTables, SyncHistories } from './format';
import { recordKey } from './keys';
import { recordHash } from './record-hash';

/** Tables a pack never carries: this laptop's own settings, undo history and sync bookkeeping. */
export const LOCAL_ONLY_TABLES: readonly TableName[] = ['config', 'importBatches', 'syncState'];
/** How many versions of one record a laptop remembers. */
export const MAX_HISTORY = 32;

type Row = Record<string, unknown>;

/** A record's primary key as text (every stored record has one). */
export function keyOf(table: string, record: Row): string {
  return recordKey(table, record) ?? String(record.id);
}

export function syncKey(table: string, id: string): string {
  return `${table}/${id}`;
}

/** Appends the hashes not yet in a history (in first-seen order, so repeating an exchange changes nothing); the oldest drop off. */
export function extendHistory(
  history: readonly string[],
  ...hashes: (string | null | undefined)[]
): string[] {
  const out = [...history];
  for (const h of hashes) if (h && !out.includes(h)) out.push(h);
  return out.length > MAX_HISTORY ? out.slice(-MAX_HISTORY) : out;
}

/**
 * The records whose `index` is any of `keys`. One equals-query per key rather than anyOf: both are quick in
 * a browser, but fake-indexeddb (Node: CLI, tests) walks the whole index for each anyOf step.
 */
async function byKeys(
  db: OversightDb,
  table: TableName,
  index: string,
  keys: readonly string[],
): Promise<Row[]> {
  const found = await Promise.all(
    keys.map((k) => db.table(table).where(index).equals(k).toArray() as Promise<Row[]>),
  );
  return found.flat();
}

const ids = (rows: Row[], field = 'id') => [
  ...new Set(rows.map((r) => r[field]).filter((v): v is string => typeof v === 'string')),
];

/** Reads the records of a pack of `settingIds` in one read transaction. */
async function collect(db: OversightDb, settingIds: readonly SettingId[]): Promise<SnapshotTables> {
  const tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, [] as Row[]])) as SnapshotTables;
  await db.transaction(
    'r',
    TABLE_NAMES.map((n) => db.table(n)),
    async () => {
      const scope = [...settingIds];
      const settings = (await db.settings.bulkGet(scope)).filter(
        (s): s is NonNullable<typeof s> => s !== undefined,
      ) as unknown as Row[];
      if (settings.length === 0) throw new Error('None of the chosen settings exist any more');
      const bySetting = (table: TableName) => byKeys(db, table, 'settingId', scope);
      tables.trust = (await db.trust.toArray()) as unknown as Row[];
      tables.settings = settings;
      tables.policies = await bySetting('policies');
      tables.policyVersions = await byKeys(db, 'policyVersions', 'policyId', ids(tables.policies));
      tables.reviews = await bySetting('reviews');
      tables.roleAssignments = await bySetting('roleAssignments');
      tables.memberships = await bySetting('memberships');
      const personIds = [
        ...new Set([...ids(tables.roleAssignments, 'personId'), ...ids(tables.memberships, 'personId')]),
      ];
      tables.people = (await db.people.bulkGet(personIds)).filter(Boolean) as unknown as Row[];
      tables.completions = await byKeys(db, 'completions', 'personId', personIds);
      tables.courses = (await db.courses.toArray()) as unknown as Row[];
      tables.checklistTemplates = (await db.checklistTemplates.toArray()) as unknown as Row[];
      tables.visits = await bySetting('visits');
      tables.findings = await byKeys(db, 'findings', 'visitId', ids(tables.visits));
      tables.actions = await bySetting('actions');
      tables.coverageOverrides = await bySetting('coverageOverrides');
      const fileIds = new Set<string>(ids(tables.policyVersions, 'fileId'));
      for (const c of tables.completions)
        if (typeof c.evidenceFileId === 'string') fileIds.add(c.evidenceFileId);
      for (const f of tables.findings)
        for (const id of (f.evidenceFileIds as string[] | undefined) ?? []) fileIds.add(id);
      // Tables added after this code was written: take what belongs to the chosen settings or their people.
      const known = new Set<string>([
        'trust',
        'settings',
        'policies',
        'policyVersions',
        'reviews',
        'roleAssignments',
        'memberships',
        'people',
        'completions',
        'courses',
        'checklistTemplates',
        'visits',
        'findings',
        'actions',
        'coverageOverrides',
        'files',
        ...LOCAL_ONLY_TABLES,
      ]);
      const people = new Set(personIds);
      const settingSet = new Set<string>(scope);
      for (const name of TABLE_NAMES.filter((n) => !known.has(n))) {
        tables[name] = ((await db.table(name).toArray()) as Row[]).filter(
          (r) =>
            (typeof r.settingId === 'string' && settingSet.has(r.settingId)) ||
            (typeof r.personId === 'string' && people.has(r.personId)),
        );
        for (const r of tables[name]) if (typeof r.fileId === 'string') fileIds.add(r.fileId);
      }
      tables.files = (await db.files.bulkGet([...fileIds])).filter(Boolean) as unknown as Row[];
    },
  );
  return tables;
}

/**
 * The pack of the chosen settings, with each record's history. Exporting marks each record's current
 * version as exchanged on this laptop, so a later edit here is told apart from the copy sent away.
 */
export async function exportPack(
  db: OversightDb,
  settingIds: readonly SettingId[],
): Promise<{ snapshot: Snapshot; settingNames: string[] }> {
  const tables = await collect(db, settingIds);
  const keys: { key: string; table: string; id: string; hash: string }[] = [];
  for (const name of TABLE_NAMES) {
    if (name === 'trust') continue;
    for (const record of tables[name])
      keys.push({
        key: syncKey(name, keyOf(name, record)),
        table: name,
        id: keyOf(name, record),
        hash: await recordHash(name, record),
      });
  }
  const stored = await db.syncState.bulkGet(keys.map((k) => k.key));
  const sync: SyncHistories = {};
  const updates: SyncStateRecord[] = [];
  keys.forEach((k, i) => {
    const state = stored[i];
    const seen = extendHistory(state?.seen ?? [], k.hash);
    sync[k.key] = seen;
    if (!state || !state.seen.includes(k.hash))
      updates.push({ key: k.key, table: k.table, id: k.id, seen, removedAt: state?.removedAt ?? null });
  });
  if (updates.length > 0) await db.transaction('rw', db.syncState, () => db.syncState.bulkPut(updates));
  const settingNames = tables.settings.map((s) => String(s.name)).sort((a, b) => a.localeCompare(b, 'en-GB'));
  return { snapshot: { schemaVersion: LATEST_VERSION, tables, sync }, settingNames };
}
