// An Excel workbook (.xlsx) -> rows, for the same importers as CSV. read-excel-file does the reading:
// maintained, MIT, no dependencies beyond fflate (unzip) and saxen, an XML parser that expands no
// DTD entities (so no "billion laughs" and no external entities). Before it runs, the zip directory
// is checked here: a workbook that would unpack to more than MAX_UNPACKED bytes (a zip bomb) is
// refused without being unpacked.
import { unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import type { TableRow, TextTable } from '../../core/training/csv/table';

export const MAX_UNPACKED = 200 * 1024 * 1024;

export function isXlsx(fileName: string, bytes: Uint8Array): boolean {
  return (
    /\.xlsx$/i.test(fileName) ||
    (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
  );
}

function checkZip(fileName: string, bytes: Uint8Array): void {
  let unpacked = 0;
  let hasWorkbook = false;
  try {
    // With a filter that declines every entry, fflate only reads the directory.
    unzipSync(bytes, {
      filter: (f) => {
        unpacked += f.originalSize;
        if (f.name === 'xl/workbook.xml') hasWorkbook = true;
        return false;
      },
    });
  } catch (error) {
    throw new Error(`“${fileName}” is not an Excel workbook: ${(error as Error).message}`);
  }
  if (!hasWorkbook)
    throw new Error(
      `“${fileName}” is not an Excel workbook (.xlsx): it has no workbook inside. Older .xls files: save as .xlsx or CSV first`,
    );
  if (unpacked > MAX_UNPACKED)
    throw new Error(
      `“${fileName}” would unpack to ${Math.round(unpacked / 1024 / 1024)} MB, more than a staff list needs: it was not opened`,
    );
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // read-excel-file gives dates at midnight UTC; UK order, so the importers read them like typed dates.
    const d = String(value.getUTCDate()).padStart(2, '0');
    const m = String(value.getUTCMonth() + 1).padStart(2, '0');
    return `${d}/${m}/${value.getUTCFullYear()}`;
  }
  return String(value);
}

/** The first sheet of the workbook, each row numbered as the spreadsheet numbers it. */
export async function readXlsxFile(fileName: string, bytes: Uint8Array): Promise<TextTable> {
  checkZip(fileName, bytes);
  let data: unknown[][];
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    data = (await readSheet(buffer, 1)) as unknown[][];
  } catch (error) {
    throw new Error(`“${fileName}” could not be read as an Excel workbook: ${(error as Error).message}`);
  }
  const rows: TableRow[] = [];
  data.forEach((cells, index) => {
    const texts = cells.map(cellText);
    // Sheets are rectangular: the cells past a row's last value are padding.
    while (texts.length > 0 && texts[texts.length - 1]!.trim() === '') texts.pop();
    if (texts.length === 0) return;
    rows.push({ line: index + 1, cells: texts });
  });
  return { fileName, delimiter: '', encoding: 'xlsx', rows, problems: [] };
}
