// Large tables written straight as WordprocessingML. The docx library builds an object per cell, run
// and property; a local authority's report has some 50,000 cells, which costs seconds and hundreds of
// megabytes in objects and garbage. This writes the very markup the library writes for our tables
// (tests read both back with python-docx and compare), as one string, into a placeholder paragraph of
// the packed file. Used only where the page numbers are left to Word: the page-number estimate must see
// every table, so smaller reports keep the library's own tables.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ColumnAlign, ReportCell, ReportTable } from '../../core/report/model';
import { sanitiseLine } from '../../core/report/sanitise';
import { shareWidths } from './layout';
import { HEADER_FILL, INK, RULE, TONE_SOFT, TONE_TEXT } from './palette';

const TABLE_SIZE = 18;

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function jc(align: ColumnAlign | undefined): string {
  return align === 'right' ? 'right' : align === 'center' ? 'center' : 'left';
}

function run(text: string, colour: string, bold: boolean): string {
  const b = bold ? '<w:b/><w:bCs/>' : '';
  return `<w:r><w:rPr>${b}<w:color w:val="${colour}"/><w:sz w:val="${TABLE_SIZE}"/><w:szCs w:val="${TABLE_SIZE}"/></w:rPr><w:t xml:space="preserve">${escape(sanitiseLine(text))}</w:t></w:r>`;
}

function cell(width: number, fill: string | null, align: string, content: string): string {
  const shd = fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shd}</w:tcPr><w:p><w:pPr><w:spacing w:after="0" w:before="0"/><w:jc w:val="${align}"/></w:pPr>${content}</w:p></w:tc>`;
}

function bodyCell(c: ReportCell, width: number, align: ColumnAlign | undefined): string {
  const toned = c.tone !== undefined;
  return cell(width, c.tone ? TONE_SOFT[c.tone] : null, jc(toned ? 'left' : align), run(c.text, c.tone ? TONE_TEXT[c.tone] : INK, !!c.bold || toned));
}

/** A table with its header row marked to repeat on every page, as `tableToDocx` writes it. */
export function tableXml(table: ReportTable, width: number): string {
  const widths = shareWidths(
    table.columns.map((c) => c.width),
    width,
  );
  const border = (side: string) => `<w:${side} w:val="single" w:color="${RULE}" w:sz="4"/>`;
  const parts: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/>`,
    '<w:tblCellMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="90"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="90"/></w:tblCellMar></w:tblPr>',
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>',
    ...table.columns.map((c, i) => cell(widths[i]!, HEADER_FILL, jc(c.align), run(c.label, INK, true))),
    '</w:tr>',
  ];
  for (const row of table.rows) {
    parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    row.forEach((c, i) => parts.push(bodyCell(c, widths[i]!, table.columns[i]?.align)));
    parts.push('</w:tr>');
  }
  parts.push('</w:tbl>');
  return parts.join('');
}

/** The text of the paragraph `spliceTables` replaces with table `index`. */
export function placeholderText(index: number): string {
  return `OVERSIGHTTABLEPLACEHOLDER${index}X`;
}

/** Replaces each placeholder paragraph of the packed document with its table's markup. */
export function spliceTables(docx: Uint8Array, tables: readonly string[]): Uint8Array {
  if (tables.length === 0) return docx;
  const files = unzipSync(docx);
  const path = 'word/document.xml';
  const source = files[path];
  if (!source) throw new Error('The document has no body to put its tables in');
  const xml = strFromU8(source);
  const out: string[] = [];
  let from = 0;
  tables.forEach((table, i) => {
    const at = xml.indexOf(placeholderText(i), from);
    if (at < 0) throw new Error(`Table ${i + 1} of the report lost its place in the document`);
    const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    out.push(xml.slice(from, start), table);
    from = end;
  });
  out.push(xml.slice(from));
  const zipped: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) zipped[name] = name === path ? strToU8(out.join('')) : bytes;
  return zipSync(zipped, { level: 6 });
}
