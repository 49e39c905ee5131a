import type { Migration } from './types';

/**
 * A certificate can be shared (one signed register for a whole INSET day), so a file is deleted only
 * when no completion refers to it any more. Finding "any completion with this file" by scanning 300,000
 * completions took seconds at local-authority scale for every certificate replaced or completion
 * removed; an index on `evidenceFileId` makes it a lookup. Completions without evidence (null) are not
 * in the index. No records change.
 */
export const completionEvidenceIndex: Migration = {
  version: 6,
  name: 'completion-evidence-index',
  why: 'Index completions by their evidence file, so a shared certificate is kept exactly while some completion still uses it.',
  stores: { completions: 'id, personId, courseId, completedOn, [personId+courseId], evidenceFileId' },
};
