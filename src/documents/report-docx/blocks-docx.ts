// Report blocks to docx objects. The docx module is passed in (it is loaded only when a report is
// built), and every piece of text goes through the sanitiser on its way into a run.
import type * as Docx from 'docx';
import { assertNever } from '../../core/assert';
import type { KeyFigure, ReportBlock, ReportCell, ReportChart, ReportColumn, ReportRun, ReportTable } from '../../core/report/model';
import { sanitiseLine, sanitiseText } from '../../core/report/sanitise';
import { chartToSvg } from './chart-svg';
import { shareWidths, twipsToPx } from './layout';
import { placeholderText, tableXml } from './table-xml';
import { ACCENT, HEADER_FILL, INK, MUTED, RULE, TONE_SOFT, TONE_STRONG, TONE_TEXT } from './palette';

export type DocxModule = typeof Docx;
export type BodyChild = Docx.FileChild;

export const BULLETS = 'report-bullets';
/** Body text 10 pt; tables 9 pt (docx sizes are half-points). */
export const BODY_SIZE = 20;
const TABLE_SIZE = 18;

export interface BlockContext {
  D: DocxModule;
  /** Text width of the current page orientation, in twips. */
  width: number;
  /** Each chart's PNG, drawn before the document is written (drawing may be asynchronous). */
  chartPng: (chart: ReportChart) => Uint8Array;
  /** When set, tables are written as markup (table-xml.ts) collected here, and a placeholder stands in the body. */
  rawTables: string[] | null;
}

/** Text runs, with line breaks kept as breaks. */
export function runs(D: DocxModule, parts: ReportRun[], base: Omit<Docx.IRunOptions, 'text' | 'children' | 'break'> = {}): Docx.TextRun[] {
  const out: Docx.TextRun[] = [];
  for (const part of parts) {
    const lines = sanitiseText(part.text).split('\n');
    lines.forEach((line, i) => {
      out.push(new D.TextRun({ ...base, text: line, bold: part.bold ?? base.bold, italics: part.italic ?? base.italics, break: i > 0 ? 1 : undefined }));
    });
  }
  return out;
}

const ALIGN = (D: DocxModule, align: ReportColumn['align']) =>
  align === 'right' ? D.AlignmentType.RIGHT : align === 'center' ? D.AlignmentType.CENTER : D.AlignmentType.LEFT;

function border(D: DocxModule, color = RULE): Docx.IBorderOptions {
  return { style: D.BorderStyle.SINGLE, size: 4, color };
}

function tableBorders(D: DocxModule): Docx.ITableBordersOptions {
  const b = border(D);
  return { top: b, bottom: b, left: b, right: b, insideHorizontal: b, insideVertical: b };
}

function cellParagraph(D: DocxModule, cell: ReportCell, column: ReportColumn): Docx.Paragraph {
  const toned = cell.tone !== undefined;
  return new D.Paragraph({
    alignment: ALIGN(D, toned ? 'left' : column.align),
    spacing: { before: 0, after: 0 },
    children: [
      new D.TextRun({
        text: sanitiseLine(cell.text),
        size: TABLE_SIZE,
        bold: cell.bold || toned,
        color: cell.tone ? TONE_TEXT[cell.tone] : INK,
      }),
    ],
  });
}

