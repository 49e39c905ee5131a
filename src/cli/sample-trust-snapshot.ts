// The sample trust as `oversight sample` and `oversight report --sample` make it: Word policies, read
// back by the real readers and extracted as an import would, so every feature sees their facts.
import type { IsoDate } from '../core/dates';
import { extractPolicy } from '../core/extraction/extract';
import type { Snapshot } from '../data/backup/format';
import { defaultConfig } from '../data/defaults';
import { sampleSnapshot } from '../data/sample/materialise';
import { buildSampleTrust } from '../data/sample/sample-trust';
import { outlineDocxFile } from '../documents/outline-render';
import { readDocument } from '../documents/read';

export async function sampleTrustSnapshot(asOf: IsoDate, createdAt = `${asOf}T12:00:00.000Z`): Promise<Snapshot> {
  const config = defaultConfig();
  return sampleSnapshot(
    buildSampleTrust(asOf),
    {
      makeFile: outlineDocxFile,
      read: (file) => readDocument({ name: file.name, bytes: file.bytes }),
      extract: (document) => extractPolicy(document, { frameworks: config.frameworks, guidance: config.guidance }),
    },
    createdAt,
  );
}
