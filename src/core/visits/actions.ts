// Actions from audit visits: each shortfall gets an action with an owner and a due date; open actions come
// up again at the setting's next visit and feed the governor report (`openActionsAsOf`).
import { assertNever } from '../assert';
import { daysBetween, isIsoDate, type IsoDate } from '../dates';
import type { ActionId, FindingId, SettingId, VisitId } from '../ids';
import type { ActionStatus, Finding, Judgement, Visit, VisitAction } from '../model';
import { cleanName } from '../names';
import { earlierVisits, type Tone } from './visits';

export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'done', 'dropped'];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  done: 'Done',
  dropped: 'Dropped',
};

/** What an action is as of a day: open, overdue (open past its due date), done or dropped. */
export type ActionState = 'open' | 'overdue' | 'done' | 'dropped';

export function actionState(action: Pick<VisitAction, 'status' | 'due'>, asOf: IsoDate): ActionState {
  switch (action.status) {
    case 'open':
      return action.due !== null && action.due < asOf ? 'overdue' : 'open';
    case 'done':
      return 'done';
    case 'dropped':
      return 'dropped';
    default:
      return assertNever(action.status, 'action status');
  }
}

export function actionStateBadge(state: ActionState): { word: string; tone: Tone } {
  switch (state) {
    case 'open':
      return { word: 'Open', tone: 'blue' };
    case 'overdue':
      return { word: 'Overdue', tone: 'red' };
    case 'done':
      return { word: 'Done', tone: 'green' };
    case 'dropped':
      return { word: 'Dropped', tone: 'grey' };
    default:
      return assertNever(state, 'action state');
  }
}

/** The calendar day a record was made, from its ISO timestamp. */
function dayOf(timestamp: string): IsoDate {
  return timestamp.slice(0, 10);
}

/**
 * Whether the action was open on `asOf`: recorded by then, and not yet closed then. An action closed after
 * `asOf` was still open on it; one closed before `closedOn` was kept counts as closed.
 */
export function wasOpenOn(
  action: Pick<VisitAction, 'status' | 'createdAt' | 'closedOn'>,
  asOf: IsoDate,
): boolean {
  if (dayOf(action.createdAt) > asOf) return false;
  if (action.status === 'open') return true;
  return typeof action.closedOn === 'string' && action.closedOn > asOf;
}

export interface OpenActionRow {
  actionId: ActionId;
  visitId: VisitId;
  settingId: SettingId;
  /** The setting's name, when the caller passed the settings. */
  settingName: string;
  visitDate: IsoDate;
  text: string;
  owner: string;
  due: IsoDate | null;
  /** Overdue when its due date is before `asOf`. */
  overdue: boolean;
  /** Days past due on `asOf` (0 when not overdue or undated). */
  daysOverdue: number;
  /** The checklist item the action answers, and its judgement, when it came from a finding. */
  item: { text: string; section: string; judgement: Judgement | null } | null;
}

export interface OpenActionsInput {
  visits: readonly Visit[];
  actions: readonly VisitAction[];
  findings?: readonly Finding[];
  settings?: readonly { id: SettingId; name: string }[];
}

/**
 * The actions open on `asOf`, with owners and due dates: what the governor report lists under audit
 * visits. Overdue first (most overdue first), then by due date, undated last; ties by setting and text.
 * Restrict to some settings with `settingIds`.
 */
export function openActionsAsOf(
  input: OpenActionsInput,
  asOf: IsoDate,
  settingIds?: readonly SettingId[],
): OpenActionRow[] {
  const visits = new Map(input.visits.map((v) => [v.id, v]));
  const findings = new Map((input.findings ?? []).map((f) => [f.id, f]));
  const names = new Map((input.settings ?? []).map((s) => [s.id, s.name]));
  const scope = settingIds ? new Set(settingIds) : null;
  const rows: OpenActionRow[] = [];
  for (const action of input.actions) {
    if (scope && !scope.has(action.settingId)) continue;
    if (!wasOpenOn(action, asOf)) continue;
    const visit = visits.get(action.visitId);
    if (!visit) continue;
    const overdue = action.due !== null && isIsoDate(action.due) && action.due < asOf;
    const finding = action.findingId ? findings.get(action.findingId) : undefined;
    const item = finding ? visit.items.find((i) => i.id === finding.itemId) : undefined;
    rows.push({
      actionId: action.id,
      visitId: action.visitId,
      settingId: action.settingId,
      settingName: names.get(action.settingId) ?? '',
      visitDate: visit.date,
      text: action.text,
      owner: action.owner,
      due: action.due,
      overdue,
      daysOverdue: overdue && action.due ? daysBetween(action.due, asOf) : 0,
      item: finding && item ? { text: item.text, section: item.section, judgement: finding.judgement } : null,
    });
  }
  return rows.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      b.daysOverdue - a.daysOverdue ||
      (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1) ||
      a.settingName.localeCompare(b.settingName, 'en-GB') ||
      a.text.localeCompare(b.text, 'en-GB'),
  );
}

/**
 * The actions still open from the setting's earlier visits: they come up again at this visit, to be
 * checked and closed or carried on. Oldest visit first.
 */
export function carriedForwardActions(
  visit: Visit,
  visits: readonly Visit[],
  actions: readonly VisitAction[],
): VisitAction[] {
  const earlier = earlierVisits(visit, visits);
  const order = new Map(earlier.map((v, i) => [v.id, earlier.length - i]));
  return actions
    .filter((a) => a.status === 'open' && order.has(a.visitId))
    .sort(
      (a, b) =>
        order.get(a.visitId)! - order.get(b.visitId)! ||
        (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

export interface ActionDraft {
  text: string;
  owner: string;
  due: IsoDate | null;
  findingId: FindingId | null;
}

export type ActionErrors = Partial<Record<'text' | 'owner' | 'due', string>>;

export function validateActionDraft(draft: ActionDraft): ActionErrors {
  const errors: ActionErrors = {};
  const text = draft.text.trim();
  if (text === '') errors.text = 'Describe the action';
  else if (text.length > 2000) errors.text = 'The action is too long (2,000 characters at most)';
  if (cleanName(draft.owner) === '') errors.owner = 'Enter who owns the action';
  else if (draft.owner.length > 200) errors.owner = 'The owner’s name is too long (200 characters at most)';
  if (draft.due !== null && !isIsoDate(draft.due)) errors.due = 'Enter the due date as dd/mm/yyyy';
  return errors;
}

/** The status change to store: closing an action records the day; reopening clears it. */
export function withStatus<A extends Pick<VisitAction, 'status' | 'closedOn'>>(
  action: A,
  status: ActionStatus,
  on: IsoDate,
): A {
  if (status === action.status) return action;
  return { ...action, status, closedOn: status === 'open' ? null : on };
}
