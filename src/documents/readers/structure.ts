// From the paragraphs a reader found to the structured text core reads. Every format goes through here,
// so a policy reads the same whether it arrived as .txt, .docx, .pdf, .md or .html: the same clean-up of
// conversion residue, the same clause numbers, the same rules for what is a heading, the same ids.
import type { Block, BlockKind, DocumentFormat, StructuredDocument } from '../../core/document';
import { cleanInline, leadingMarker, splitAtBookmarks, splitInlineBullets, type Marker } from './clean';

/** A paragraph as a reader found it, with whatever structure the format states outright. */
export interface RawParagraph {
  /** May hold tabs (fields of a header table); no newlines. */
  text: string;
  /** Heading level stated by the format (a Word heading style, <h2>, '##', a larger font), 1 = top. */
  heading?: number;
  /** A list item stated by the format (Word numbering, <li>, a PDF hanging indent). */
  list?: { level: number; ordered: boolean; label?: string };
  /** Table cells stated by the format. */
  cells?: string[];
  /** The whole paragraph is bold (a heading hint from Word or a PDF font). */
  bold?: boolean;
  page?: number;
  /** Leading spaces of a plain-text line: nesting of hand-typed bullets. */
  indent?: number;
}

interface Draft {
  kind: BlockKind;
  text: string;
  number?: string;
  level?: number;
  cells?: string[];
  page?: number;
  /** Heading level when this is a heading. */
  headingLevel?: number;
  explicitHeading: boolean;
  bookmarkHeading: boolean;
  bold: boolean;
  marker: Marker | null;
}

export function buildDocument(
  format: DocumentFormat,
  raws: readonly RawParagraph[],
  warnings: string[] = [],
  pageCount?: number,
): StructuredDocument {
  const drafts = raws.flatMap(toDrafts);
  decideHeadings(drafts);
  const blocks = finish(drafts);
  const doc: StructuredDocument = { format, blocks, warnings };
  doc.pageCount = pageCount ?? Math.max(1, Math.round(blocks.reduce((n, b) => n + b.text.length, 0) / 3000));
  return doc;
}

function toDrafts(raw: RawParagraph): Draft[] {
  if (raw.cells) {
    const cells = raw.cells.map((c) => cleanInline(c.replace(/\t/g, ' ')));
    if (cells.every((c) => c === '')) return [];
    return [draft({ kind: 'table-row', text: cells.join('\t'), cells, page: raw.page })];
  }
  const out: Draft[] = [];
  for (const piece of splitAtBookmarks(raw.text)) {
    const text = cleanInline(piece.text);
    if (!text) continue;
    if (piece.heading) {
      out.push(
        draft({ kind: 'heading', text, page: raw.page, bookmarkHeading: true, headingLevel: raw.heading }),
      );
      continue;
    }
    const inline = splitInlineBullets(text);
    if (inline) {
      const level = raw.list?.level ?? 0;
      for (const item of inline) out.push(draft({ kind: 'list-item', text: item, level, page: raw.page }));
      continue;
    }
    out.push(fromText(raw, text));
  }
  return out;
}

