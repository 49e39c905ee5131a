// Reminders: what has newly become due soon or overdue since the last look, so the app can raise one
// desktop notification for it (and not again every day), and list the reminders in the app. The state of
// what was already notified is plain data the caller stores.
import { compareIso, type IsoDate } from '../dates';
import type { PolicyId, SettingId } from '../ids';
import type { PolicyReview } from './assess';
import { byName } from '../leads/names';

export type ReminderStatus = 'due_soon' | 'overdue';

export interface Reminder {
  policyId: PolicyId;
  settingId: SettingId;
  settingName: string;
  title: string;
  status: ReminderStatus;
  /** "Overdue since Sep 2023" */
  headline: string;
  /** Identifies this status of this cycle: a policy is reminded again only when it moves on. */
  key: string;
  /** When it was first notified. */
  notifiedOn: IsoDate;
}

/** What was notified, by policy. Stored by the caller between runs. */
export interface ReminderState {
  notified: Record<string, { key: string; notifiedOn: IsoDate }>;
}

export const EMPTY_REMINDER_STATE: ReminderState = { notified: {} };

export function reminderKey(review: PolicyReview): string | null {
  const { status, nextDue } = review.status;
  if ((status !== 'due_soon' && status !== 'overdue') || !nextDue) return null;
  return `${status}|${nextDue.earliest}|${nextDue.latest}`;
}

export interface ReminderRun {
  /** Newly due soon or overdue: notify these. */
  fresh: Reminder[];
  /** Everything due soon or overdue now, with when it was first notified (newest first): the in-app list. */
  active: Reminder[];
  /** The state to store. Policies no longer due soon or overdue drop out, so their next cycle reminds again. */
  state: ReminderState;
}

/** Compares what is due soon or overdue now with what was already notified. `settingNames` holds the active settings: policies of others are left out. */
export function runReminders(
  reviews: readonly PolicyReview[],
  settingNames: ReadonlyMap<SettingId, string>,
  previous: ReminderState,
  asOf: IsoDate,
): ReminderRun {
  const state: ReminderState = { notified: {} };
  const fresh: Reminder[] = [];
  const active: Reminder[] = [];
  for (const review of reviews) {
    const key = reminderKey(review);
    const settingName = settingNames.get(review.settingId);
    if (!key || settingName === undefined) continue;
    const before = previous.notified[review.policyId];
    const isNew = !before || before.key !== key;
    const notifiedOn = isNew ? asOf : before.notifiedOn;
    state.notified[review.policyId] = { key, notifiedOn };
    const reminder: Reminder = {
      policyId: review.policyId,
      settingId: review.settingId,
      settingName,
      title: review.title,
      status: review.status.status as ReminderStatus,
      headline: review.status.headline,
      key,
      notifiedOn,
    };
    active.push(reminder);
    if (isNew) fresh.push(reminder);
  }
  const order = (a: Reminder, b: Reminder) =>
    compareIso(b.notifiedOn, a.notifiedOn) ||
    (a.status === b.status ? 0 : a.status === 'overdue' ? -1 : 1) ||
    byName(a.settingName, b.settingName);
  active.sort(order);
  fresh.sort(order);
  return { fresh, active, state };
}

/** One notification for a run's fresh reminders (several policies make one message, not a flood). */
export function reminderNotification(fresh: readonly Reminder[]): { title: string; body: string } | null {
  if (fresh.length === 0) return null;
  const overdue = fresh.filter((r) => r.status === 'overdue').length;
  const dueSoon = fresh.length - overdue;
  if (fresh.length === 1) {
    const r = fresh[0]!;
    return {
      title: r.status === 'overdue' ? 'A policy review is overdue' : 'A policy review is due soon',
      body: `${r.settingName}: ${r.title}. ${r.headline}.`,
    };
  }
  const parts = [overdue ? `${overdue} overdue` : '', dueSoon ? `${dueSoon} due soon` : '']
    .filter(Boolean)
    .join(' and ');
  const names = fresh.slice(0, 3).map((r) => `${r.settingName}: ${r.title}`);
  const more = fresh.length > 3 ? `, and ${fresh.length - 3} more` : '';
  return { title: `Policy reviews: ${parts}`, body: `${names.join('; ')}${more}.` };
}
