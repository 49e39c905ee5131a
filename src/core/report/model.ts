// The report model: a Word-independent document. The governor report, the per-setting report and the
// audit-visit write-up are all built as one of these in core; the app previews it on screen and
// `documents` renders it to .docx, so the screen and the file cannot disagree on a figure.
import type { IsoDate } from '../dates';

/** Status colours; a toned cell or figure always carries its word as well (never colour alone). */
export type ReportTone = 'red' | 'amber' | 'green' | 'grey' | 'blue';

export interface ReportRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ReportCell {
  text: string;
  /** Status colour of the cell; `text` is the status word ("Overdue", "Red"). */
  tone?: ReportTone;
  /** The figure behind a count or percentage cell, so figures can be checked against the data. */
  value?: number;
  bold?: boolean;
}

export type ColumnAlign = 'left' | 'right' | 'center';

export interface ReportColumn {
  label: string;
  /** Relative width (the renderer shares the page width in these proportions). */
  width: number;
  align?: ColumnAlign;
}

export interface ReportTable {
  /** Stable within the report ("reviews-overdue"): tests and the preview find tables by it. */
  id: string;
  caption: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Shown instead of an empty table. */
  emptyText: string;
}

export interface ChartSeries {
  label: string;
  tone: ReportTone;
  /** One value per category. */
  values: number[];
  /** A tone per value, where bars of one series differ (compliance coloured by its own status). */
  tones?: ReportTone[];
}

/** A bar chart as data. Horizontal bars, one row per category; several series stack. */
export interface ReportChart {
  id: string;
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** The value axis runs from 0 to this. */
  max: number;
  /** Appended to value labels ('%' or ''). */
  unit: '%' | '';
  /** Text alternative, read by screen readers and put in the image's description in Word. */
  description: string;
}

export interface KeyFigure {
  label: string;
  value: number;
  /** How the value is printed ("87%", "3"). */
  text: string;
  tone: ReportTone;
  /** The status word the tone stands for. */
  word: string;
}

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; runs: ReportRun[]; style?: 'normal' | 'note' }
  | { kind: 'bullets'; items: ReportRun[][] }
  | { kind: 'figures'; id: string; figures: KeyFigure[] }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; chart: ReportChart };

export type Orientation = 'portrait' | 'landscape';

export interface ReportSection {
  id: string;
  /** Printed as Heading 1 and listed in the table of contents. */
  title: string;
  /** Landscape for wide tables: the renderer starts a landscape part of the document for it. */
  orientation: Orientation;
  blocks: ReportBlock[];
}

export interface ReportModel {
  /** "Safeguarding report to governors". */
  title: string;
  /** The scope: "Kestrel Vale Learning Trust: all 6 settings". */
  subtitle: string;
  /** Printed in every page header. */
  organisation: string;
  /** Title-page facts in order (meeting, meeting date, data as of, prepared by, staff shown as). */
  meta: { label: string; value: string }[];
  /** "OFFICIAL-SENSITIVE": printed on the title page and in every header when set. */
  confidentiality: string | null;
  asOf: IsoDate;
  /** Whether a table of contents follows the title page. */
  contents: boolean;
  sections: ReportSection[];
}

/** Every table of a model, in order (tests and the figure checks read them). */
export function reportTables(model: ReportModel): ReportTable[] {
  return model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])));
}

export function reportCharts(model: ReportModel): ReportChart[] {
  return model.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
}

export function findTable(model: ReportModel, id: string): ReportTable | undefined {
  return reportTables(model).find((t) => t.id === id);
}
