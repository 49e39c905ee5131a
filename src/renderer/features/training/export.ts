// Saving the matrix or the exceptions as CSV (safe against formula injection: src/documents/csv).
import { csvBytes } from '../../../documents/csv/write-csv';
import { platform } from '../../platform';

export async function saveCsv(suggestedName: string, rows: readonly (readonly string[])[]): Promise<boolean> {
  const result = await platform.saveFile({
    suggestedName,
    filters: [{ name: 'CSV (comma separated)', extensions: ['csv'] }],
    bytes: csvBytes(rows),
  });
  return result.saved;
}

/** "Brookfield Infant School" -> "brookfield-infant-school" for a file name. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'all'
  );
}
