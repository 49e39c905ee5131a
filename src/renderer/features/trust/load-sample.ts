// Loads the sample trust into an empty store. The heavy parts (the sample builder, the Word writer)
// load only when asked for.
import type { OversightDb } from '../../../data/db';
import { isoDateOf } from '../../../core/dates';

export async function loadSampleTrust(db: OversightDb, onProgress?: (message: string) => void): Promise<void> {
  onProgress?.('Writing the sample policies…');
  const [{ buildSampleTrust }, { sampleSnapshot }, { restoreSnapshot }, { outlineToDocx }] = await Promise.all([
    import('../../../data/sample/sample-trust'),
    import('../../../data/sample/materialise'),
    import('../../../data/backup/snapshot'),
    import('../../../documents/outline-render'),
  ]);
  if ((await db.trust.count()) > 0) throw new Error('The sample trust can only be loaded into an empty store');
  const now = new Date();
  const sample = buildSampleTrust(isoDateOf(now));
  const snapshot = await sampleSnapshot(
    sample,
    {
      makeFile: async (outline, stem) => ({
        name: `${stem}.docx`,
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        format: 'docx',
        bytes: await outlineToDocx(outline),
      }),
    },
    now.toISOString(),
  );
  onProgress?.('Saving…');
  await restoreSnapshot(db, snapshot);
}
