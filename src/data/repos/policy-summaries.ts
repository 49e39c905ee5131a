// Each policy's summary of its current version (migration 5), read for every policy at once by the
// review dashboard and the leads register. A summary that is missing or stale (another part wrote a new
// version without refreshing it) is recomputed from the version on read, so a reader is never wrong, only
// slower; writers keep it fresh with `refreshPolicySummary` in the same transaction as their change.
import type { PolicyId, PolicyVersionId } from '../../core/ids';
import { summariseVersion, summaryIsCurrent, type PolicySummary } from '../../core/reviews/policy-summary';
import type { OversightDb } from '../db';
import type { PolicyRecord } from '../records';

export interface PolicyWithSummary {
  policy: PolicyRecord;
  summary: PolicySummary;
}

/**
 * Recomputes a policy's summary from its current version and stores it. Call it inside the transaction
 * that changes the policy's current version or the version's corrections (scope: policies, policyVersions).
 */
export async function refreshPolicySummary(
  db: OversightDb,
  policyId: PolicyId,
): Promise<PolicySummary | null> {
  const policy = await db.policies.get(policyId);
  if (!policy) return null;
  const version = policy.currentVersionId ? await db.policyVersions.get(policy.currentVersionId) : undefined;
  const summary = summariseVersion(version);
  await db.policies.update(policyId, { reviewSummary: summary });
  return summary;
}

/** Every policy with its summary; stale ones are computed from their versions (read in one go). */
export async function loadPolicySummaries(
  db: OversightDb,
  policies?: PolicyRecord[],
): Promise<PolicyWithSummary[]> {
  const all = policies ?? (await db.policies.toArray());
  const stale = all.filter(
    (p) => p.currentVersionId && !summaryIsCurrent(p.reviewSummary, p.currentVersionId),
  );
  const fresh = new Map<PolicyVersionId, PolicySummary>();
  if (stale.length > 0) {
    const versions = await db.policyVersions.bulkGet(stale.map((p) => p.currentVersionId!));
    versions.forEach((v) => v && fresh.set(v.id, summariseVersion(v)));
  }
  return all.map((policy) => ({
    policy,
    summary: !policy.currentVersionId
      ? summariseVersion(null)
      : summaryIsCurrent(policy.reviewSummary, policy.currentVersionId)
        ? policy.reviewSummary
        : (fresh.get(policy.currentVersionId) ?? summariseVersion(null)),
  }));
}

/** Stores recomputed summaries for policies whose summary is stale (a one-off repair, outside any view). */
export async function repairPolicySummaries(db: OversightDb): Promise<number> {
  return db.transaction('rw', db.policies, db.policyVersions, async () => {
    const stale = (await db.policies.toArray()).filter(
      (p) => p.currentVersionId && !summaryIsCurrent(p.reviewSummary, p.currentVersionId),
    );
    for (const p of stale) await refreshPolicySummary(db, p.id);
    return stale.length;
  });
}
