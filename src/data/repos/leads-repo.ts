// The named-leads register: people's roles per setting with from and to dates. Add, end, hand over (end
// one and start the next in one step) and add a policy's named leads, each one transaction; and the
// inputs of the register view (vacancies, mismatches, DSL training).
import type { AppConfig } from '../../core/config';
import { compareIso, type IsoDate, type PartialDate } from '../../core/dates';
import type { PersonId, PolicyId, RoleAssignmentId, SettingId } from '../../core/ids';
import type { Completion, Course, Person, RoleAssignment } from '../../core/model';
import { hasErrors, type Setting } from '../../core/settings';
import { cleanName } from '../../core/names';
import { assignmentState } from '../../core/leads/holders';
import { planLeadsFromPolicy, type PlanItem } from '../../core/leads/from-policy';
import { leadsOverview, type LeadsOverview } from '../../core/leads/register';
import { policyLeadsOf, type PolicyLeads } from '../../core/leads/mismatches';
import { personKey, plainName, splitName } from '../../core/leads/names';
import {
  validateAssignmentDraft,
  validateHandOver,
  endDateError,
  type AssignmentDraft,
  type PersonChoice,
} from '../../core/leads/draft';
import { dslCourses, dslTrainingLookup } from '../../core/training/leads';
import { newId, nowIso, type OversightDb } from '../db';
import { ConfigRepo } from './config-repo';
import { loadPolicySummaries } from './policy-summaries';
import { toSetting } from './settings-repo';
import { toCourse } from './training-repo';
import { ValidationError } from './trust-repo';
import type { PersonRecord } from '../records';

export interface LeadsInputs {
  settings: Setting[];
  assignments: RoleAssignment[];
  /** The people the register refers to (not the whole staff list). */
  people: Person[];
  policies: PolicyLeads[];
  config: AppConfig;
  /** Null when the trust keeps no training records (then nobody is flagged for training). */
  training: { courses: Course[]; completions: Completion[] } | null;
}

export class LeadsRepo {
  constructor(private readonly db: OversightDb) {}

  /**
   * Everything the register computes on, read as three independent chains that run side by side (the
   * browser decodes one while the store reads the next): the roles and then the people they name; the
   * policies' summaries; the configuration and then the DSL courses' completions. Each chain is its own
   * read-only transaction. (A live query re-runs if anything changes in between.) A caller that has just
   * read the policies' summaries (the overview reads them for the review dashboard) passes their leads
   * in, and they are not read twice.
   */
  async loadInputs(known?: { policies: PolicyLeads[] }): Promise<LeadsInputs> {
    const { db } = this;
    const rolesAndPeople = db.transaction('r', [db.settings, db.roleAssignments, db.people], async () => {
      const [settings, assignments] = await Promise.all([
        db.settings.toArray(),
        db.roleAssignments.toArray(),
      ]);
      const people = await readPeople(db, [...new Set(assignments.map((a) => a.personId))]);
      return { settings, assignments, people };
    });
    const summaries = known
      ? null
      : db.transaction('r', [db.policies, db.policyVersions], () => loadPolicySummaries(db));
    const configAndTraining = db.transaction('r', [db.config, db.courses, db.completions], async () => {
      const [config, courses, anyCompletion] = await Promise.all([
        new ConfigRepo(db).load(),
        db.courses.toArray(),
        db.completions.limit(1).toArray(),
      ]);
      const catalogue = courses.map(toCourse);
      const dsl = anyCompletion.length > 0 ? dslCourses(catalogue) : [];
      // Only the DSL courses' completions, by the course index: a few thousand rows, not 300,000. One
      // equality range per course: `anyOf` is far slower on some IndexedDB implementations.
      const dslCompletions = (
        await Promise.all(dsl.map((c) => db.completions.where('courseId').equals(c.id).toArray()))
      ).flat();
      return { config, catalogue, dsl, dslCompletions };
    });
    const [{ settings, assignments, people }, policies, { config, catalogue, dsl, dslCompletions }] =
      await Promise.all([rolesAndPeople, summaries, configAndTraining]);
    const holders = new Set(
      assignments.filter((a) => a.role === 'dsl' || a.role === 'deputy_dsl').map((a) => a.personId),
    );
    const completions = dslCompletions.filter((c) => holders.has(c.personId));
    return {
      settings: settings.map(toSetting),
      assignments,
      people,
      policies: known?.policies ?? policyLeadsOf(policies ?? []),
      config,
      // No DSL course, or no training records at all: nobody is flagged for training.
      training: dsl.length > 0 ? { courses: catalogue, completions } : null,
    };
  }

  static overview(inputs: LeadsInputs, asOf: IsoDate): LeadsOverview {
    const { training } = inputs;
    const dslTraining = training
      ? dslTrainingLookup(training.courses, training.completions, asOf, inputs.config.trainingExpiringDays)
      : undefined;
    return leadsOverview(
      {
        settings: inputs.settings,
        people: inputs.people,
        assignments: inputs.assignments,
        policies: inputs.policies,
        dslTraining,
      },
      asOf,
      inputs.config,
    );
  }

