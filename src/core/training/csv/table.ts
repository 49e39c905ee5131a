// A delimited file as read (by src/documents/csv): every non-blank row with the line it starts on.
// Core maps and checks it; it never sees bytes or encodings.

export interface TableRow {
  /** 1-based line in the file where the row starts (a quoted field may span lines). */
  line: number;
  cells: string[];
}

export interface TextTable {
  /** The file's name, for messages. */
  fileName: string;
  /** ',' ';' '\t' for CSV; '' for a spreadsheet. */
  delimiter: string;
  /** How the bytes were read: 'UTF-8', 'UTF-8 with BOM', 'UTF-16LE', 'Windows-1252', or 'xlsx'. */
  encoding: string;
  rows: TableRow[];
  /** Problems reading the file itself (an unterminated quote), with their lines. */
  problems: { line: number; message: string }[];
}

export const DELIMITER_LABELS: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
  '': 'spreadsheet cells',
};

/** The header row and the data rows under it. */
export interface HeadedTable {
  headerLine: number;
  headers: string[];
  rows: TableRow[];
}

/**
 * Picks the header row: exports often start with a title line ("Staff list exported 12/09/2023"), so
 * the header is the row among the first ten that names the most known columns (`score`), else the first.
 */
export function splitHeader(table: TextTable, score: (headers: readonly string[]) => number): HeadedTable {
  const candidates = table.rows.slice(0, 10);
  let best = 0;
  let bestScore = 0;
  candidates.forEach((row, i) => {
    const s = score(row.cells);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  });
  const header = table.rows[best];
  if (!header) return { headerLine: 0, headers: [], rows: [] };
  return {
    headerLine: header.line,
    headers: header.cells.map((h) => h.trim()),
    rows: table.rows.slice(best + 1),
  };
}

export function cell(row: TableRow, column: number | undefined): string {
  if (column === undefined || column < 0) return '';
  return (row.cells[column] ?? '').trim();
}