export function tableToDocx(ctx: BlockContext, table: ReportTable): BodyChild[] {
  const { D } = ctx;
  const caption = new D.Paragraph({ style: 'Caption', keepNext: true, children: [new D.TextRun(sanitiseLine(table.caption))] });
  if (table.rows.length === 0) {
    return [caption, new D.Paragraph({ style: 'ReportNote', children: [new D.TextRun(sanitiseLine(table.emptyText))] })];
  }
  if (ctx.rawTables) {
    ctx.rawTables.push(tableXml(table, ctx.width));
    return [caption, new D.Paragraph({ children: [new D.TextRun(placeholderText(ctx.rawTables.length - 1))] }), spacer(D)];
  }
  const widths = shareWidths(
    table.columns.map((c) => c.width),
    ctx.width,
  );
  const header = new D.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (c, i) =>
        new D.TableCell({
          width: { size: widths[i]!, type: D.WidthType.DXA },
          shading: { type: D.ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
          children: [
            new D.Paragraph({
              alignment: ALIGN(D, c.align),
              spacing: { before: 0, after: 0 },
              children: [new D.TextRun({ text: sanitiseLine(c.label), bold: true, size: TABLE_SIZE, color: INK })],
            }),
          ],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new D.TableRow({
        cantSplit: true,
        children: row.map(
          (cell, i) =>
            new D.TableCell({
              width: { size: widths[i]!, type: D.WidthType.DXA },
              shading: cell.tone ? { type: D.ShadingType.CLEAR, color: 'auto', fill: TONE_SOFT[cell.tone] } : undefined,
              children: [cellParagraph(D, cell, table.columns[i]!)],
            }),
        ),
      }),
  );
  const docTable = new D.Table({
    width: { size: ctx.width, type: D.WidthType.DXA },
    columnWidths: widths,
    layout: D.TableLayoutType.FIXED,
    borders: tableBorders(D),
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
    rows: [header, ...rows],
  });
  return [caption, docTable, spacer(D)];
}

function spacer(D: DocxModule): Docx.Paragraph {
  return new D.Paragraph({ spacing: { before: 0, after: 120 }, children: [] });
}

function figuresToDocx(ctx: BlockContext, items: KeyFigure[]): BodyChild[] {
  const { D } = ctx;
  if (items.length === 0) return [];
  const widths = shareWidths(
    items.map(() => 1),
    ctx.width,
  );
  const cells = items.map(
    (f, i) =>
      new D.TableCell({
        width: { size: widths[i]!, type: D.WidthType.DXA },
        shading: { type: D.ShadingType.CLEAR, color: 'auto', fill: TONE_SOFT[f.tone] },
        margins: { top: 100, bottom: 100, left: 120, right: 120 },
        children: [
          new D.Paragraph({ spacing: { after: 0 }, children: [new D.TextRun({ text: sanitiseLine(f.text), bold: true, size: 36, color: TONE_TEXT[f.tone] })] }),
          new D.Paragraph({ spacing: { after: 0 }, children: [new D.TextRun({ text: sanitiseLine(f.label), size: TABLE_SIZE, color: INK })] }),
          new D.Paragraph({ spacing: { after: 0 }, children: [new D.TextRun({ text: sanitiseLine(f.word), bold: true, size: 16, color: TONE_TEXT[f.tone] })] }),
        ],
      }),
  );
  const white = { style: D.BorderStyle.SINGLE, size: 24, color: 'FFFFFF' };
  return [
    new D.Table({
      width: { size: ctx.width, type: D.WidthType.DXA },
      columnWidths: widths,
      layout: D.TableLayoutType.FIXED,
      borders: { top: white, bottom: white, left: white, right: white, insideHorizontal: white, insideVertical: white },
      rows: [new D.TableRow({ cantSplit: true, children: cells })],
    }),
    spacer(D),
  ];
}

export function blockToDocx(ctx: BlockContext, block: ReportBlock): BodyChild[] {
  const { D } = ctx;
  switch (block.kind) {
    case 'heading':
      return [new D.Paragraph({ heading: D.HeadingLevel.HEADING_2, keepNext: true, children: [new D.TextRun(sanitiseLine(block.text))] })];
    case 'paragraph':
      return [new D.Paragraph({ style: block.style === 'note' ? 'ReportNote' : undefined, children: runs(D, block.runs) })];
    case 'bullets':
      return block.items.map((item) => new D.Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: runs(D, item) }));
    case 'figures':
      return figuresToDocx(ctx, block.figures);
    case 'table':
      return tableToDocx(ctx, block.table);
    case 'chart': {
      const { width, height } = chartToSvg(block.chart);
      const png = ctx.chartPng(block.chart);
      // Never wider than the text column.
      const maxWidth = twipsToPx(ctx.width);
      const scale = Math.min(1, maxWidth / width);
      return [
        new D.Paragraph({ style: 'Caption', keepNext: true, children: [new D.TextRun(sanitiseLine(block.chart.title))] }),
        new D.Paragraph({
          keepNext: false,
          children: [
            new D.ImageRun({
              type: 'png',
              data: png,
              transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
              altText: { name: sanitiseLine(block.chart.id), title: sanitiseLine(block.chart.title), description: sanitiseLine(block.chart.description) },
            }),
          ],
        }),
        spacer(D),
      ];
    }
    default:
      return assertNever(block, 'report block');
  }
}

export const COLOURS = { ACCENT, INK, MUTED, TONE_STRONG };
