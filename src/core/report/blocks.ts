// Small constructors for report blocks, so section builders (and the visit write-up) read as prose.
import type { ColumnAlign, KeyFigure, ReportBlock, ReportCell, ReportChart, ReportColumn, ReportRun, ReportTable, ReportTone } from './model';

export function heading(text: string): ReportBlock {
  return { kind: 'heading', text };
}

/** A paragraph from plain text, or from runs (strings are plain runs). */
export function paragraph(...parts: (string | ReportRun)[]): ReportBlock {
  return { kind: 'paragraph', runs: parts.map((p) => (typeof p === 'string' ? { text: p } : p)) };
}

export function note(text: string): ReportBlock {
  return { kind: 'paragraph', runs: [{ text }], style: 'note' };
}

export function bold(text: string): ReportRun {
  return { text, bold: true };
}

export function bullets(items: (string | ReportRun[])[]): ReportBlock {
  return { kind: 'bullets', items: items.map((i) => (typeof i === 'string' ? [{ text: i }] : i)) };
}

export function textCell(text: string, bold = false): ReportCell {
  return bold ? { text, bold } : { text };
}

export function numberCell(value: number, text = String(value)): ReportCell {
  return { text, value };
}

/** A status by word and colour. */
export function statusCell(word: string, tone: ReportTone): ReportCell {
  return { text: word, tone };
}

export function column(label: string, width = 1, align: ColumnAlign = 'left'): ReportColumn {
  return { label, width, align };
}

export function table(input: { id: string; caption: string; columns: ReportColumn[]; rows: ReportCell[][]; emptyText?: string }): ReportBlock {
  const t: ReportTable = { emptyText: 'None.', ...input };
  for (const row of t.rows) {
    if (row.length !== t.columns.length) throw new Error(`Table "${t.id}" has a row of ${row.length} cells for ${t.columns.length} columns`);
  }
  return { kind: 'table', table: t };
}

export function barChart(chart: ReportChart): ReportBlock {
  for (const s of chart.series) {
    if (s.values.length !== chart.categories.length) throw new Error(`Chart "${chart.id}": series "${s.label}" has ${s.values.length} values for ${chart.categories.length} categories`);
  }
  return { kind: 'chart', chart };
}

export function figures(id: string, items: KeyFigure[]): ReportBlock {
  return { kind: 'figures', id, figures: items };
}

/** "1 policy", "3 policies". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
