// A report model to a real, editable Word document: a title page, a table of contents field, Heading 1/2
// styles, real tables whose header rows repeat across pages, statuses by word and colour, charts as
// images, landscape sections for wide tables, "Page X of Y" footers (PAGE and NUMPAGES fields) and the
// organisation's name (and any confidentiality marking) in every header.
//
// The docx library is imported here, on first use, so it never weighs on the app's start-up.
import type * as Docx from 'docx';
import { reportCharts, reportTables, type ReportChart, type ReportModel } from '../../core/report/model';
import { sanitiseLine } from '../../core/report/sanitise';
import { BODY_SIZE, BULLETS, blockToDocx, type BodyChild, type DocxModule } from './blocks-docx';
import type { RenderPng } from './chart-png';
import { CHART_SCALE, chartToSvg } from './chart-svg';
import { PAGE, orientationRuns, textWidth } from './layout';
import { spliceTables } from './table-xml';
import { ACCENT, INK, MUTED, TONE_TEXT } from './palette';

export interface RenderProgress {
  done: number;
  total: number;
  message: string;
}

export interface RenderOptions {
  /** Draws a chart's SVG as PNG: the browser's canvas in the app, resvg in Node. */
  renderPng: RenderPng;
  onProgress?: (progress: RenderProgress) => void;
  /** "Oversight 0.1.0": the document's creator property. */
  creator?: string;
  /** Work out the contents' page numbers for reports with at most this many table rows (default 200). */
  estimatePagesUpToRows?: number;
}

export const ESTIMATE_PAGES_UP_TO_ROWS = 200;

/**
 * The page-number estimate breaks an unbroken run of characters (a pasted link, a name with no spaces)
 * letter by letter, which takes minutes for a few thousand: such a report leaves the numbers to Word.
 */
const LONG_WORD = /\S{80}/;

function hasLongWord(model: ReportModel): boolean {
  const texts: string[] = [model.title, model.subtitle, ...model.meta.map((m) => m.value)];
  for (const section of model.sections) {
    for (const b of section.blocks) {
      if (b.kind === 'table') for (const row of b.table.rows) for (const cell of row) texts.push(cell.text);
      else if (b.kind === 'paragraph') texts.push(...b.runs.map((r) => r.text));
      else if (b.kind === 'bullets') texts.push(...b.items.flatMap((i) => i.map((r) => r.text)));
    }
  }
  return texts.some((t) => LONG_WORD.test(t));
}

const FONT = 'Arial';

/** Lets a browser paint progress (and a worker take messages) between chunks of work. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function styles(): Docx.IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: BODY_SIZE, color: INK }, paragraph: { spacing: { after: 100, line: 264, lineRule: 'auto' } } },
      title: { run: { font: FONT, size: 56, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240 } } },
      heading1: { run: { font: FONT, size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { before: 0, after: 160 }, keepNext: true } },
      heading2: { run: { font: FONT, size: 26, bold: true, color: INK }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true } },
      caption: { run: { font: FONT, size: 18, bold: true, italics: false, color: MUTED }, paragraph: { spacing: { before: 160, after: 60 } } },
    },
    paragraphStyles: [
      { id: 'ReportNote', name: 'Report note', basedOn: 'Normal', run: { size: 18, italics: true, color: MUTED } },
      { id: 'ReportSubtitle', name: 'Report subtitle', basedOn: 'Normal', run: { size: 32, color: INK }, paragraph: { spacing: { after: 480 } } },
      { id: 'ReportMarking', name: 'Confidentiality marking', basedOn: 'Normal', run: { size: 18, bold: true, color: TONE_TEXT.red, allCaps: true } },
    ],
  };
}

function header(D: DocxModule, model: ReportModel, width: number): Docx.Header {
  const marking = model.confidentiality ? sanitiseLine(model.confidentiality) : '';
  return new D.Header({
    children: [
      new D.Paragraph({
        tabStops: [{ type: D.TabStopType.RIGHT, position: width }],
        border: { bottom: { style: D.BorderStyle.SINGLE, size: 4, color: 'D9DEE5', space: 4 } },
        children: [
          new D.TextRun({ text: sanitiseLine(model.organisation), size: 16, color: MUTED }),
          ...(marking ? [new D.TextRun({ text: `\t${marking}`, size: 16, bold: true, color: TONE_TEXT.red })] : []),
        ],
      }),
    ],
  });
}

function footer(D: DocxModule, model: ReportModel, width: number): Docx.Footer {
  return new D.Footer({
    children: [
      new D.Paragraph({
        tabStops: [{ type: D.TabStopType.RIGHT, position: width }],
        children: [
          new D.TextRun({ text: sanitiseLine(model.title), size: 16, color: MUTED }),
          new D.TextRun({ children: ['\tPage ', D.PageNumber.CURRENT, ' of ', D.PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
        ],
      }),
    ],
  });
}

/** The title page: no running header or footer of its own, only the marking if there is one. */
function titlePage(D: DocxModule, model: ReportModel): BodyChild[] {
  const out: BodyChild[] = [];
  if (model.confidentiality) out.push(new D.Paragraph({ style: 'ReportMarking', children: [new D.TextRun(sanitiseLine(model.confidentiality))] }));
  out.push(new D.Paragraph({ spacing: { before: 2400 }, children: [] }));
  out.push(new D.Paragraph({ heading: D.HeadingLevel.TITLE, children: [new D.TextRun(sanitiseLine(model.title))] }));
  out.push(new D.Paragraph({ style: 'ReportSubtitle', children: [new D.TextRun(sanitiseLine(model.subtitle))] }));
  for (const m of model.meta) {
    out.push(
      new D.Paragraph({
        spacing: { after: 80 },
        children: [new D.TextRun({ text: `${sanitiseLine(m.label)}: `, bold: true, color: MUTED }), new D.TextRun({ text: sanitiseLine(m.value) })],
      }),
    );
  }
  return out;
}

