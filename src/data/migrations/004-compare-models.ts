import type { Migration } from './types';

/**
 * The comparison keeps three things of its own: which policy (or imported document) is the trust's model
 * for each policy type, so any setting can be compared with it; people's corrections of the positions
 * read from a policy (staff use in working hours, minimum age…), looked up by policy; and a cache of
 * each version's topic evidence, because the coverage matrix of 600 settings must not load 600 whole
 * documents to draw. The cache is filled when the matrix is first drawn (not here: a large store would
 * make the upgrade slow) and is not backed up. All are new tables: no existing record changes shape.
 */
export const compareModels: Migration = {
  version: 4,
  name: 'compare-models',
  why: 'Store the trust model policy chosen for each policy type, corrections of the positions read from each policy, and a cache of topic evidence for the coverage matrix.',
  stores: { modelPolicies: 'policyType', positionCorrections: 'id, policyId', coverageIndex: 'versionId' },
  // New, empty tables: nothing to rewrite in the store; a backup made before them simply has none.
  upgradeSnapshot: (tables) => {
    tables.modelPolicies ??= [];
    tables.positionCorrections ??= [];
  },
};
