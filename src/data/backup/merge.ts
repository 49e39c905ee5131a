// Merging a visit pack into this laptop's store (docs/backup-format.md, "Merging a pack").
//
// For each record in the pack, with I its content hash, L the local one, Hin the sender's history of it and
// Hloc this laptop's:
//   no local copy            -> added (unless removed here: see below)
//   I = L                    -> unchanged
//   L in Hin                 -> the sender changed a version we hold: take theirs
//   I in Hloc                -> we changed a version they hold: keep ours
//   neither knows any history before now -> the later change wins (updatedAt)
//   the same apart from when -> both made the same change: the later one is kept
//   otherwise                -> both changed since they last agreed: a true conflict, the user chooses.
// A record removed here (a tombstone in syncState) stays removed while the pack holds a version we knew;
// a version changed elsewhere since is a conflict. Records of a person removed here follow the person.
// Every decision is recorded in syncState, so importing the same pack again changes nothing.
import { formatUkDate } from '../../core/dates';
import { TABLE_NAMES, nowIso, type OversightDb, type TableName } from '../db';
import type { SyncStateRecord } from '../records';
import type { Snapshot } from './format';
import { extendHistory, keyOf, LOCAL_ONLY_TABLES, syncKey } from './pack';
import { canonicalJson, hashedForm, hashText } from './record-hash';
import { upgradeSnapshot } from './snapshot';

type Row = Record<string, unknown>;

export type MergeAction = 'add' | 'take' | 'keep' | 'same' | 'conflict' | 'skip-removed';
export type ConflictKind = 'both-changed' | 'removed-here';
export type Choice = 'mine' | 'theirs';

export interface FieldDifference {
  field: string;
  mine: string;
  theirs: string;
}

export interface MergeConflict {
  key: string;
  table: TableName;
  id: string;
  kind: ConflictKind;
  /** What the record is, in words: "Person: Siân ap Rhys", "Action: Keep a weekly filtering log". */
  label: string;
  /** Fields that differ (both-changed only). */
  fields: FieldDifference[];
  mineChangedAt: string | null;
  theirsChangedAt: string | null;
}

interface PlanEntry {
  table: TableName;
  id: string;
  key: string;
  action: MergeAction;
  incomingHash: string;
  /** The local record's hashed form when planned (null if absent): re-checked before writing. */
  localForm: string | null;
  localHash: string | null;
  storedSeen: string[] | null;
  removedAt: string | null;
  incomingHistory: string[];
  /** Set for records of a person whose own record is a removed-here conflict: they follow that choice. */
  followsKey?: string;
}

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
  kept: number;
  conflicts: number;
  skipped: number;
}

export interface MergePlan {
  entries: PlanEntry[];
  conflicts: MergeConflict[];
  counts: Partial<Record<TableName, TableCounts>>;
  totals: TableCounts;
  /** Settings in the pack named like a different setting here (both are kept). */
  nameClashes: string[];
  /** The pack's trust is not this laptop's: its details are not taken. */
  otherTrust: string | null;
}

const MERGED_TABLES = TABLE_NAMES.filter((t) => !LOCAL_ONLY_TABLES.includes(t));

function changedAt(record: Row): string {
  for (const field of ['updatedAt', 'confirmedAt', 'importedAt', 'createdAt']) {
    const v = record[field];
    if (typeof v === 'string') return v;
  }
  return '';
}

function emptyCounts(): TableCounts {
  return { added: 0, updated: 0, unchanged: 0, kept: 0, conflicts: 0, skipped: 0 };
}

function display(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}

function differences(local: Row, incoming: Row): FieldDifference[] {
  const fields = [...new Set([...Object.keys(local), ...Object.keys(incoming)])].filter(
    (f) => f !== 'updatedAt' && f !== 'bytes',
  );
  return fields
    .filter((f) => canonicalJson(local[f] ?? null) !== canonicalJson(incoming[f] ?? null))
    .map((f) => ({ field: f, mine: display(local[f]), theirs: display(incoming[f]) }));
}

type Lookup = (table: TableName, id: string) => Row | undefined;

