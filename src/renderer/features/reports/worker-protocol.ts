import type { ReportModel } from '../../../core/report/model';
import type { RenderProgress } from '../../../documents/report-docx/render';

export interface WorkerRequest {
  model: ReportModel;
  creator: string;
  /** The charts, drawn on the page beforehand: [the chart's SVG, its PNG]. */
  charts: [string, Uint8Array][];
}

export type WorkerReply =
  | { type: 'progress'; progress: RenderProgress }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };
