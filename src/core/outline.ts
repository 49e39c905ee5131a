// A policy as an outline: header facts, sections, clauses and lists. The sample data is written as
// outlines; `documents` renders them as .txt and .docx; `outlineToDocument` gives the structured text a
// perfect reader of either file would produce.
import type { Block, StructuredDocument } from './document';

export interface HeaderField {
  label: string;
  value: string;
}

export type HeaderStyle =
  /** "Date of last review: September 2025" lines under the title. */
  | 'lines'
  /** A tab-separated "Written By / Agreed By" table. */
  | 'table'
  /** No header block at all. */
  | 'none';

export interface Clause {
  text: string;
  bullets?: string[];
}

export interface Section {
  heading: string;
  clauses: Clause[];
}

export interface PolicyOutline {
  /** First line(s) of the document. */
  settingName: string;
  title: string;
  headerStyle: HeaderStyle;
  header: HeaderField[];
  /** Rows of a tab-separated header table (headerStyle 'table'). */
  headerTable?: string[][];
  /** How clauses are numbered: "1.2" within sections, or one running count across the document. */
  numbering: 'sectioned' | 'running';
  sections: Section[];
}

export function headerLines(outline: PolicyOutline): string[] {
  return outline.header.map((f) => `${f.label}: ${f.value}`);
}

/** Clause labels as the rendered documents print them. */
export function numberedOutline(outline: PolicyOutline): { heading: string; number: string; clauses: { number: string; text: string; bullets: string[] }[] }[] {
  let running = 0;
  return outline.sections.map((section, i) => ({
    heading: section.heading,
    number: `${i + 1}.`,
    clauses: section.clauses.map((clause, j) => {
      running += 1;
      return { number: outline.numbering === 'running' ? `${running}.` : `${i + 1}.${j + 1}`, text: clause.text, bullets: clause.bullets ?? [] };
    }),
  }));
}

export function outlineToDocument(outline: PolicyOutline, format: StructuredDocument['format']): StructuredDocument {
  const blocks: Block[] = [];
  const push = (b: Omit<Block, 'id'>) => blocks.push({ ...b, id: `b${blocks.length + 1}` });
  push({ kind: 'paragraph', text: outline.settingName, headingPath: [] });
  push({ kind: 'heading', level: 1, text: outline.title, headingPath: [] });
  const top = [outline.title];
  for (const line of headerLines(outline)) push({ kind: 'paragraph', text: line, headingPath: top });
  for (const row of outline.headerTable ?? []) push({ kind: 'table-row', text: row.join('\t'), cells: row, headingPath: top });
  for (const section of numberedOutline(outline)) {
    push({ kind: 'heading', level: 2, number: section.number, text: section.heading, headingPath: top });
    const path = [...top, section.heading];
    for (const clause of section.clauses) {
      push({ kind: 'paragraph', number: clause.number, text: clause.text, headingPath: path });
      for (const bullet of clause.bullets) push({ kind: 'list-item', level: 0, text: bullet, headingPath: path });
    }
  }
  return { format, blocks, warnings: [] };
}

/** Plain text, the way text copied out of a Word document reads (header tables tab-separated). */
export function outlineToText(outline: PolicyOutline): string {
  const lines: string[] = ['', outline.settingName, '', outline.title, ''];
  for (const line of headerLines(outline)) lines.push(line, '');
  for (const row of outline.headerTable ?? []) lines.push(row.join('\t'));
  if (outline.headerTable) lines.push('');
  for (const section of numberedOutline(outline)) {
    lines.push(`${section.number} ${section.heading}`, '');
    for (const clause of section.clauses) {
      lines.push(`${clause.number} ${clause.text}`);
      for (const b of clause.bullets) lines.push(` - ${b}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}