function describe(table: TableName, record: Row, lookup: Lookup): string {
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const person = () => str(lookup('people', str(record.personId))?.name) || 'a person';
  const setting = () => str(lookup('settings', str(record.settingId))?.name);
  switch (table) {
    case 'settings':
      return `Setting: ${str(record.name)}`;
    case 'people':
      return `Person: ${str(record.name)}`;
    case 'roleAssignments':
      return `Role of ${person()} (${str(record.role)}) at ${setting()}`;
    case 'memberships':
      return `Staff record of ${person()} at ${setting()}`;
    case 'completions':
      return `Training of ${person()}: ${str(lookup('courses', str(record.courseId))?.name) || 'a course'} on ${formatUkDate(str(record.completedOn))}`;
    case 'visits':
      return `Visit to ${setting()} on ${formatUkDate(str(record.date))}`;
    case 'findings': {
      const visit = lookup('visits', str(record.visitId));
      const item = (visit?.items as { id: string; text: string }[] | undefined)?.find(
        (i) => i.id === record.itemId,
      );
      return `Finding: ${item?.text ?? str(record.itemId)}`;
    }
    case 'actions':
      return `Action: ${str(record.text)}`;
    case 'policies':
      return `Policy: ${str(record.title)} (${setting()})`;
    case 'policyVersions':
      return `Policy document: ${str(record.fileName)}`;
    case 'reviews':
      return `Review approved on ${formatUkDate(str(record.approvedOn))} (${setting()})`;
    case 'checklistTemplates':
      return `Checklist: ${str(record.name)}`;
    case 'courses':
      return `Course: ${str(record.name)}`;
    case 'files':
      return `File: ${str(record.name)}`;
    default:
      return `${table}: ${str(record.name) || str(record.title) || str(record.text) || str(record.id)}`;
  }
}

