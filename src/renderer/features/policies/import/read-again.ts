// "Read again": the stored original is read and its facts extracted anew (in a worker), replacing the
// version's reading; the user's corrections stay exactly as they are.
import type { PolicyVersionId } from '../../../../core/ids';
import type { Store } from '../../../app/db-context';
import { ReaderPool } from './reader-pool';

export async function readAgain(store: Store, versionId: PolicyVersionId): Promise<void> {
  const version = await store.policies.version(versionId);
  if (!version) throw new Error('That version no longer exists');
  const file = await store.policies.file(version.fileId);
  if (!file)
    throw new Error(`The original file of '${version.fileName}' is missing, so it cannot be read again`);
  const config = await store.config.load();
  const pool = new ReaderPool(1);
  try {
    const reply = await pool.read(
      file.name,
      file.bytes.slice(),
      { frameworks: config.frameworks, guidance: config.guidance },
      { maxBytes: Number.MAX_SAFE_INTEGER },
    );
    if (!reply.ok) throw new Error(reply.message);
    await store.policies.reread(versionId, reply.document, reply.extraction);
  } finally {
    pool.terminate();
  }
}