function fromText(raw: RawParagraph, text: string): Draft {
  // Fields separated by tabs ("Written By<TAB>L Sanderson<TAB>Version 1.0<TAB>06/09/21") read as a row.
  // (A list marker followed by a tab is Word's list layout, not a field: "•<TAB>Item".)
  const typed = leadingMarker(text);
  if (
    text.includes('\t') &&
    !raw.list &&
    raw.heading === undefined &&
    !(typed && !typed.rest.includes('\t'))
  ) {
    const cells = text.split('\t').map((c) => c.trim());
    if (cells.filter(Boolean).length >= 2)
      return draft({ kind: 'table-row', text: cells.join('\t'), cells, page: raw.page });
  }
  const flat = text.replace(/\t/g, ' ');
  const base = { page: raw.page, bold: raw.bold ?? false };
  if (raw.list) {
    const label = raw.list.label;
    // The format numbered it (Word numbering, an <ol>): its label is known; strip a typed one too.
    const typed = leadingMarker(flat);
    const rest = typed && typed.kind !== 'bullet' && label === undefined ? typed.rest : flat;
    const number = label ?? (typed && typed.kind !== 'bullet' ? typed.label : undefined);
    const marker = number ? leadingMarker(`${number} x`) : null;
    if (marker?.kind === 'number' && raw.heading === undefined)
      return draft({ ...base, kind: 'paragraph', text: rest, number, marker });
    if (raw.heading !== undefined)
      return draft({
        ...base,
        kind: 'heading',
        text: rest,
        number,
        headingLevel: raw.heading,
        explicitHeading: true,
        marker,
      });
    return draft({ ...base, kind: 'list-item', text: rest, number, level: raw.list.level, marker });
  }
  const marker = leadingMarker(flat);
  if (raw.heading !== undefined) {
    const numbered = marker && marker.kind !== 'bullet' ? marker : null;
    return draft({
      ...base,
      kind: 'heading',
      text: numbered ? numbered.rest : flat,
      number: numbered?.label,
      headingLevel: raw.heading,
      explicitHeading: true,
      marker: numbered,
    });
  }
  if (!marker) return draft({ ...base, kind: 'paragraph', text: flat });
  const level = raw.indent !== undefined && raw.indent > 0 ? Math.min(4, Math.ceil(raw.indent / 2)) : 0;
  switch (marker.kind) {
    case 'number':
      return draft({ ...base, kind: 'paragraph', text: marker.rest, number: marker.label, marker });
    case 'bullet':
      return draft({ ...base, kind: 'list-item', text: marker.rest, level, marker });
    default:
      return draft({ ...base, kind: 'list-item', text: marker.rest, number: marker.label, level, marker });
  }
}

function draft(d: Partial<Draft> & { kind: BlockKind; text: string }): Draft {
  return { explicitHeading: false, bookmarkHeading: false, bold: false, marker: null, ...d };
}

const TERMINAL = /[.,;:!]$/;
const SETTING_NAME = /\b(school|academy|nursery|pre-?school|college|federation|playgroup|kindergarten)\)?$/i;
const TITLE_LIKE = /\bpolic(y|ies)\b|\bprocedures?\b|\bguidance\b/i;