  /** People whose name starts with the text (for suggestions), at most `limit`. */
  async findPeople(text: string, limit = 12): Promise<Person[]> {
    const q = cleanName(text);
    if (q.length < 2) return [];
    return this.db.people.where('name').startsWithIgnoreCase(q).limit(limit).toArray();
  }

  /** An existing person with this name, preferring one who already works in or holds a role in the setting. */
  private async matchPerson(name: string, settingId: SettingId): Promise<Person | undefined> {
    const { db } = this;
    const key = personKey(name);
    const candidates = (await db.people.where('name').equalsIgnoreCase(plainName(name)).toArray()).filter(
      (p) => personKey(p.name) === key,
    );
    if (candidates.length <= 1) return candidates[0];
    const local = new Set([
      ...(await db.roleAssignments.where('settingId').equals(settingId).toArray()).map((a) => a.personId),
      ...(await db.memberships.where('settingId').equals(settingId).toArray()).map((m) => m.personId),
    ]);
    return candidates.find((p) => local.has(p.id)) ?? candidates[0];
  }

  private async resolvePerson(choice: PersonChoice, settingId: SettingId, now: string): Promise<PersonId> {
    if ('personId' in choice) {
      if (!(await this.db.people.get(choice.personId)))
        throw new Error('That person is no longer in the register');
      return choice.personId;
    }
    // Titles are dropped ("Mrs Lowri Evans" is Lowri Evans), as policies are read.
    const name = plainName(choice.name);
    const existing = await this.matchPerson(name, settingId);
    if (existing) return existing.id;
    const id = newId<PersonId>();
    const { forename, surname } = splitName(name);
    await this.db.people.add({ id, name, forename, surname, email: '', createdAt: now, updatedAt: now });
    return id;
  }

  private tables() {
    const { db } = this;
    return [db.roleAssignments, db.people, db.memberships, db.settings];
  }

