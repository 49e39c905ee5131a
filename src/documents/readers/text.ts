// Plain text and Markdown. Decoding first: UTF-8 with or without a byte-order mark, UTF-16 by its mark
// (or by its zero bytes), and Windows-1252 when the bytes are not valid UTF-8 (text saved by older
// Windows programs: "Â£" and "â€™" are what reading it as UTF-8 would give).
import type { StructuredDocument } from '../../core/document';
import { DocumentError } from './errors';
import { buildDocument, type RawParagraph } from './structure';
import { leadingMarker } from './clean';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  // UTF-16 without a mark: English text has a zero byte in every other position.
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  const half = sample.length / 2;
  if (half >= 4 && oddZeros > half * 0.6 && evenZeros < half * 0.1) return { encoding: 'utf-16le', bom: 0 };
  if (half >= 4 && evenZeros > half * 0.6 && oddZeros < half * 0.1) return { encoding: 'utf-16be', bom: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

/** Windows-1252's bytes 0x80-0x9F (curly quotes, dashes, the euro); the rest are Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decoded by hand: Node's TextDecoder (without full ICU) treats "windows-1252" as Latin-1 and turns
 * curly quotes and dashes into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return out;
}

/** Decodes text, refusing binary data that merely has a text extension. */
export function decodeText(
  bytes: Uint8Array,
  fileName: string,
): { text: string; encoding: TextEncodingName } {
  const { encoding, bom } = detectEncoding(bytes);
  const text =
    encoding === 'windows-1252'
      ? decodeWindows1252(bytes)
      : new TextDecoder(encoding).decode(bytes.subarray(bom));
  // Control characters other than tab, newline, carriage return and form feed do not occur in text.
  let control = 0;
  for (let i = 0; i < Math.min(text.length, 65536); i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control += 1;
  }
  if (control > Math.max(2, Math.min(text.length, 65536) * 0.01)) {
    throw new DocumentError(
      fileName,
      'is not a text document: it contains binary data. Import the original Word, PDF or text file.',
    );
  }
  return { text, encoding };
}

/**
 * Plain text: each line is a paragraph (text exported from Word puts a paragraph on a line). Lines with
 * tabs are rows of a table; "- ", "· ", "1. " start list items and clauses; leading spaces nest bullets.
 */
export function readPlainText(text: string, warnings: string[] = []): StructuredDocument {
  const raws: RawParagraph[] = [];
  let previousBlank = true;
  for (const line of text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n')) {
    if (line.trim() === '') {
      previousBlank = true;
      continue;
    }
    const indent = /^ */.exec(line)![0].length;
    const last = raws[raws.length - 1];
    // A hard-wrapped line: it starts in lower case straight after a line that did not finish its sentence.
    if (
      last &&
      !previousBlank &&
      !line.includes('\t') &&
      !last.text.includes('\t') &&
      /^\s*[a-z]/.test(line) &&
      !leadingMarker(line.trim()) &&
      !/[.;:!?]\s*$/.test(last.text)
    ) {
      last.text = `${last.text.trimEnd()} ${line.trim()}`;
    } else {
      raws.push({ text: line, indent });
    }
    previousBlank = false;
  }
  return buildDocument('txt', raws, warnings);
}

/**
 * Markdown: '#' headings, lists, pipe tables; consecutive lines of prose are one paragraph, as Markdown
 * says. Emphasis marks and link targets are dropped.
 */
export function readMarkdown(text: string, warnings: string[] = []): StructuredDocument {
  const raws: RawParagraph[] = [];
  let prose: string[] = [];
  let fence = false;
  const flush = () => {
    if (prose.length) raws.push({ text: stripEmphasis(prose.join(' ')) });
    prose = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      flush();
      fence = !fence;
      continue;
    }
    if (fence) {
      if (line.trim()) raws.push({ text: line.trim() });
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || /^([-*_])(\s*\1){2,}$/.test(trimmed)) {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(trimmed);
    if (heading) {
      flush();
      raws.push({ text: stripEmphasis(heading[2]!), heading: heading[1]!.length });
      continue;
    }
    if (/^\|.*\|$/.test(trimmed)) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(trimmed)) continue;
      raws.push({
        text: '',
        cells: trimmed
          .slice(1, -1)
          .split('|')
          .map((c) => stripEmphasis(c.trim())),
      });
      continue;
    }
    const indent = /^ */.exec(line)![0].length;
    const list = /^(?:[-*+]|\d{1,3}[.)])\s+/.exec(trimmed);
    if (list) {
      flush();
      const ordered = /\d/.test(list[0]);
      raws.push({
        text: stripEmphasis(ordered ? trimmed : trimmed.slice(list[0].length)),
        list: { level: Math.floor(indent / 2), ordered },
        indent,
      });
      continue;
    }
    if (/^>\s?/.test(trimmed)) {
      flush();
      raws.push({ text: stripEmphasis(trimmed.replace(/^>\s?/, '')) });
      continue;
    }
    prose.push(trimmed);
  }
  flush();
  return buildDocument('md', raws, warnings);
}

function stripEmphasis(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?!\s)(.+?)(?<!\s)\2(?!\w)/g, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<[^>]+>/g, '');
}