/** Could this short line be a heading by its own look? */
function looksLikeHeading(d: Draft): boolean {
  const text = d.text;
  if (text.length > 90 || text.length < 3) return false;
  const words = text.split(/\s+/).length;
  if (words > 12) return false;
  if (TERMINAL.test(text)) return false;
  // "Date: 03/10/2022", "Manager/Owner: Nicola Setford": a field, not a heading.
  if (/:\s/.test(text) || /^\W/.test(text)) return false;
  if (!/^[A-Z0-9‘'"“(]/.test(text)) return false;
  if (!/[A-Za-z]{3}/.test(text)) return false;
  // Mostly words, not a list of figures or dates.
  if ((text.match(/\d/g)?.length ?? 0) > text.length / 3) return false;
  // A line carrying a date is a header field ("Written By L Sanderson Version 1.0 06/09/21").
  if (/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(text)) return false;
  return true;
}

/**
 * Headings the format did not state: short lines without closing punctuation that introduce content;
 * numbered ones only when they head a section ("1. Policy aims and scope" followed by its items) rather
 * than being one clause of a run ("3. To enable pupils…" followed by "4. …").
 */
function decideHeadings(drafts: Draft[]): void {
  const hasExplicit = drafts.some((d) => d.explicitHeading);
  let seenTitle = false;
  let seenBody = false;
  for (let i = 0; i < drafts.length; i += 1) {
    const d = drafts[i]!;
    const next = drafts.slice(i + 1).find((n) => n.text !== '');
    if (d.explicitHeading) {
      if (d.headingLevel === 1) seenTitle = true;
      continue;
    }
    if (d.bookmarkHeading) {
      d.kind = 'heading';
      d.headingLevel = 2;
      continue;
    }
    // A header table (written by, agreed by…) is letterhead, not body.
    if (d.kind === 'table-row') continue;
    if (!next) continue;
    const isNumberedSection = d.kind === 'paragraph' && d.marker?.kind === 'number' && d.marker.depth <= 3;
    const plain = d.kind === 'paragraph' && !d.number;
    if (!plain && !isNumberedSection) {
      seenBody = true;
      continue;
    }
    const shortEnough = isNumberedSection ? d.text.split(/\s+/).length <= 8 : true;
    // When the format marks headings itself (Word styles, <h2>), trust it, except for bold lines.
    const candidate = looksLikeHeading(d) && shortEnough && (!hasExplicit || d.bold);
    if (!candidate) {
      // Header fields ("Date: 03/10/2022") and short lines are letterhead; prose starts the body.
      if (!plain || d.text.split(/\s+/).length >= 12) seenBody = true;
      continue;
    }
    if (isNumberedSection) {
      // A clause in a run of clauses is followed by its sibling ("4." after "3."); a section heading by its contents.
      const sibling =
        next.marker?.kind === 'number' && next.marker.depth === d.marker!.depth && next.kind === 'paragraph';
      const nextLooksLikeHeading = next.kind === 'paragraph' && !next.number && looksLikeHeading(next);
      if (sibling || nextLooksLikeHeading) {
        seenBody = true;
        continue;
      }
      d.kind = 'heading';
      d.headingLevel = d.marker!.depth + 1;
      seenBody = true;
      continue;
    }
    const isTitle = !seenBody && (TITLE_LIKE.test(d.text) || (!seenTitle && d.text === d.text.toUpperCase()));
    if (isTitle) {
      d.kind = 'heading';
      d.headingLevel = 1;
      seenTitle = true;
      continue;
    }
    // The setting's name above or beside the title is part of the letterhead, not a section.
    if (!seenBody && SETTING_NAME.test(d.text)) continue;
    // A line followed straight by another heading-like line is not heading anything (a motto, a subtitle).
    if (next.kind === 'paragraph' && !next.number && looksLikeHeading(next) && !seenTitle) continue;
    d.kind = 'heading';
    d.headingLevel = 2;
    seenBody = true;
  }
}

function finish(drafts: Draft[]): Block[] {
  const blocks: Block[] = [];
  const path: { level: number; text: string }[] = [];
  const seen = new Map<string, number>();
  for (const d of drafts) {
    if (d.kind === 'heading') {
      // A heading's own path: the headings above it, not the section it closes.
      const level = d.headingLevel ?? 2;
      while (path.length > 0 && path[path.length - 1]!.level >= level) path.pop();
    }
    const headingPath = path.map((p) => p.text);
    const key = `${d.kind}|${d.number ?? ''}|${normalise(d.text)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const block: Block = { id: blockId(key, n), kind: d.kind, text: d.text, headingPath };
    if (d.number) block.number = d.number;
    if (d.kind === 'heading') block.level = d.headingLevel ?? 2;
    else if (d.kind === 'list-item') block.level = d.level ?? 0;
    if (d.cells) block.cells = d.cells;
    if (d.page !== undefined) block.page = d.page;
    blocks.push(block);
    if (d.kind === 'heading') path.push({ level: d.headingLevel ?? 2, text: d.text });
  }
  return blocks;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * A block's id: a hash of its kind, number and text (and which repeat of that text it is). The same
 * content gets the same id on every read, in every format, and edits elsewhere in the document leave it
 * alone, so links into a document and comparisons between versions hold.
 */
export function blockId(key: string, occurrence: number): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0').slice(0, 4);
  return occurrence === 0 ? `b${hex}` : `b${hex}-${occurrence + 1}`;
}