  /** Adds a role. A new name becomes a new person unless someone of that name exists (one in this setting first). */
  async add(draft: AssignmentDraft): Promise<RoleAssignment> {
    const errors = validateAssignmentDraft(draft);
    if (hasErrors(errors)) throw new ValidationError(errors);
    return this.db.transaction('rw', this.tables(), async () => {
      if (!(await this.db.settings.get(draft.settingId))) throw new Error('That setting no longer exists');
      const now = nowIso();
      const personId = await this.resolvePerson(draft.person, draft.settingId, now);
      const assignment: RoleAssignment = {
        id: newId<RoleAssignmentId>(),
        personId,
        settingId: draft.settingId,
        role: draft.role,
        from: draft.from,
        to: draft.to,
        sourceVersionId: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.db.roleAssignments.add(assignment);
      await markHolder(this.db, personId);
      return assignment;
    });
  }

  /** Ends a role on a day (the first day the person no longer holds it). */
  async end(id: RoleAssignmentId, to: PartialDate): Promise<RoleAssignment> {
    return this.db.transaction('rw', this.db.roleAssignments, async () => {
      const current = await this.db.roleAssignments.get(id);
      if (!current) throw new Error('That role is no longer in the register');
      if (current.to) throw new ValidationError({ to: 'This role has already ended' });
      const error = endDateError(current.from, to);
      if (error) throw new ValidationError({ to: error });
      const next = { ...current, to, updatedAt: nowIso() };
      await this.db.roleAssignments.put(next);
      return next;
    });
  }

  /** Hands a role over: ends the holder's on `on` and starts the successor's the same day, in one transaction. */
  async handOver(
    id: RoleAssignmentId,
    on: IsoDate,
    successor: PersonChoice,
  ): Promise<{ ended: RoleAssignment; started: RoleAssignment }> {
    return this.db.transaction('rw', this.tables(), async () => {
      const current = await this.db.roleAssignments.get(id);
      if (!current) throw new Error('That role is no longer in the register');
      if (current.to)
        throw new ValidationError({ on: 'This role has already ended: add the new holder instead' });
      const errors = validateHandOver(current.from, on, successor);
      if (hasErrors(errors)) throw new ValidationError(errors);
      const now = nowIso();
      const personId = await this.resolvePerson(successor, current.settingId, now);
      if (personId === current.personId)
        throw new ValidationError({ person: 'Choose someone other than the current holder' });
      const ended = { ...current, to: on, updatedAt: now };
      const started: RoleAssignment = {
        id: newId<RoleAssignmentId>(),
        personId,
        settingId: current.settingId,
        role: current.role,
        from: on,
        to: null,
        sourceVersionId: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.db.roleAssignments.put(ended);
      await this.db.roleAssignments.add(started);
      await markHolder(this.db, personId);
      return { ended, started };
    });
  }

  /** Undoes an end or a hand over: the roles go back to exactly how they were, in one transaction. */
  async undo(before: RoleAssignment, added?: RoleAssignment): Promise<void> {
    await this.db.transaction('rw', this.db.roleAssignments, async () => {
      await this.db.roleAssignments.put(before);
      if (added) await this.db.roleAssignments.delete(added.id);
    });
  }

  /** Removes a role entered by mistake (history of real roles is kept by ending them instead). Returns it for Undo. */
  async remove(id: RoleAssignmentId): Promise<RoleAssignment> {
    return this.db.transaction('rw', this.db.roleAssignments, async () => {
      const current = await this.db.roleAssignments.get(id);
      if (!current) throw new Error('That role is no longer in the register');
      await this.db.roleAssignments.delete(id);
      return current;
    });
  }

  async restore(assignment: RoleAssignment): Promise<void> {
    await this.db.roleAssignments.put(assignment);
  }

  /** What adding a policy's named leads would do: who is matched, who is new, what is skipped and why. */
  async planFromPolicy(
    policyId: PolicyId,
    asOf: IsoDate,
  ): Promise<{ settingId: SettingId; items: PlanItem[]; confirmed: boolean }> {
    const { db } = this;
    return db.transaction(
      'r',
      [db.policies, db.policyVersions, db.roleAssignments, db.people, db.memberships],
      async () => {
        const policy = await db.policies.get(policyId);
        if (!policy) throw new Error('That policy no longer exists');
        const [withSummary] = await loadPolicySummaries(db, [policy]);
        const summary = withSummary!.summary;
        const assignments = await db.roleAssignments.where('settingId').equals(policy.settingId).toArray();
        const names = [...new Set(summary.leads.map((l) => cleanName(l.name)))];
        const byName = (
          await Promise.all(names.map((n) => db.people.where('name').equalsIgnoreCase(n).toArray()))
        ).flat();
        const local = await db.people.bulkGet([...new Set(assignments.map((a) => a.personId))]);
        const people = [
          ...new Map([...byName, ...local.filter((p): p is Person => !!p)].map((p) => [p.id, p])).values(),
        ];
        const facts = summary.facts;
        const dates = [facts?.approved, facts?.lastReviewed].filter((d): d is string => !!d).sort(compareIso);
        const items = planLeadsFromPolicy(
          {
            settingId: policy.settingId,
            leads: summary.leads,
            defaultFrom: dates[dates.length - 1] ?? null,
            people,
            assignments,
          },
          asOf,
        );
        return { settingId: policy.settingId, items, confirmed: summary.confirmedAt !== null };
      },
    );
  }

  /** Adds the chosen items of a plan in one transaction. Returns how many roles were added. */
  async addFromPolicy(policyId: PolicyId, items: readonly PlanItem[], asOf: IsoDate): Promise<number> {
    return this.db.transaction('rw', [...this.tables(), this.db.policies], async () => {
      const policy = await this.db.policies.get(policyId);
      if (!policy) throw new Error('That policy no longer exists');
      const now = nowIso();
      const created = new Map<string, PersonId>();
      let added = 0;
      for (const item of items) {
        let personId: PersonId;
        if (item.person.kind === 'existing') personId = item.person.personId;
        else {
          const key = personKey(item.person.name);
          personId =
            created.get(key) ?? (await this.resolvePerson({ name: item.person.name }, policy.settingId, now));
          created.set(key, personId);
        }
        const clash = (
          await this.db.roleAssignments
            .where('[settingId+role]')
            .equals([policy.settingId, item.role])
            .toArray()
        ).find((a) => a.personId === personId && assignmentState(a, asOf) !== 'ended');
        if (clash) continue;
        await this.db.roleAssignments.add({
          id: newId<RoleAssignmentId>(),
          personId,
          settingId: policy.settingId,
          role: item.role,
          from: item.from,
          to: null,
          sourceVersionId: policy.currentVersionId,
          createdAt: now,
          updatedAt: now,
        });
        await markHolder(this.db, personId);
        added += 1;
      }
      return added;
    });
  }
}

/**
 * The people the register names: those marked as role holders come in one index read (migration 8);
 * anyone not marked (a record merged from another laptop, say) is read by key, so the mark only ever
 * makes this faster, never wrong.
 */
async function readPeople(db: OversightDb, personIds: readonly PersonId[]): Promise<Person[]> {
  const wanted = new Set<string>(personIds);
  const marked = (await db.people.where('roleHolder').equals(1).toArray()).filter((p) => wanted.has(p.id));
  const found = new Set<string>(marked.map((p) => p.id));
  const missing = personIds.filter((id) => !found.has(id));
  const rest = missing.length > 0 ? (await db.people.bulkGet(missing)).filter((p): p is Person => !!p) : [];
  return [...marked, ...rest].map(({ roleHolder: _mark, ...person }: PersonRecord) => person);
}

/** Marks a person as a role holder, for `readPeople`'s index. Called inside the writing transaction. */
async function markHolder(db: OversightDb, personId: PersonId): Promise<void> {
  await db.people
    .where('id')
    .equals(personId)
    .modify((p: PersonRecord) => {
      p.roleHolder = 1;
    });
}
