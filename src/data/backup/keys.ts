// Each table's primary key, read from the schema (the first entry of the table's latest `stores` line in
// the migrations), so backups, packs and merges work for every table, including ones keyed by something
// other than `id` (config by `key`, the comparison's model policies by `policyType`).
import { MIGRATIONS } from '../migrations';

let cached: Map<string, string> | null = null;

export function primaryKeyPaths(): Map<string, string> {
  if (cached) return cached;
  const keys = new Map<string, string>();
  for (const m of MIGRATIONS) {
    for (const [table, spec] of Object.entries(m.stores)) {
      if (spec === null) keys.delete(table);
      else keys.set(table, (spec.split(',')[0] ?? 'id').trim().replace(/^(\+\+|&)/, ''));
    }
  }
  cached = keys;
  return keys;
}

export function primaryKeyOf(table: string): string {
  return primaryKeyPaths().get(table) ?? 'id';
}

/** The record's primary key as text, or null when it has none (a compound key joins its parts with "|"). */
export function recordKey(table: string, record: Record<string, unknown>): string | null {
  const path = primaryKeyOf(table);
  const parts = path.startsWith('[') ? path.slice(1, -1).split('+') : [path];
  const values = parts.map((p) => record[p.trim()]);
  if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) return null;
  return values.map(String).join('|');
}
