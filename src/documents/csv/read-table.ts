// A CSV (or semicolon- or tab-separated) export -> rows with their line numbers, for the importers in
// core/training/csv. Papa Parse does the parsing (quoted commas, quoted line breaks, doubled quotes)
// and guesses the delimiter; blank lines are dropped here, but every row keeps the line it starts on,
// so a problem can be reported as "line 14".
import Papa from 'papaparse';
import type { TableRow, TextTable } from '../../core/training/csv/table';
import { decodeText } from './decode-text';

const DELIMITERS = [',', ';', '\t', '|'];

/** Parses text already decoded. `onProgress` receives the share of the text read (0 to 1). */
export function readDelimitedText(
  fileName: string,
  raw: string,
  encoding = 'UTF-8',
  onProgress?: (share: number) => void,
): TextTable {
  // One kind of line break: exports mix \r\n and \n (a header written by one tool, rows by another),
  // and Papa Parse expects one.
  const text = raw.replace(/\r\n?/g, '\n');
  const rows: TableRow[] = [];
  const problems: TextTable['problems'] = [];
  let line = 1;
  let previousCursor = 0;
  let nextReport = 0;
  const delimiter = guessDelimiter(text);
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      const startLine = line;
      // Lines the row covered (quoted fields may hold line breaks).
      for (let i = previousCursor; i < cursor && i < text.length; i += 1)
        if (text.charCodeAt(i) === 10) line += 1;
      previousCursor = cursor;
      for (const e of result.errors) {
        // A row with fewer or more fields than the header is normal in exports; only real damage is reported.
        if (e.type === 'Quotes')
          problems.push({
            line: startLine,
            message:
              e.code === 'MissingQuotes'
                ? 'A quoted field is never closed: the rest of the file is read as one field'
                : e.message,
          });
      }
      const cells = result.data;
      if (cells.every((c) => c.trim() === '')) return;
      rows.push({ line: startLine, cells });
      if (onProgress && cursor >= nextReport) {
        onProgress(cursor / Math.max(text.length, 1));
        nextReport = cursor + 200_000;
      }
    },
  });
  onProgress?.(1);
  return { fileName, delimiter, encoding, rows, problems };
}

/**
 * The delimiter, guessed by Papa Parse from the first lines with blank ones left out (a trailing
 * blank line would otherwise make every delimiter look inconsistent); commas when nothing fits.
 */
export function guessDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  const guessed = Papa.parse<string[]>(sample, {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
    preview: 20,
  }).meta.delimiter;
  return DELIMITERS.includes(guessed) ? guessed : ',';
}

/** Bytes -> table, with the encoding detected. */
export function readDelimitedFile(
  fileName: string,
  bytes: Uint8Array,
  onProgress?: (share: number) => void,
): TextTable {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000'))
    throw new Error(`“${fileName}” is not a text file: save it from your spreadsheet as CSV and try again`);
  return readDelimitedText(fileName, text, encoding, onProgress);
}
