// Reads one document off the UI thread (pdf.js and mammoth are slow on big files): a one-worker pool
// that is dropped afterwards. For features that read a single file (a model policy, a reviewed version).
import type { AppConfig } from '../../../../core/config';
import { ReaderPool } from './reader-pool';

export async function readOneDocument(name: string, bytes: Uint8Array, config: AppConfig) {
  const pool = new ReaderPool(1);
  try {
    const reply = await pool.read(name, bytes.slice(), { frameworks: config.frameworks, guidance: config.guidance }, { maxBytes: config.maxImportMegabytes * 1024 * 1024 });
    if (!reply.ok) throw new Error(reply.message);
    return reply;
  } finally {
    pool.terminate();
  }
}
