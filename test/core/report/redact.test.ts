import { describe, expect, it } from 'vitest';
import type { PersonId, RoleAssignmentId, SettingId, MembershipId } from '../../../src/core/ids';
import type { Person, RoleAssignment, StaffMembership } from '../../../src/core/model';
import { createRedactor } from '../../../src/core/report/redact';

const S1 = 's1' as SettingId;
const S2 = 's2' as SettingId;
const person = (id: string, name: string): Person => ({ id: id as PersonId, name, forename: name.split(' ')[0]!, surname: name.split(' ').slice(1).join(' '), email: '', createdAt: '', updatedAt: '' });
const role = (personId: string, settingId: SettingId, r: RoleAssignment['role'], from: string, to: string | null = null): RoleAssignment => ({
  id: `${personId}-${r}` as RoleAssignmentId, personId: personId as PersonId, settingId, role: r, from, to, sourceVersionId: null, createdAt: '', updatedAt: '',
});
const post = (personId: string, settingId: SettingId, jobTitle: string): StaffMembership => ({
  id: `${personId}-${settingId}` as MembershipId, personId: personId as PersonId, settingId, jobTitle, flags: [], start: null, end: null, createdAt: '', updatedAt: '',
});

const redact = createRedactor(
  {
    people: [person('a', 'Daniel Achebe'), person('b', 'Siân ap Rhys'), person('c', 'Rebecca Thornton'), person('d', 'Jo Price')],
    roleAssignments: [role('a', S1, 'dsl', '2026-08-01'), role('c', S1, 'dsl', '2020-01-01', '2026-08-01'), role('b', S2, 'safeguarding_governor', '2024-01-01')],
    memberships: [post('c', S1, 'Deputy Headteacher'), post('d', S1, 'Site Manager')],
  },
  '2026-11-21',
);

describe('names in free text, when staff are counts', () => {
  it('gives a person’s role in the setting in place of their name', () => {
    expect(redact('Update the policy to name Daniel Achebe as DSL', S1)).toBe('Update the policy to name the Designated Safeguarding Lead as DSL');
    expect(redact('Daniel Achebe', S1)).toBe('Designated Safeguarding Lead');
  });

  it('falls back to the job title, then to a member of staff', () => {
    expect(redact('Rebecca Thornton to hand over the DSL file', S1)).toBe('the Deputy Headteacher to hand over the DSL file');
    expect(redact('Ask Jo Price about the gate', S2)).toBe('Ask a member of staff about the gate');
  });

  it('matches names however they are written, and leaves other words alone', () => {
    expect(redact('siân AP RHYS to visit', S2)).toBe('the Safeguarding governor to visit');
    expect(redact('Price list and Daniel, Achebe', S1)).toBe('Price list and Daniel, Achebe');
    expect(redact('', S1)).toBe('');
  });
});
