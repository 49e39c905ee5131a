// HTML into paragraphs, with htmlparser2: a tokenizer, never a browser. Nothing in the page runs: scripts,
// styles, event handlers and embedded objects are skipped, and only text is kept. Also reads the HTML
// mammoth makes of a Word document (see docx.ts), whose list labels arrive as markers in the text.
import { Parser } from 'htmlparser2';
import type { DocumentFormat, StructuredDocument } from '../../core/document';
import { buildDocument, type RawParagraph } from './structure';

/** Content never read: code, styling, embedded objects and form machinery. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'datalist',
  'audio',
  'video',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'form',
  'fieldset',
  'legend',
  'details',
  'summary',
  'center',
  'caption',
  'hr',
  'body',
  'html',
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const BOLD = new Set(['b', 'strong']);

/** A list label carried in the text from the Word reader: U+E000 label U+E001. */
export const LABEL_OPEN = '\ue000';
export const LABEL_CLOSE = '\ue001';

interface ListState {
  ordered: boolean;
  next: number;
  type: string;
}

export function htmlToParagraphs(html: string): RawParagraph[] {
  const raws: RawParagraph[] = [];
  const lists: ListState[] = [];
  /** The list item being read: its label is given to its first paragraph only. */
  interface Item {
    level: number;
    ordered: boolean;
    label?: string;
    used: boolean;
  }
  let item: Item | null = null;
  const itemStack: (Item | null)[] = [];
  let buffer = '';
  let boldChars = 0;
  let boldDepth = 0;
  let heading: number | undefined;
  let skip = 0;
  interface TableState {
    row: string[] | null;
    cell: string | null;
    depth: number;
  }
  let table: TableState | null = null;
  const tables: (TableState | null)[] = [];

  const flush = () => {
    const text = buffer;
    const plain = text.replace(/\s+/g, '');
    const bold = plain.length > 0 && boldChars >= plain.length;
    buffer = '';
    boldChars = 0;
    if (table?.cell !== null && table?.cell !== undefined) return;
    if (plain === '' && !(item && !item.used && item.label)) return;
    if (plain === '') return;
    const raw: RawParagraph = { text };
    if (heading !== undefined) raw.heading = heading;
    if (bold) raw.bold = true;
    if (item && !item.used) {
      item.used = true;
      const own = labelIn(text);
      raw.text = own ? own.rest : text;
      const label = own ? own.label : item.label;
      raw.list = { level: item.level, ordered: item.ordered || Boolean(own?.label) };
      if (label) raw.list.label = label;
    } else {
      const own = labelIn(text);
      if (own) {
        raw.text = own.rest;
        if (own.label) raw.list = { level: Math.max(0, lists.length - 1), ordered: true, label: own.label };
      }
    }
    raws.push(raw);
  };

  const append = (text: string) => {
    if (table && table.cell !== null) {
      table.cell += text;
      return;
    }
    buffer += text;
    if (boldDepth > 0) boldChars += text.replace(/\s+/g, '').length;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skip > 0 || SKIP.has(name)) {
          if (SKIP.has(name)) skip += 1;
          return;
        }
        if (BOLD.has(name)) boldDepth += 1;
        if (
          table &&
          table.cell !== null &&
          name !== 'table' &&
          name !== 'td' &&
          name !== 'th' &&
          name !== 'tr'
        ) {
          if (BLOCK.has(name) || name === 'br' || name === 'li' || name in HEADINGS) table.cell += ' ';
          return;
        }
        if (name === 'br') {
          flush();
          return;
        }
        if (name === 'table') {
          flush();
          if (table && table.cell !== null) {
            // A table inside a cell: its text joins the cell.
            table.depth += 1;
            return;
          }
          tables.push(table);
          table = { row: null, cell: null, depth: 0 };
          return;
        }
        if (table) {
          if (name === 'tr') table.row = [];
          else if (name === 'td' || name === 'th') table.cell = '';
          return;
        }
        if (name in HEADINGS) {
          flush();
          heading = HEADINGS[name];
          return;
        }
        if (name === 'ul' || name === 'ol') {
          flush();
          const start = Number.parseInt(attribs.start ?? '1', 10);
          lists.push({
            ordered: name === 'ol',
            next: Number.isFinite(start) ? start : 1,
            type: attribs.type ?? '1',
          });
          return;
        }
        if (name === 'li') {
          flush();
          const list = lists[lists.length - 1];
          itemStack.push(item);
          let label: string | undefined;
          if (list?.ordered) {
            const value = Number.parseInt(attribs.value ?? '', 10);
            if (Number.isFinite(value)) list.next = value;
            label = `${formatCounter(list.next, list.type)}.`;
            list.next += 1;
          }
          item = {
            level: Math.max(0, lists.length - 1),
            ordered: list?.ordered ?? false,
            label,
            used: false,
          };
          return;
        }
        if (BLOCK.has(name)) flush();
      },
      ontext(text) {
        if (skip > 0) return;
        append(text.replace(/[\r\n]+/g, ' '));
      },
      onclosetag(name) {
        if (SKIP.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        if (BOLD.has(name)) boldDepth = Math.max(0, boldDepth - 1);
        if (name === 'table') {
          if (table && table.depth > 0) {
            table.depth -= 1;
            return;
          }
          table = tables.pop() ?? null;
          return;
        }
        if (table) {
          if ((name === 'td' || name === 'th') && table.depth === 0 && table.cell !== null) {
            table.row?.push(table.cell);
            table.cell = null;
          } else if (name === 'tr' && table.depth === 0 && table.row) {
            raws.push({ text: '', cells: table.row });
            table.row = null;
          } else if (table.cell !== null && (BLOCK.has(name) || name === 'li' || name in HEADINGS)) {
            table.cell += ' ';
          }
          return;
        }
        if (name in HEADINGS) {
          flush();
          heading = undefined;
          return;
        }
        if (name === 'li') {
          flush();
          item = itemStack.pop() ?? null;
          return;
        }
        if (name === 'ul' || name === 'ol') {
          flush();
          lists.pop();
          return;
        }
        if (BLOCK.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return raws;
}

function labelIn(text: string): { label: string; rest: string } | null {
  const start = text.indexOf(LABEL_OPEN);
  if (start < 0 || text.slice(0, start).trim() !== '') return null;
  const end = text.indexOf(LABEL_CLOSE, start);
  if (end < 0) return null;
  return { label: text.slice(start + 1, end).trim(), rest: text.slice(end + 1) };
}

function formatCounter(n: number, type: string): string {
  switch (type) {
    case 'a':
      return alphabetic(n).toLowerCase();
    case 'A':
      return alphabetic(n);
    case 'i':
      return roman(n).toLowerCase();
    case 'I':
      return roman(n);
    default:
      return String(n);
  }
}

export function alphabetic(n: number): string {
  let out = '';
  let v = Math.max(1, n);
  while (v > 0) {
    v -= 1;
    out = String.fromCharCode(65 + (v % 26)) + out;
    v = Math.floor(v / 26);
  }
  return out;
}

export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let v = Math.max(1, Math.min(n, 3999));
  let out = '';
  for (const [value, letters] of table) {
    while (v >= value) {
      out += letters;
      v -= value;
    }
  }
  return out;
}

export function readHtml(
  html: string,
  warnings: string[] = [],
  format: DocumentFormat = 'html',
): StructuredDocument {
  return buildDocument(format, htmlToParagraphs(html), warnings);
}
