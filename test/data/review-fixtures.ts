// The sample trust in a fresh test store, its policies read with the real extractor (the text the
// outline renders to), so reviews and leads see what the app would see.
import { extractPolicy } from '../../src/core/extraction/extract';
import { restoreSnapshot } from '../../src/data/backup/snapshot';
import { defaultConfig } from '../../src/data/defaults';
import { sampleSnapshot, textFiles } from '../../src/data/sample/materialise';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import type { OversightDb } from '../../src/data/db';
import { freshDb } from '../support/db';

export const AS_OF = '2026-11-21';

export async function sampleStore(asOf = AS_OF): Promise<OversightDb> {
  const config = defaultConfig();
  const context = { frameworks: config.frameworks, guidance: config.guidance };
  const snapshot = await sampleSnapshot(
    buildSampleTrust(asOf),
    { ...textFiles, extract: (doc) => extractPolicy(doc, context) },
    `${asOf}T09:00:00.000Z`,
  );
  const db = freshDb();
  await restoreSnapshot(db, snapshot);
  return db;
}
