// PDF: pdfjs gives positioned pieces of text; lines are rebuilt from their baselines, paragraphs from
// line spacing and indentation, list markers from hanging indents, headings from font size (and bold
// fonts where the PDF names them), in pdf-paragraphs.ts. Page numbers are dropped; running headers and footers are kept once.
//
// pdfjs comes in two builds: the legacy one for Node (the CLI, tests), loaded by a name hidden from the
// bundler so the app never carries it, and the modern one for browsers. In a browser there is already a
// worker around this code (the import worker), so pdfjs's own worker code runs in the same thread
// (`globalThis.pdfjsWorker`): no nested worker, nothing the CSP has to allow.
import type { StructuredDocument } from '../../core/document';
import { DocumentError, type ReadLimits } from './errors';
import { isPageNumber, leadingMarker } from './clean';
import { paragraphsOf, type Line } from './pdf-paragraphs';
import { buildDocument } from './structure';

/** The parts of pdfjs this reader uses (the same in both builds). */
export interface PdfjsModule {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocumentProxy>; destroy(): Promise<void> };
}
interface PdfDocumentProxy {
  numPages: number;
  getPage(n: number): Promise<PdfPageProxy>;
  destroy(): Promise<void>;
}
interface PdfPageProxy {
  view: number[];
  getTextContent(): Promise<{ items: unknown[]; styles: Record<string, { fontFamily?: string }> }>;
  cleanup(): void;
}
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL: boolean;
}

let loader: (() => Promise<PdfjsModule>) | null = null;

/** Registers the pdfjs build to use (the browser worker passes the modern build). */
export function setPdfjsLoader(load: () => Promise<PdfjsModule>): void {
  loader = load;
}

async function pdfjs(): Promise<PdfjsModule> {
  if (loader) return loader();
  const runtime = globalThis as { process?: { versions?: { node?: string } }; pdfjsWorker?: unknown };
  if (runtime.process?.versions?.node) {
    const legacy = 'pdfjs-dist/legacy/build/pdf.mjs';
    return (await import(/* @vite-ignore */ legacy)) as PdfjsModule;
  }
  const [lib, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  runtime.pdfjsWorker ??= worker;
  return lib as unknown as PdfjsModule;
}

export async function readPdf(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  warnings: string[] = [],
): Promise<StructuredDocument> {
  const lib = await pdfjs();
  const task = lib.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    verbosity: 0,
  });
  let doc: PdfDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException')
      throw new DocumentError(
        fileName,
        'is a password-protected (encrypted) PDF, so it cannot be read. Save an unprotected copy and import that.',
      );
    throw new DocumentError(
      fileName,
      `is not a readable PDF: it is damaged (${(error as Error).message}). Print it to PDF again or import the Word original.`,
    );
  }
  try {
    if (doc.numPages > limits.maxPages)
      throw new DocumentError(
        fileName,
        `has ${doc.numPages} pages, more than the ${limits.maxPages}-page limit for a document`,
      );
    const pages: Line[][] = [];
    const heights: number[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const view = page.view;
      heights.push((view[3] ?? 792) - (view[1] ?? 0));
      pages.push(linesOf(content.items as TextItem[], content.styles, n));
      page.cleanup();
    }
    const chars = pages.flat().reduce((count, line) => count + line.text.replace(/\s/g, '').length, 0);
    if (chars < Math.max(20, doc.numPages * 10)) {
      throw new DocumentError(
        fileName,
        'is a scanned PDF with no text layer: scanned; no text to read. Run it through text recognition (OCR) or import the Word original.',
      );
    }
    const lines = dropFurniture(pages, heights);
    return buildDocument('pdf', paragraphsOf(lines), warnings, doc.numPages);
  } finally {
    await doc.destroy();
  }
}

