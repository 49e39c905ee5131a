// PDF: pdfjs gives positioned pieces of text; lines are rebuilt from their baselines, paragraphs from
// line spacing and indentation, list markers from hanging indents, headings from font size (and bold
// fonts where the PDF names them). Page numbers and running headers and footers are dropped.
//
// pdfjs comes in two builds: the legacy one for Node (the CLI, tests), loaded by a name hidden from the
// bundler so the app never carries it, and the modern one for browsers. In a browser there is already a
// worker around this code (the import worker), so pdfjs's own worker code runs in the same thread
// (`globalThis.pdfjsWorker`): no nested worker, nothing the CSP has to allow.
import type { StructuredDocument } from '../../core/document';
import { DocumentError, type ReadLimits } from './errors';
import { leadingMarker } from './clean';
import { buildDocument, type RawParagraph } from './structure';

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

interface Line {
  text: string;
  x: number;
  /** Where the text after a list marker starts. */
  textX: number;
  y: number;
  right: number;
  size: number;
  bold: boolean;
  page: number;
  marker: boolean;
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
    current.forEach((p, i) => {
      const gap = p.x - end;
      const blank = p.str.trim() === '';
      // A wide gap, or a wide run of spaces, separates fields (a tab in the original).
      if (blank && p.w > p.size * 1.5) text += '\t';
      else if (i > 0 && gap > p.size * 1.5) text += '\t';
      else if (i > 0 && gap > p.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(p.str)) text += ' ';
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
    if (markerPiece) text = text.replace(/^\s*(\S+)\t/, '$1 ');
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
      });
    current = [];
  };
  for (const p of pieces) {
    const last = current[current.length - 1];
    if (last && Math.abs(p.y - last.y) > Math.max(2, Math.min(p.size, last.size) * 0.5)) flush();
    current.push(p);
  }
  flush();
  return lines;
}

const PAGE_NUMBER = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

/** Drops page numbers and running headers and footers (the same text at the top or foot of most pages). */
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
  return pages.flat().filter((line) => !(isEdge(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] ?? 0;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Groups lines into paragraphs by spacing, indentation, markers and font. */
function paragraphsOf(lines: Line[]): RawParagraph[] {
  if (lines.length === 0) return [];
  const round = (v: number) => Math.round(v * 2) / 2;
  const bodySize = mode(lines.map((l) => round(l.size)));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && round(a.size) === bodySize && round(b.size) === bodySize && a.y > b.y)
      gaps.push(Math.round(a.y - b.y));
  }
  const lineGap = mode(gaps) || bodySize * 1.2;
  const left = Math.min(...lines.filter((l) => round(l.size) === bodySize).map((l) => l.x));
  // Heading levels from font sizes larger than the body text, largest first.
  const larger = [...new Set(lines.map((l) => round(l.size)).filter((s) => s >= bodySize * 1.15))].sort(
    (a, b) => b - a,
  );
  // List nesting from the distinct indents of list markers.
  const markerIndents = [
    ...new Set(
      lines
        .filter((l) => l.marker || /^[•·▪◦●○■□➢➤►✓✔§–-]$/.test(l.text))
        .map((l) => Math.round((l.x - left) / 6)),
    ),
  ].sort((a, b) => a - b);

  const raws: RawParagraph[] = [];
  interface Open {
    raw: RawParagraph;
    last: Line;
    lines: number;
  }
  let current = null as Open | null;
  const push = (line: Line) => {
    const raw: RawParagraph = { text: line.text, page: line.page };
    const heading = larger.indexOf(round(line.size));
    if (heading >= 0) raw.heading = heading + 1;
    if (line.bold) raw.bold = true;
    if (line.marker || leadingMarker(line.text)) {
      const level = Math.max(0, markerIndents.indexOf(Math.round((line.x - left) / 6)));
      raw.indent = level * 2;
    }
    current = { raw, last: line, lines: 1 };
    raws.push(raw);
  };
  for (const line of lines) {
    // A bullet on a line of its own (a list item holding only a nested list) carries nothing.
    if (/^[•·▪◦●○■□➢➤►✓✔§]$/.test(line.text)) {
      current = null;
      continue;
    }
    const prev = current;
    if (!prev) {
      push(line);
      continue;
    }
    const last = prev.last;
    const samePage = last.page === line.page;
    const gap = samePage ? last.y - line.y : lineGap;
    const continues =
      !line.marker &&
      // Lines of fields (a header table) stand alone.
      !line.text.includes('\t') &&
      !last.text.includes('\t') &&
      !leadingMarker(line.text) &&
      round(line.size) === round(last.size) &&
      line.bold === last.bold &&
      gap > 0 &&
      gap < lineGap * 1.3 &&
      // Continuation lines sit at the paragraph's text edge (or the hanging indent of its marker).
      Math.abs(line.x - last.textX) < bodySize * 1.5 &&
      !(last.right < line.right * 0.6 && /[.:;!?]$/.test(last.text));
    const acrossPage = !samePage && /^[a-z(]/.test(line.text) && !/[.:;!?]$/.test(last.text) && !line.marker;
    if (continues || acrossPage) {
      const joined =
        /\p{L}-$/u.test(prev.raw.text) && /^\p{Ll}/u.test(line.text)
          ? `${prev.raw.text}${line.text}`
          : `${prev.raw.text} ${line.text}`;
      prev.raw.text = joined;
      prev.last = { ...line, textX: last.textX };
      prev.lines += 1;
    } else {
      push(line);
    }
  }
  return raws;
}