/** Works out what importing the pack would do, without writing anything. */
export async function planMerge(db: OversightDb, pack: Snapshot): Promise<MergePlan> {
  const upgraded = upgradeSnapshot(pack);
  const incomingHistories = pack.sync ?? {};
  const locals = new Map<TableName, (Row | undefined)[]>();
  const incomingBy = new Map<TableName, Map<string, Row>>();
  const localBy = new Map<TableName, Map<string, Row>>();
  let states: (SyncStateRecord | undefined)[] = [];
  const order: { table: TableName; record: Row; index: number }[] = [];
  await db.transaction('r', [...MERGED_TABLES.map((t) => db.table(t)), db.syncState], async () => {
    for (const table of MERGED_TABLES) {
      const rows = upgraded.tables[table] ?? [];
      const found = (await db.table(table).bulkGet(rows.map((r) => keyOf(table, r)))) as (Row | undefined)[];
      locals.set(table, found);
      incomingBy.set(table, new Map(rows.map((r) => [keyOf(table, r), r])));
      localBy.set(
        table,
        new Map(found.filter((r): r is Row => r !== undefined).map((r) => [keyOf(table, r), r])),
      );
      rows.forEach((record, index) => order.push({ table, record, index }));
    }
    states = await db.syncState.bulkGet(order.map((o) => syncKey(o.table, keyOf(o.table, o.record))));
    // Names for conflict labels: people and settings referenced by the pack, from here if not in it.
    for (const [table, field] of [
      ['people', 'personId'],
      ['settings', 'settingId'],
      ['courses', 'courseId'],
      ['visits', 'visitId'],
    ] as const) {
      const wanted = [
        ...new Set(order.map((o) => o.record[field]).filter((v): v is string => typeof v === 'string')),
      ].filter((id) => !localBy.get(table)?.has(id));
      const extra = (await db.table(table).bulkGet(wanted)) as (Row | undefined)[];
      for (const r of extra) if (r) localBy.get(table)?.set(keyOf(table, r), r);
    }
  });
  const lookup: Lookup = (table, id) => incomingBy.get(table)?.get(id) ?? localBy.get(table)?.get(id);
  const localLookup: Lookup = (table, id) => localBy.get(table)?.get(id) ?? incomingBy.get(table)?.get(id);

  const plan: MergePlan = {
    entries: [],
    conflicts: [],
    counts: {},
    totals: emptyCounts(),
    nameClashes: [],
    otherTrust: null,
  };
  const localTrust = await db.trust.toCollection().first();
  for (const [i, { table, record, index }] of order.entries()) {
    const id = keyOf(table, record);
    const key = syncKey(table, id);
    const local = locals.get(table)![index];
    const state = states[i];
    const incomingForm = hashedForm(table, record);
    const incomingHash = await hashText(incomingForm);
    const incomingHistory = extendHistory(incomingHistories[key] ?? [], incomingHash);
    const localForm = local ? hashedForm(table, local) : null;
    const localHash =
      localForm === null ? null : localForm === incomingForm ? incomingHash : await hashText(localForm);
    const storedSeen = state?.seen ?? null;
    const entry: PlanEntry = {
      table,
      id,
      key,
      action: 'same',
      incomingHash,
      localForm,
      localHash,
      storedSeen,
      removedAt: state?.removedAt ?? null,
      incomingHistory,
    };
    let conflict: MergeConflict | null = null;

    if (table === 'trust' && localTrust && localTrust.id !== id) {
      plan.otherTrust = String(record.name ?? '');
      continue;
    }
    if (!local) {
      if (state?.removedAt) {
        if (storedSeen?.includes(incomingHash)) entry.action = 'skip-removed';
        else {
          entry.action = 'conflict';
          conflict = {
            key,
            table,
            id,
            kind: 'removed-here',
            label: describe(table, record, lookup),
            fields: [],
            mineChangedAt: state.removedAt,
            theirsChangedAt: changedAt(record) || null,
          };
        }
      } else entry.action = 'add';
    } else if (localHash === incomingHash) entry.action = 'same';
    else if (localHash && incomingHistory.includes(localHash)) entry.action = 'take';
    else if (storedSeen?.includes(incomingHash)) entry.action = 'keep';
    else if (
      (storedSeen ?? []).length === 0 &&
      (incomingHistories[key] ?? []).filter((h) => h !== incomingHash).length === 0
    ) {
      // Neither laptop has exchanged this record before (both hold it from one backup): the later change wins.
      entry.action = changedAt(record) > changedAt(local) ? 'take' : 'keep';
    } else {
      const fields = differences(local, record);
      if (fields.length === 0) {
        // Both laptops made the same change (only the time of it differs): nothing to choose.
        entry.action = changedAt(record) > changedAt(local) ? 'take' : 'keep';
      } else {
        entry.action = 'conflict';
        conflict = {
          key,
          table,
          id,
          kind: 'both-changed',
          label: describe(table, local, localLookup),
          fields,
          mineChangedAt: changedAt(local) || null,
          theirsChangedAt: changedAt(record) || null,
        };
      }
    }
    if (table === 'settings' && entry.action === 'add') {
      const clash = await db.settings
        .where('nameKey')
        .equals(String(record.nameKey ?? ''))
        .first();
      if (clash && clash.id !== id) plan.nameClashes.push(String(record.name));
    }
    plan.entries.push(entry);
    if (conflict) plan.conflicts.push(conflict);
  }

  // Records of a person removed here stay out unless the person is brought back.
  const personFate = new Map<string, PlanEntry>();
  for (const e of plan.entries)
    if (e.table === 'people' && (e.action === 'skip-removed' || (e.action === 'conflict' && e.removedAt)))
      personFate.set(e.id, e);
  if (personFate.size > 0) {
    const skippedFiles = new Set<string>();
    const keptFiles = new Set<string>();
    for (const e of plan.entries) {
      const record = incomingBy.get(e.table)?.get(e.id);
      const personId = typeof record?.personId === 'string' ? record.personId : null;
      const fate = personId ? personFate.get(personId) : undefined;
      const fileId = typeof record?.evidenceFileId === 'string' ? record.evidenceFileId : null;
      if (fate && e.action !== 'same' && e.action !== 'keep') {
        if (fate.action === 'skip-removed') {
          if (e.action === 'conflict') plan.conflicts = plan.conflicts.filter((c) => c.key !== e.key);
          e.action = 'skip-removed';
        } else if (e.action !== 'conflict') e.followsKey = fate.key;
        if (fileId) skippedFiles.add(fileId);
      } else if (fileId) keptFiles.add(fileId);
    }
    for (const e of plan.entries)
      if (e.table === 'files' && e.action === 'add' && skippedFiles.has(e.id) && !keptFiles.has(e.id))
        e.action = 'skip-removed';
  }

  for (const e of plan.entries) {
    const counts = (plan.counts[e.table] ??= emptyCounts());
    const field: keyof TableCounts = {
      add: 'added',
      take: 'updated',
      keep: 'kept',
      same: 'unchanged',
      conflict: 'conflicts',
      'skip-removed': 'skipped',
    }[e.action] as keyof TableCounts;
    counts[field] += 1;
    plan.totals[field] += 1;
  }
  return plan;
}

