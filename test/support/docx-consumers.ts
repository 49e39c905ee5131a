// Real consumers of the Word files we write: LibreOffice (converts to PDF), python-docx (reads headings,
// tables, header and footer fields back) and poppler's pdftoppm (renders pages to PNG). `.ci/run`
// installs them; when one is missing the tests fail with a message saying which and how to install it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const SOFFICE = process.env.OVERSIGHT_SOFFICE ?? '/usr/bin/soffice';
export const PYTHON = process.env.OVERSIGHT_PYTHON ?? '/usr/bin/python3';
const READER = join(__dirname, 'read-docx.py');

/** Throws a clear message when a consumer the report tests need is not installed. */
export function requireConsumers(): void {
  const missing: string[] = [];
  if (!existsSync(SOFFICE)) missing.push(`LibreOffice (${SOFFICE}): sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui`);
  const py = spawnSync(PYTHON, ['-c', 'import docx'], { encoding: 'utf8' });
  if (py.status !== 0) missing.push(`python-docx for ${PYTHON}: sudo apt-get install -y python3-docx`);
  if (spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).error) missing.push('pdftoppm: sudo apt-get install -y poppler-utils');
  if (missing.length > 0) throw new Error(`The Word report tests open the documents with real consumers, and these are missing:\n  ${missing.join('\n  ')}`);
}

export interface DocxReading {
  headings: { style: string; text: string }[];
  tables: { rows: string[][]; headerRepeats: boolean }[];
  sections: { orientation: 'portrait' | 'landscape'; width: number; height: number; differentFirstPage: boolean; header: string; footer: string; headerFields: string[]; footerFields: string[] }[];
  images: number;
  bodyFields: string[];
  paragraphs: string[];
  title: string;
  creator: string;
}

/** What python-docx reads in the file. Fails with python's own message if it cannot open it. */
export function readDocx(path: string): DocxReading {
  const r = spawnSync(PYTHON, [READER, path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python-docx could not read ${basename(path)}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as DocxReading;
}

/** Converts to PDF with LibreOffice, in a profile of its own so parallel runs do not collide. Returns the PDF's path. */
export function convertToPdf(docxPath: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-'));
  try {
    const r = spawnSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], { encoding: 'utf8', timeout: 180_000 });
    const pdf = join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'));
    if (r.status !== 0 || !existsSync(pdf)) throw new Error(`LibreOffice could not convert ${basename(docxPath)} (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The number of pages of a PDF (poppler's pdfinfo). */
export function pdfPageCount(pdf: string): number {
  const out = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /^Pages:\s+(\d+)/m.exec(out);
  if (!m) throw new Error(`pdfinfo gave no page count for ${pdf}`);
  return Number(m[1]);
}

/** The text of a PDF (poppler's pdftotext), with the page layout kept. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** Renders pages to PNG at `dpi` (pdftoppm); returns the files, first page first. */
export function renderPages(pdf: string, outDir: string, prefix: string, dpi = 60, pages?: { first: number; last: number }): string[] {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), ...range, pdf, join(outDir, prefix)]);
  return readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(outDir, f));
}
