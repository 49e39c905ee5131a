// Messages between the app and its backup worker. The worker does the heavy work (reading every table,
// zipping, hashing, encrypting, checking and writing), so the window stays responsive at LA scale.
import type { BackupMeta } from '../../../data/backup/format';
import type { Choice, MergeConflict, MergeResult, TableCounts } from '../../../data/backup/merge';
import type { TableName } from '../../../data/db';

export interface FileSummary {
  kind: 'backup' | 'pack';
  formatVersion: number;
  schemaVersion: number;
  createdAt: string;
  appVersion: string;
  description: string;
  encrypted: boolean;
  trustName: string;
  settingNames: string[];
  counts: Partial<Record<TableName, number>>;
  fileCount: number;
  fileBytes: number;
}

export interface PlanSummary {
  conflicts: MergeConflict[];
  counts: Partial<Record<TableName, TableCounts>>;
  totals: TableCounts;
  nameClashes: string[];
  otherTrust: string | null;
}

export type WorkerRequest =
  | { op: 'backup'; meta: BackupMeta; passphrase?: string }
  | { op: 'open'; bytes: Uint8Array; passphrase?: string }
  | { op: 'restore' }
  | { op: 'pack'; settingIds: string[]; meta: BackupMeta; passphrase?: string }
  | { op: 'plan' }
  | { op: 'merge'; choices: Record<string, Choice> };

export interface WorkerResults {
  backup: Uint8Array;
  open: FileSummary;
  restore: null;
  pack: Uint8Array;
  plan: PlanSummary;
  merge: MergeResult;
}

export type WorkerMessage =
  | { id: number; type: 'progress'; message: string; fraction: number | null }
  | { id: number; type: 'done'; result: unknown }
  | { id: number; type: 'error'; name: string; message: string };