export interface MergeResult {
  totals: TableCounts;
  /** Conflicts settled by the user's choice. */
  resolved: { mine: number; theirs: number };
}

/**
 * Writes the plan in one transaction: all or nothing. Every conflict needs a choice. If the store changed
 * since the plan was made, nothing is written and the user is asked to import again.
 */
export async function applyMerge(
  db: OversightDb,
  pack: Snapshot,
  plan: MergePlan,
  choices: Record<string, Choice>,
  now: string = nowIso(),
): Promise<MergeResult> {
  const missing = plan.conflicts.filter((c) => !choices[c.key]);
  if (missing.length > 0)
    throw new Error(
      `Choose which version to keep for ${missing.length === 1 ? missing[0]!.label : `${missing.length} records`} before importing`,
    );
  const upgraded = upgradeSnapshot(pack);
  const incoming = new Map<string, Row>();
  for (const table of MERGED_TABLES)
    for (const r of upgraded.tables[table] ?? []) incoming.set(syncKey(table, keyOf(table, r)), r);
  const result: MergeResult = { totals: emptyCounts(), resolved: { mine: 0, theirs: 0 } };

  await db.transaction('rw', [...MERGED_TABLES.map((t) => db.table(t)), db.syncState], async () => {
    const byTable = new Map<TableName, PlanEntry[]>();
    for (const e of plan.entries) byTable.set(e.table, [...(byTable.get(e.table) ?? []), e]);
    const puts = new Map<TableName, Row[]>();
    const states: SyncStateRecord[] = [];
    const changed =
      'Your data changed while you were reviewing the import, so nothing was imported. Import the pack again to see the changes.';
    // A trust created since the plan was made would leave two trusts in the store.
    if (byTable.get('trust')?.some((e) => e.action === 'add') && (await db.trust.count()) > 0)
      throw new Error(changed);
    const stored = await db.syncState.bulkGet(plan.entries.map((e) => e.key));
    const storedBy = new Map(plan.entries.map((e, i) => [e.key, stored[i]]));
    for (const [table, entries] of byTable) {
      const current = (await db.table(table).bulkGet(entries.map((e) => e.id))) as (Row | undefined)[];
      entries.forEach((e, i) => {
        const now_ = current[i];
        if ((now_ ? hashedForm(table, now_) : null) !== e.localForm) {
          throw new Error(changed);
        }
        const choice =
          e.action === 'conflict'
            ? choices[e.key]
            : e.followsKey
              ? choices[e.followsKey] === 'theirs'
                ? 'theirs'
                : 'mine'
              : undefined;
        const write = e.action === 'add' || e.action === 'take' || choice === 'theirs';
        if (write) puts.set(table, [...(puts.get(table) ?? []), incoming.get(e.key)!]);
        if (e.action === 'conflict') result.resolved[choice === 'theirs' ? 'theirs' : 'mine'] += 1;
        const counted: keyof TableCounts =
          e.action === 'conflict' || e.followsKey
            ? choice === 'theirs'
              ? e.localHash
                ? 'updated'
                : 'added'
              : e.localHash
                ? 'kept'
                : 'skipped'
            : (
                {
                  add: 'added',
                  take: 'updated',
                  keep: 'kept',
                  same: 'unchanged',
                  'skip-removed': 'skipped',
                } as const
              )[e.action as Exclude<MergeAction, 'conflict'>];
        result.totals[counted] += 1;
        // What this laptop now knows of the record's history.
        const before = storedBy.get(e.key);
        const stillRemoved = !write && !!e.removedAt;
        const seen = write
          ? extendHistory(before?.seen ?? [], ...e.incomingHistory, e.localHash, e.incomingHash)
          : extendHistory(
              before?.seen ?? [],
              ...e.incomingHistory.filter((h) => h !== e.localHash),
              e.incomingHash,
              e.localHash,
            );
        const next: SyncStateRecord = {
          key: e.key,
          table,
          id: e.id,
          seen,
          removedAt: stillRemoved ? (before?.removedAt ?? e.removedAt ?? now) : null,
        };
        if (!before || canonicalJson(before) !== canonicalJson(next)) states.push(next);
      });
    }
    for (const [table, rows] of puts) await db.table(table).bulkPut(rows);
    if (states.length > 0) await db.syncState.bulkPut(states);
  });
  return result;
}
