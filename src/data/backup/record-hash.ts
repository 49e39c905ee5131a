// A record's content hash, for telling versions of a record apart when merging packs. Canonical JSON (keys
// sorted at every level) so two laptops holding the same content get the same hash whatever order their
// fields were written in. A stored file is identified by its SHA-256, not its bytes.

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Uint8Array) return Array.from(value);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** The record as hashed: a stored file's bytes are left out (its `sha256` field stands for them). */
export function hashedForm(table: string, record: Record<string, unknown>): string {
  if (table === 'files') {
    const { bytes: _bytes, ...rest } = record;
    return canonicalJson(rest);
  }
  return canonicalJson(record);
}

const encoder = new TextEncoder();

/** 128 bits of SHA-256 in hex: plenty to tell versions of one record apart. */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest).subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function recordHash(table: string, record: Record<string, unknown>): Promise<string> {
  return hashText(hashedForm(table, record));
}
