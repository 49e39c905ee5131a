// The LA-scale backup carries its policies unread (empty extractions), so every policy would be "No
// date". For the review benchmarks, each policy's summary is computed as an import would have stored
// it: its text read by the real extractor. Cached in .bench so the 3,000 extractions run once.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPolicy } from '../../src/core/extraction/extract';
import type { PolicyVersion } from '../../src/core/model';
import { summariseVersion, type PolicySummary } from '../../src/core/reviews/policy-summary';
import type { Snapshot } from '../../src/data/backup/format';
import { defaultConfig } from '../../src/data/defaults';
import { BENCH_DIR } from './harness';

const CACHE = join(BENCH_DIR, 'la-review-summaries.json');

/** policyId -> summary of its current version, extracted. */
export function extractedSummaries(snapshot: Snapshot): Record<string, PolicySummary> {
  if (existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, PolicySummary>;
  const config = defaultConfig();
  const context = { frameworks: config.frameworks, guidance: config.guidance };
  const versions = new Map(
    (snapshot.tables.policyVersions as unknown as PolicyVersion[]).map((v) => [v.id, v]),
  );
  const out: Record<string, PolicySummary> = {};
  for (const p of snapshot.tables.policies) {
    const version = versions.get(String(p.currentVersionId) as PolicyVersion['id']);
    if (!version) continue;
    out[String(p.id)] = summariseVersion({
      ...version,
      extraction: extractPolicy(version.document, context),
    });
  }
  writeFileSync(CACHE, JSON.stringify(out));
  return out;
}
