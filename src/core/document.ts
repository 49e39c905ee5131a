// Structured text: what `documents` makes of any file, and what core reads. Keeps what comparison needs:
// headings, numbered clauses, list items and table rows, each with a stable id and its heading path.

export const DOCUMENT_FORMATS = ['docx', 'pdf', 'txt', 'md', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

export interface Block {
  /** Stable for the same document: derived from position and content, so a re-read gives the same ids. */
  id: string;
  kind: BlockKind;
  /** The block's text; a table row's cells joined by tabs. Source spans index into this. */
  text: string;
  /** Heading level (1 = top) or list nesting depth (0 = top). */
  level?: number;
  /** The clause number or list marker as written ('4.1', 'a.', 'ii'), without the text. */
  number?: string;
  /** Table rows: the cells. */
  cells?: string[];
  /** Texts of the enclosing headings, outermost first. */
  headingPath: string[];
  /** PDF: the 1-based page the block starts on. */
  page?: number;
}

export interface StructuredDocument {
  format: DocumentFormat;
  blocks: Block[];
  /** Things the reader noticed but could work round ("2 images skipped"). */
  warnings: string[];
  /** Pages (PDF) or an estimate from the text length. */
  pageCount?: number;
}

/** Where in the document a value came from: a block and a character range in its text. */
export interface SourceSpan {
  blockId: string;
  start: number;
  end: number;
}

/** The whole text, blocks separated by blank lines (what search and the text view use). */
export function documentText(doc: StructuredDocument): string {
  return doc.blocks.map((b) => (b.number ? `${b.number} ${b.text}` : b.text)).join('\n\n');
}

export function blockById(doc: StructuredDocument, id: string): Block | undefined {
  return doc.blocks.find((b) => b.id === id);
}

export function spanText(doc: StructuredDocument, span: SourceSpan): string {
  return blockById(doc, span.blockId)?.text.slice(span.start, span.end) ?? '';
}