function contents(D: DocxModule): BodyChild[] {
  return [
    new D.Paragraph({ pageBreakBefore: true, spacing: { after: 200 }, children: [new D.TextRun({ text: 'Contents', bold: true, size: 32, color: ACCENT })] }),
    new D.TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}

export async function renderReportDocx(model: ReportModel, options: RenderOptions): Promise<Uint8Array> {
  const rows = reportTables(model).reduce((n, t) => n + t.rows.length, 0);
  const estimate = rows <= (options.estimatePagesUpToRows ?? ESTIMATE_PAGES_UP_TO_ROWS) && !hasLongWord(model);
  const [D, layout] = await Promise.all([import('docx'), estimate ? import('docx/layout') : Promise.resolve(null)]);
  const progress = options.onProgress ?? (() => undefined);
  const total = model.sections.length + 2;
  let done = 0;
  progress({ done, total, message: 'Starting the document…' });

  // Without the page-number estimate (a long report) the tables are written as markup: far faster, and
  // far less memory, than an object per cell.
  const rawTables: string[] | null = estimate ? null : [];
  const pngs = new Map<ReportChart, Uint8Array>();
  for (const chart of reportCharts(model)) {
    const { svg, width, height } = chartToSvg(chart);
    pngs.set(chart, await options.renderPng(svg, width * CHART_SCALE, height * CHART_SCALE));
  }
  const chartPng = (chart: ReportChart) => {
    const png = pngs.get(chart);
    if (!png) throw new Error(`The chart "${chart.title}" was not drawn`);
    return png;
  };
  const runs = orientationRuns(model);
  const docSections: Docx.ISectionOptions[] = [];
  const pageProps = (orientation: 'portrait' | 'landscape', titlePg = false): Docx.ISectionPropertiesOptions => ({
    titlePage: titlePg,
    page: {
      size: { width: PAGE.width, height: PAGE.height, orientation: orientation === 'portrait' ? D.PageOrientation.PORTRAIT : D.PageOrientation.LANDSCAPE },
      margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: PAGE.headerFooter, footer: PAGE.headerFooter },
    },
  });

  // The first Word section holds the title page (its own first-page header and footer), the contents and
  // the first run of sections (when it is portrait).
  const opening: BodyChild[] = [...titlePage(D, model), ...(model.contents ? contents(D) : [])];
  const firstHeader = new D.Header({ children: [new D.Paragraph({ children: [] })] });
  const firstFooter = new D.Footer({ children: [new D.Paragraph({ children: [] })] });
  let pendingOpening: BodyChild[] | null = opening;
  if (runs.length === 0 || runs[0]!.orientation === 'landscape') {
    const w = textWidth('portrait');
    docSections.push({ properties: pageProps('portrait', true), headers: { default: header(D, model, w), first: firstHeader }, footers: { default: footer(D, model, w), first: firstFooter }, children: opening });
    pendingOpening = null;
  }

  for (const run of runs) {
    const width = textWidth(run.orientation);
    const children: BodyChild[] = pendingOpening ? [...pendingOpening] : [];
    const isFirst = pendingOpening !== null;
    pendingOpening = null;
    for (const [index, section] of run.sections.entries()) {
      // A new Word section already starts a new page; within one, each report section starts its own page.
      const pageBreakBefore = isFirst || index > 0;
      children.push(new D.Paragraph({ heading: D.HeadingLevel.HEADING_1, pageBreakBefore, children: [new D.TextRun(sanitiseLine(section.title))] }));
      for (const block of section.blocks) children.push(...blockToDocx({ D, width, chartPng, rawTables }, block));
      done += 1;
      progress({ done, total, message: `Wrote “${sanitiseLine(section.title)}”` });
      await breathe();
    }
    docSections.push({
      properties: pageProps(run.orientation, isFirst),
      headers: isFirst ? { default: header(D, model, width), first: firstHeader } : { default: header(D, model, width) },
      footers: isFirst ? { default: footer(D, model, width), first: firstFooter } : { default: footer(D, model, width) },
      children,
    });
  }

  const document = new D.Document({
    creator: sanitiseLine(options.creator ?? 'Oversight'),
    title: sanitiseLine(`${model.title}: ${model.subtitle}`),
    description: sanitiseLine(`Data as of ${model.asOf}`),
    styles: styles(),
    // The contents' page numbers are worked out as Word would lay the pages out (so LibreOffice, PDF
    // converters and previews show them); Word still offers to update the fields when the file opens.
    // Laying pages out this way takes about a second per 100 table rows, so a longer report (a trust of
    // 40 settings has some 600 rows) leaves the numbers to Word; the entries are written either way.
    pageNumbers: layout ? layout.estimatePageNumbers : undefined,
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: D.LevelFormat.BULLET, text: '•', alignment: D.AlignmentType.LEFT, style: { paragraph: { indent: { left: 560, hanging: 280 } } } }],
        },
      ],
    },
    sections: docSections,
  });
  done += 1;
  progress({ done, total, message: 'Packing the file…' });
  await breathe();
  const packed = new Uint8Array(await D.Packer.toArrayBuffer(document));
  const bytes = rawTables ? spliceTables(packed, rawTables) : packed;
  done += 1;
  progress({ done, total, message: 'Done' });
  return bytes;
}
