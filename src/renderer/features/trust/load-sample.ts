// Loads the sample trust into an empty store. The heavy parts (the sample builder, the Word writer)
// load only when asked for.
import type { OversightDb } from '../../../data/db';
import { isoDateOf } from '../../../core/dates';

export async function loadSampleTrust(
  db: OversightDb,
  onProgress?: (message: string) => void,
): Promise<void> {
  onProgress?.('Writing the sample policies…');
  const [
    { buildSampleTrust },
    { sampleSnapshot },
    { restoreSnapshot },
    { outlineDocxFile },
    { extractPolicy },
    { defaultConfig },
  ] = await Promise.all([
    import('../../../data/sample/sample-trust'),
    import('../../../data/sample/materialise'),
    import('../../../data/backup/snapshot'),
    import('../../../documents/outline-render'),
    import('../../../core/extraction/extract'),
    import('../../../data/defaults'),
  ]);
  // The sample's policies are read as an import would read them, so every feature sees their dates,
  // cadences and named leads (the overdue review, the cadence exception, the former DSL…).
  const config = defaultConfig();
  const context = { frameworks: config.frameworks, guidance: config.guidance };
  if ((await db.trust.count()) > 0)
    throw new Error('The sample trust can only be loaded into an empty store');
  const now = new Date();
  const sample = buildSampleTrust(isoDateOf(now));
  // The Word files are read back by the real readers, in the import's worker (off the UI thread).
  const { ReaderPool } = await import('../policies/import/reader-pool');
  const pool = new ReaderPool();
  const snapshot = await sampleSnapshot(
    sample,
    {
      makeFile: outlineDocxFile,
      read: async (file) => {
        // A copy goes to the worker: the original bytes are kept as the stored file.
        const reply = await pool.read(file.name, file.bytes.slice(), context, {});
        if (!reply.ok) throw new Error(reply.message);
        return reply.document;
      },
      extract: (document) => extractPolicy(document, context),
    },
    now.toISOString(),
  ).finally(() => pool.terminate());
  onProgress?.('Saving…');
  await restoreSnapshot(db, snapshot);
}
