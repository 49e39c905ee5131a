// Reading an import file in the renderer: .xlsx through the workbook reader, anything else as
// delimited text with its encoding detected (src/documents/csv).
import type { TextTable } from '../../../core/training/csv/table';
import { platform } from '../../platform';

export const IMPORT_FILTERS = [
  { name: 'Staff or training export (CSV, text or Excel)', extensions: ['csv', 'txt', 'tsv', 'xlsx'] },
];

/** Lets the browser paint (a spinner, a progress bar) before a long piece of synchronous work. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function pickImportFile(
  title: string,
  maxBytes: number,
): Promise<{ name: string; bytes: Uint8Array } | null> {
  const [file] = await platform.openFiles({
    title,
    filters: IMPORT_FILTERS,
    multiple: false,
    folders: false,
    maxBytes,
  });
  if (!file) return null;
  if ('error' in file) throw new Error(`“${file.name}” ${file.error}`);
  return { name: file.name, bytes: file.bytes };
}

export async function readImportFile(
  file: { name: string; bytes: Uint8Array },
  onProgress?: (share: number) => void,
): Promise<TextTable> {
  if (file.bytes.byteLength === 0) throw new Error(`“${file.name}” is empty`);
  if (/\.xls$/i.test(file.name))
    throw new Error(`“${file.name}” is an old Excel file (.xls): save it as .xlsx or CSV and import that`);
  const { isXlsx, readXlsxFile } = await import('../../../documents/csv/read-xlsx');
  if (isXlsx(file.name, file.bytes)) return readXlsxFile(file.name, file.bytes);
  const { readDelimitedFile } = await import('../../../documents/csv/read-table');
  const table = readDelimitedFile(file.name, file.bytes, onProgress);
  if (table.rows.length === 0) throw new Error(`“${file.name}” has no rows`);
  return table;
}
