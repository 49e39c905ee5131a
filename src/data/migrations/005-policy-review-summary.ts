import type { PolicyVersion } from '../../core/model';
import { summariseVersion } from '../../core/reviews/policy-summary';
import type { Migration } from './types';

/**
 * The review dashboard and the leads register read every policy's dates and named leads. Those live in
 * each version's extraction, beside its whole document: at local-authority scale (3,000 policies) reading
 * them all takes far longer than a dashboard may. So each policy record carries a small summary of its
 * current version (`reviewSummary`); existing policies get theirs computed here, and older backups too.
 * No index changes.
 */
export const policyReviewSummary: Migration = {
  version: 5,
  name: 'policy-review-summary',
  why: 'Keep a summary of each policy’s current version (review dates, cadence, named leads) on the policy record, so dashboards need not load documents.',
  stores: {},
  upgrade: async (tx) => {
    const policies = tx.table('policies');
    const versions = tx.table('policyVersions');
    // A policy with no version needs no summary: readers treat a missing one as "nothing read yet".
    const all = (
      (await policies.toArray()) as { currentVersionId: string | null; reviewSummary?: unknown }[]
    ).filter((p) => p.currentVersionId);
    // In chunks: each version holds a whole document, and thousands at once would be a lot of memory.
    const chunk = 250;
    for (let i = 0; i < all.length; i += chunk) {
      const part = all.slice(i, i + chunk);
      const found = (await versions.bulkGet(part.map((p) => p.currentVersionId!))) as (
        PolicyVersion | undefined
      )[];
      part.forEach((p, j) => {
        p.reviewSummary = summariseVersion(found[j]);
      });
      await policies.bulkPut(part);
    }
  },
  upgradeSnapshot: (tables) => {
    const versions = new Map(
      (tables.policyVersions ?? []).map((v) => [String(v.id), v as unknown as PolicyVersion]),
    );
    for (const policy of tables.policies ?? []) {
      const id = policy.currentVersionId;
      if (typeof id === 'string' && id) policy.reviewSummary = summariseVersion(versions.get(id));
    }
  },
};
