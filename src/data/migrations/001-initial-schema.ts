import type { Migration } from './types';

/** Everything the product holds, from the first release: primary keys and the indexes the views query by. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial-schema',
  why: 'The first schema: the trust, its settings, policies and versions with their original files, reviews, people and roles, training, audit visits and configuration.',
  stores: {
    trust: 'id',
    settings: 'id, name, phase, archived',
    policies: 'id, settingId, type, [settingId+type]',
    policyVersions: 'id, policyId, sha256, importedAt',
    files: 'id, sha256',
    reviews: 'id, policyId, settingId, approvedOn',
    people: 'id, name',
    roleAssignments: 'id, personId, settingId, role, [settingId+role]',
    courses: 'id, name',
    memberships: 'id, personId, settingId',
    completions: 'id, personId, courseId, completedOn, [personId+courseId]',
    checklistTemplates: 'id',
    visits: 'id, settingId, date',
    findings: 'id, visitId',
    actions: 'id, visitId, settingId, status',
    coverageOverrides: 'id, settingId, [settingId+policyType+topicId]',
    importBatches: 'id, kind, createdAt',
    config: 'key',
  },
};
