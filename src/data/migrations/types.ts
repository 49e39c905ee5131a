import type { Transaction } from 'dexie';

/**
 * One schema version. `stores` lists only the tables whose indexes change (Dexie keeps the rest);
 * `upgrade` rewrites existing records when the shape changes. Every migration has its own test.
 */
export interface Migration {
  version: number;
  name: string;
  /** Why this version exists. */
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
  /** The same change applied to a backup made at an older version, before it is restored. */
  upgradeSnapshot?: (tables: Record<string, Record<string, unknown>[]>) => void;
}