/** Rebuilds lines from positioned text pieces: same baseline, left to right, spaces and tabs from gaps. */
function linesOf(items: TextItem[], styles: Record<string, { fontFamily?: string }>, page: number): Line[] {
  const lines: Line[] = [];
  type Piece = { str: string; x: number; y: number; w: number; size: number; bold: boolean };
  const pieces: Piece[] = items
    .filter((it) => typeof it.str === 'string' && it.str !== '' && Array.isArray(it.transform))
    .map((it) => {
      const [a = 0, b = 0, , , e = 0, f = 0] = it.transform;
      const size = Math.hypot(a, b) || it.height || 10;
      const family = `${styles[it.fontName]?.fontFamily ?? ''} ${it.fontName}`;
      return { str: it.str, x: e, y: f, w: it.width, size, bold: /bold|black|heavy|semibold/i.test(family) };
    });
  let current: Piece[] = [];
  const flush = () => {
    if (current.length === 0) return;
    current.sort((p, q) => p.x - q.x);
    let text = '';
    let end = current[0]!.x;
    let boldChars = 0;
    let allChars = 0;
    const cellXs: number[] = [];
    let newCell = true;
    current.forEach((p, i) => {
      const gap = p.x - end;
      const blank = p.str.trim() === '';
      // A wide gap, or a wide run of spaces, separates fields (a tab in the original).
      if (blank && p.w > p.size * 1.5) text += '\t';
      else if (i > 0 && gap > p.size * 1.5) text += '\t';
      else if (i > 0 && gap > p.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
      if (text.endsWith('\t')) newCell = true;
      if (!blank && newCell) {
        cellXs.push(p.x);
        newCell = false;
      }
      if (!blank) text += p.str;
      else if (!(p.w > p.size * 1.5)) text += p.str;
      end = Math.max(end, p.x + p.w);
      const visible = p.str.replace(/\s/g, '').length;
      allChars += visible;
      if (p.bold) boldChars += visible;
    });
    // A list marker ("1.", "•", "a)") as its own piece, then the text at the hanging indent.
    const solid = current.filter((p) => p.str.trim() !== '');
    const first = solid[0];
    const markerPiece =
      first &&
      solid.length > 1 &&
      leadingMarker(`${first.str.trim()} x`) !== null &&
      !/\s/.test(first.str.trim());
    const textX = markerPiece ? solid[1]!.x : current[0]!.x;
    if (markerPiece && /^\s*\S+\t/.test(text)) {
      text = text.replace(/^\s*(\S+)\t/, '$1 ');
      cellXs.splice(1, 1);
    }
    const size = Math.max(...current.filter((p) => p.str.trim() !== '').map((p) => p.size), 0);
    if (text.trim() !== '')
      lines.push({
        text: text.replace(/ +/g, ' ').trim(),
        x: current[0]!.x,
        textX,
        y: current[0]!.y,
        right: end,
        size,
        bold: allChars > 0 && boldChars === allChars,
        page,
        marker: Boolean(markerPiece),
        cellXs,
      });
    current = [];
  };
  // Pieces on one baseline make one line. Word writes a table cell by cell, so a row's cells arrive
  // apart, each after the wrapped lines of the cell before: a piece joins an earlier line on its baseline
  // when it sits beside (not over) that line's pieces. Lines otherwise keep the content stream's order,
  // which keeps a vertically centred cell's lines together.
  const baselines: Piece[][] = [];
  const onBaseline = (p: Piece, b: Piece[]) =>
    Math.abs(p.y - b[0]!.y) <= Math.max(2, Math.min(p.size, b[0]!.size) * 0.5);
  const beside = (p: Piece, b: Piece[]) => b.every((q) => p.x >= q.x + q.w - 1 || p.x + p.w <= q.x + 1);
  for (const p of pieces) {
    const last = baselines[baselines.length - 1];
    const same = last && onBaseline(p, last) ? last : baselines.find((b) => onBaseline(p, b) && beside(p, b));
    if (same) same.push(p);
    else baselines.push([p]);
  }
  for (const b of baselines) {
    current = b;
    flush();
  }
  return lines;
}

/** Drops page numbers, and the repeats of running headers and footers (the same text at the top or foot of most pages). */
function dropFurniture(pages: Line[][], heights: number[]): Line[] {
  const margin = (page: number) => (heights[page - 1] ?? 792) * 0.08;
  const isEdge = (line: Line) =>
    line.y > (heights[line.page - 1] ?? 792) - margin(line.page) * 1.2 || line.y < margin(line.page) * 1.2;
  const key = (line: Line) => line.text.replace(/\d+/g, '#').toLowerCase();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const k of new Set(lines.filter(isEdge).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const repeated = (line: Line) =>
    pages.length >= 2 && (counts.get(key(line)) ?? 0) >= Math.max(2, pages.length * 0.5);
  // A running header or footer is kept once, not dropped: a letterhead often holds the setting's name, a
  // footer the review date. The header goes first and the footer last (the content stream may draw them
  // anywhere on the page), so neither splits a paragraph that runs over onto the next page.
  const kept = new Set<string>();
  const headers: Line[] = [];
  const footers: Line[] = [];
  const body = pages.flat().filter((line) => {
    if (!isEdge(line)) return true;
    if (isPageNumber(line.text)) return false;
    if (!repeated(line)) return true;
    if (kept.has(key(line))) return false;
    kept.add(key(line));
    const top = line.y > (heights[line.page - 1] ?? 792) / 2;
    (top ? headers : footers).push(line);
    return false;
  });
  return [...headers, ...body, ...footers];
}
