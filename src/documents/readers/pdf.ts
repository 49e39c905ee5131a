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
  /** Where each tab-separated field of the line starts (one entry for a line with no tabs). */
  cellXs: number[];
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

/** "Label: value", the line of a header block. */
const FIELD_LINE = /^[^:.;]{2,48}:\s*\S/;

const PAGE_NUMBER = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^-\s*\d{1,4}\s*-$/i;

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
    if (PAGE_NUMBER.test(line.text)) return false;
    if (!repeated(line)) return true;
    if (kept.has(key(line))) return false;
    kept.add(key(line));
    const top = line.y > (heights[line.page - 1] ?? 792) / 2;
    (top ? headers : footers).push(line);
    return false;
  });
  return [...headers, ...body, ...footers];
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
  // The right edge full lines reach: a line that gets there wrapped, and the next may carry on below.
  const rights = lines
    .filter((l) => round(l.size) === bodySize)
    .map((l) => l.right)
    .sort((a, b) => a - b);
  const rightEdge = rights[Math.floor(rights.length * 0.9)] ?? Infinity;
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
    /** Where the paragraph's first line (its list marker, if any) starts. */
    startX: number;
    /** A table row: its cells by column, to which wrapped lines of its cells are added. */
    row?: string[];
  }
  // The columns of the table being read: where its cells start.
  let columns: number[] = [];
  const columnOf = (x: number) => columns.findIndex((c) => Math.abs(c - x) < bodySize * 1.5);
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
    current = { raw, last: line, lines: 1, startX: line.x };
    if (line.cellXs.length > 1) {
      if (!line.cellXs.every((x) => columnOf(x) >= 0)) columns = line.cellXs;
      const row = columns.map(() => '');
      line.text.split('\t').forEach((cell, i) => {
        const j = columnOf(line.cellXs[i] ?? -1);
        if (j >= 0) row[j] = cell;
      });
      current.row = row;
    }
    raws.push(raw);
  };
  const wouldHaveFit = (last: Line, line: Line) => {
    const firstWord = line.text.split(/\s/, 1)[0] ?? '';
    // About half an em a character: generous for wide capitals, so a doubtful case still joins.
    return last.right + (firstWord.length + 1) * line.size * 0.55 < rightEdge - line.size * 0.5;
  };
  /**
   * Adds a line to the table row above when it is the wrapped rest of some of its cells: fewer cells than
   * the row has, each under one of the table's columns. (Word's PDFs draw no row boundary in the text.)
   */
  const continueRow = (open: Open, line: Line, gap: number): boolean => {
    const row = open.row;
    if (!row || gap <= 0 || gap > lineGap * 1.6 || line.marker || round(line.size) !== round(open.last.size))
      return false;
    const filled = row.filter((c) => c !== '').length;
    const parts = line.text.split('\t');
    const at = line.cellXs.map(columnOf);
    if (parts.length !== at.length || at.some((j) => j < 0)) return false;
    if (!(parts.length < filled || at[0]! > 0)) return false;
    // The wrapped end of a first-column label is a word or two ("Leads", "Officer"), or starts in lower
    // case or a bracket; a longer, capitalised first cell starts a row of its own.
    const first = parts[0] ?? '';
    if (at[0] === 0 && first.split(/\s+/).length > 3 && !/^[\p{Ll}(]/u.test(first)) return false;
    parts.forEach((part, i) => {
      const j = at[i]!;
      const before = row[j] ?? '';
      row[j] = before === '' ? part : /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(part) ? before + part : `${before} ${part}`;
    });
    open.raw.cells = [...row];
    open.raw.text = row.join('\t');
    open.last = line;
    open.lines += 1;
    return true;
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
    if (samePage && continueRow(prev, line, gap)) continue;
    if (line.cellXs.length < 2 && !prev.row) columns = [];
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
      // Continuation lines sit at the paragraph's text edge (or the hanging indent of its marker), or,
      // in a list with no hanging indent, back under the marker once a full line has wrapped.
      (Math.abs(line.x - last.textX) < bodySize * 1.5 ||
        (Math.abs(line.x - prev.startX) < bodySize * 0.5 && last.right >= rightEdge - bodySize * 3)) &&
      !(last.right < line.right * 0.6 && /[.:;!?]$/.test(last.text)) &&
      // A line wraps only when the next word does not fit on it: if it would have and either line is a
      // field ("Date written: June 2022" above "Written by: …"), or the line ended a sentence, the break
      // was typed. (Not for any short
      // line: the narrow cells of a table without borders wrap early too.)
      !((FIELD_LINE.test(last.text) || FIELD_LINE.test(line.text) || /[.:;!?]$/.test(last.text)) &&
        wouldHaveFit(last, line));
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
