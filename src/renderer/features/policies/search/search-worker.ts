// Full-text search across every policy's current text, off the UI thread. The texts are read once from
// the `policyTexts` table (a cache of each current version's text, refilled here from the version when
// missing or stale) and held in memory; a query scans them all, which at 3,000 documents takes a few
// milliseconds. A sync after imports re-reads only what changed.
import { OversightDb } from '../../../../data/db';
import { searchText } from '../../../../data/repos/policies-repo';
import type { PolicyTextRecord, PolicyVersionRecord } from '../../../../data/records';
import { indexDocument, searchDocuments, type IndexedDocument } from '../../../../core/policies/search';
import type { SearchHit, SearchReply, SearchRequest } from './search-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SearchRequest>) => void) | null;
  postMessage(message: SearchReply): void;
}
const scope = self as unknown as WorkerScope;

interface Entry extends IndexedDocument {
  policyId: string;
  versionId: string;
  sha256: string;
}

let db: OversightDb | null = null;
let entries = new Map<string, Entry>();

function entryOf(row: PolicyTextRecord): Entry {
  return {
    ...indexDocument({ id: row.policyId, text: row.text }),
    policyId: row.policyId,
    versionId: row.versionId,
    sha256: row.sha256,
  };
}

async function sync(): Promise<{ documents: number; rebuilt: number }> {
  db ??= new OversightDb();
  const store = db;
  const policies = await store.policies.toArray();
  const settings = new Map((await store.settings.toArray()).map((s) => [s.id, s.name]));
  const current = new Map(policies.filter((p) => p.currentVersionId).map((p) => [p.currentVersionId!, p]));
  // Each version's file hash, from the index alone (no documents are loaded).
  const shaOf = new Map<string, string>();
  await store.policyVersions.orderBy('sha256').eachKey((sha, cursor) => {
    shaOf.set(String(cursor.primaryKey), String(sha));
  });
  const next = new Map<string, Entry>();
  const toFetch: string[] = [];
  for (const versionId of current.keys()) {
    const known = entries.get(versionId);
    if (known && known.sha256 === shaOf.get(versionId)) next.set(versionId, known);
    else toFetch.push(versionId);
  }
  let rebuilt = 0;
  const chunk = 200;
  for (let i = 0; i < toFetch.length; i += chunk) {
    const ids = toFetch.slice(i, i + chunk);
    const rows = await store.policyTexts.bulkGet(ids);
    const missing: string[] = [];
    rows.forEach((row, j) => {
      const id = ids[j]!;
      if (row && row.sha256 === shaOf.get(id)) next.set(id, entryOf(row));
      else missing.push(id);
    });
    if (missing.length > 0) {
      // Versions written without a search text (restored backups, other features): make it now.
      const versions = (await store.policyVersions.bulkGet(missing)).filter(
        (v): v is PolicyVersionRecord => v !== undefined,
      );
      const made: PolicyTextRecord[] = versions.map((v) => {
        const policy = current.get(v.id)!;
        return {
          versionId: v.id,
          policyId: policy.id,
          sha256: v.sha256,
          text: searchText(policy.title, settings.get(policy.settingId) ?? '', v.document),
        };
      });
      await store.policyTexts.bulkPut(made);
      for (const row of made) next.set(row.versionId, entryOf(row));
      rebuilt += made.length;
    }
  }
  entries = next;
  return { documents: entries.size, rebuilt };
}

function search(query: string): SearchHit[] {
  return searchDocuments(entries.values(), query).map((r) => ({
    policyId: r.id,
    snippet: r.snippet,
    match: r.match,
    score: r.score,
  }));
}

let syncing: Promise<{ documents: number; rebuilt: number }> | null = null;

scope.onmessage = (event) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.type === 'sync') {
        const started = performance.now();
        syncing = sync();
        const { documents, rebuilt } = await syncing;
        scope.postMessage({
          type: 'synced',
          id: request.id,
          documents,
          rebuilt,
          ms: performance.now() - started,
        });
      } else {
        if (syncing) await syncing;
        else {
          syncing = sync();
          await syncing;
        }
        const started = performance.now();
        const hits = search(request.query);
        scope.postMessage({
          type: 'results',
          id: request.id,
          query: request.query,
          hits,
          ms: performance.now() - started,
        });
      }
    } catch (error) {
      scope.postMessage({
        type: 'error',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  })();
};
