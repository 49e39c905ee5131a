// Messages between the window and the compliance worker (compliance.worker.ts).
import type { IsoDate } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import type { ComplianceResult } from '../../../core/training/compliance';
import type { PackedMatrix } from '../../../core/training/matrix';

export interface ComplianceQuery {
  asOf: IsoDate;
  expiringDays: number;
  /** null: every setting. */
  settingIds: SettingId[] | null;
  /** summary: counts and exceptions; matrix: also the staff x course matrix, packed. */
  view: 'summary' | 'matrix';
}

export type ToWorker =
  { type: 'watch'; id: number; query: ComplianceQuery } | { type: 'unwatch'; id: number };

export type FromWorker =
  | {
      type: 'result';
      id: number;
      result: ComplianceResult;
      matrix: PackedMatrix | null;
      computeMs: number;
      loadMs: number;
    }
  | { type: 'error'; id: number | null; message: string };
