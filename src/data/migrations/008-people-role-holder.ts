import type { Migration } from './types';

/**
 * The named-leads register and the overview read the people who hold a role. At local-authority scale
 * that is about 2,000 of 30,000 people, and reading them one key at a time took ~60 ms in Chromium,
 * which put the leads query over its 100 ms budget. People who hold (or held) a role are marked
 * `roleHolder: 1` and indexed, so they come back in one index read. The mark only speeds reading up:
 * anyone the register needs who is not marked is still read by key, so a missing mark is never wrong.
 */
export const peopleRoleHolder: Migration = {
  version: 8,
  name: 'people-role-holder',
  why: 'Index the people who hold a lead role, so the named-leads register reads them in one go at LA scale.',
  stores: { people: 'id, name, roleHolder' },
  upgrade: async (tx) => {
    const holders = new Set((await tx.table('roleAssignments').toArray()).map((a: { personId: string }) => a.personId));
    await tx
      .table('people')
      .toCollection()
      .modify((person: { id: string; roleHolder?: 1 }) => {
        if (holders.has(person.id)) person.roleHolder = 1;
      });
  },
  upgradeSnapshot: (tables) => markRoleHolders(tables),
};

/** Marks, in a snapshot's tables, the people who appear in a role assignment. */
export function markRoleHolders(tables: Record<string, Record<string, unknown>[]>): void {
  const holders = new Set((tables.roleAssignments ?? []).map((a) => a.personId));
  for (const person of tables.people ?? []) if (holders.has(person.id)) person.roleHolder = 1;
}
