import { documentText, type StructuredDocument } from '../../core/document';
import type { Migration } from './types';

/**
 * Full-text search across every policy must be fast at local-authority scale (3,000 documents), but each
 * version's text lives inside its structured document, beside its extraction: reading 3,000 of those to
 * search them is slow. So the plain text of each current version is kept in its own small table
 * (`policyTexts`, keyed by version, with the version's file hash so a stale row is noticed). It is a
 * cache of what the versions hold: not in backups, refilled by the search when a row is missing or
 * stale. Existing policies get theirs here.
 */
export const policyTexts: Migration = {
  version: 3,
  name: 'policy-texts',
  why: 'Keep the plain text of each current policy version in a small table, so full-text search need not load whole documents.',
  stores: { policyTexts: 'versionId, policyId' },
  upgrade: async (tx) => {
    const policies = (await tx.table('policies').toArray()) as {
      id: string;
      currentVersionId: string | null;
    }[];
    const current = policies.filter((p) => p.currentVersionId);
    const chunk = 250;
    for (let i = 0; i < current.length; i += chunk) {
      const part = current.slice(i, i + chunk);
      const versions = (await tx.table('policyVersions').bulkGet(part.map((p) => p.currentVersionId!))) as (
        { id: string; policyId: string; sha256: string; document: StructuredDocument } | undefined
      )[];
      const rows = versions
        .filter((v) => v !== undefined)
        .map((v) => ({
          versionId: v.id,
          policyId: v.policyId,
          sha256: v.sha256,
          text: documentText(v.document),
        }));
      await tx.table('policyTexts').bulkPut(rows);
    }
  },
};
