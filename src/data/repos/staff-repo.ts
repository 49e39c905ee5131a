// Staff in the store: people and their posts in settings (a person may hold posts in several).
import type { MembershipId, PersonId, SettingId } from '../../core/ids';
import type { Person, StaffMembership } from '../../core/model';
import { hasErrors } from '../../core/settings';
import {
  displayName,
  normaliseStaffDraft,
  validateStaffDraft,
  type StaffDraft,
} from '../../core/training/staff';
import { newId, nowIso, type OversightDb } from '../db';
import { ValidationError } from './trust-repo';

export interface StaffMember {
  membership: StaffMembership;
  person: Person;
}

export class StaffRepo {
  constructor(private readonly db: OversightDb) {}

  async listStaff(settingId: SettingId): Promise<StaffMember[]> {
    const memberships = await this.db.memberships.where('settingId').equals(settingId).toArray();
    const people = await this.db.people.bulkGet(memberships.map((m) => m.personId));
    const out: StaffMember[] = [];
    memberships.forEach((membership, i) => {
      const person = people[i];
      if (person) out.push({ membership, person });
    });
    return out.sort(
      (a, b) =>
        a.person.surname.localeCompare(b.person.surname, 'en-GB') ||
        a.person.forename.localeCompare(b.person.forename, 'en-GB'),
    );
  }

  /**
   * Adds a person to a setting's staff. `existingPersonId` adds a second post for someone already on
   * another setting's list (one person, two settings) instead of a new person.
   */
  async addStaff(draft: StaffDraft, existingPersonId?: PersonId): Promise<StaffMember> {
    const errors = validateStaffDraft(draft);
    if (hasErrors(errors)) throw new ValidationError(errors);
    const d = normaliseStaffDraft(draft);
    const db = this.db;
    return db.transaction('rw', [db.people, db.memberships, db.settings], async () => {
      const settingId = d.settingId as SettingId;
      if (!(await db.settings.get(settingId))) throw new Error('That setting no longer exists');
      const now = nowIso();
      let person: Person | undefined;
      if (existingPersonId) {
        person = await db.people.get(existingPersonId);
        if (!person) throw new Error('That person no longer exists');
        const already = await db.memberships
          .where('personId')
          .equals(existingPersonId)
          .filter((m) => m.settingId === settingId)
          .count();
        if (already > 0) throw new Error(`${person.name} is already on this setting’s staff list`);
      } else {
        if (d.email !== '') {
          const same = await db.people.filter((p) => p.email.toLowerCase() === d.email).first();
          if (same)
            throw new ValidationError({
              email: `${same.name} already has this e-mail address: add a post for them instead`,
            });
        }
        person = {
          id: newId<PersonId>(),
          name: displayName(d.forename, d.surname),
          forename: d.forename,
          surname: d.surname,
          email: d.email,
          createdAt: now,
          updatedAt: now,
        };
        await db.people.add(person);
      }
      const membership: StaffMembership = {
        id: newId<MembershipId>(),
        personId: person.id,
        settingId,
        jobTitle: d.jobTitle,
        flags: d.flags,
        start: d.start,
        end: d.end,
        createdAt: now,
        updatedAt: now,
      };
      await db.memberships.add(membership);
      return { membership, person };
    });
  }

  /** Edits a post and the person's name and e-mail (which every other post of theirs shares). */
  async updateStaff(membershipId: MembershipId, draft: StaffDraft): Promise<void> {
    const errors = validateStaffDraft(draft);
    if (hasErrors(errors)) throw new ValidationError(errors);
    const d = normaliseStaffDraft(draft);
    const db = this.db;
    await db.transaction('rw', [db.people, db.memberships], async () => {
      const m = await db.memberships.get(membershipId);
      if (!m) throw new Error('That staff record no longer exists');
      const person = await db.people.get(m.personId);
      if (!person) throw new Error('That person no longer exists');
      if (d.email !== '' && d.email !== person.email.toLowerCase()) {
        const same = await db.people
          .filter((p) => p.id !== person.id && p.email.toLowerCase() === d.email)
          .first();
        if (same) throw new ValidationError({ email: `${same.name} already has this e-mail address` });
      }
      const now = nowIso();
      await db.people.put({
        ...person,
        forename: d.forename,
        surname: d.surname,
        name: displayName(d.forename, d.surname),
        email: d.email,
        updatedAt: now,
      });
      await db.memberships.put({
        ...m,
        jobTitle: d.jobTitle,
        flags: d.flags,
        start: d.start,
        end: d.end,
        updatedAt: now,
      });
    });
  }

  /** People on any staff list whose name matches, for "already works in another setting". */
  async findPeople(query: string, limit = 20): Promise<Person[]> {
    const q = query.trim().toLowerCase();
    if (q.length < 2) return [];
    return this.db.people
      .filter((p) => p.name.toLowerCase().includes(q) || p.email.toLowerCase() === q)
      .limit(limit)
      .toArray();
  }
}
