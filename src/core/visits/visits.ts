// Audit visits (DOMAIN.md, "Audit visits"): planning, judgements against a checklist, and progress.
import { assertNever } from '../assert';
import { isIsoDate, type IsoDate } from '../dates';
import type { ChecklistTemplateId, SettingId } from '../ids';
import type { ChecklistItem, Finding, Judgement, Visit, VisitStatus } from '../model';
import { cleanName } from '../names';

export const JUDGEMENTS: readonly Judgement[] = ['met', 'partly', 'not_met', 'not_seen'];

export const JUDGEMENT_LABELS: Record<Judgement, string> = {
  met: 'Met',
  partly: 'Partly met',
  not_met: 'Not met',
  not_seen: 'Not seen',
};

export type Tone = 'red' | 'amber' | 'green' | 'grey' | 'blue';

export function judgementTone(judgement: Judgement): Tone {
  switch (judgement) {
    case 'met':
      return 'green';
    case 'partly':
      return 'amber';
    case 'not_met':
      return 'red';
    case 'not_seen':
      return 'grey';
    default:
      return assertNever(judgement, 'judgement');
  }
}

export function isJudgement(value: unknown): value is Judgement {
  return typeof value === 'string' && (JUDGEMENTS as readonly string[]).includes(value);
}

/** A shortfall (partly or not met) calls for an action. */
export function isShortfall(judgement: Judgement | null | undefined): boolean {
  return judgement === 'partly' || judgement === 'not_met';
}

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  completed: 'Completed',
};

/** A visit's status as a word and a tone; a planned visit whose day has passed says so. */
export function visitStatusBadge(
  visit: Pick<Visit, 'status' | 'date'>,
  asOf: IsoDate,
): { word: string; tone: Tone } {
  switch (visit.status) {
    case 'planned':
      return visit.date < asOf
        ? { word: 'Planned, not recorded', tone: 'amber' }
        : { word: 'Planned', tone: 'blue' };
    case 'in_progress':
      return { word: 'In progress', tone: 'amber' };
    case 'completed':
      return { word: 'Completed', tone: 'green' };
    default:
      return assertNever(visit.status, 'visit status');
  }
}

export interface VisitDraft {
  settingId: SettingId | '';
  date: IsoDate | null;
  officer: string;
  templateId: ChecklistTemplateId | '';
}

export type VisitErrors = Partial<Record<keyof VisitDraft, string>>;

export function validateVisitDraft(
  draft: VisitDraft,
  known: { settingIds: readonly string[]; templateIds: readonly string[] },
): VisitErrors {
  const errors: VisitErrors = {};
  if (draft.settingId === '' || !known.settingIds.includes(draft.settingId))
    errors.settingId = 'Choose the setting to visit';
  if (!draft.date || !isIsoDate(draft.date)) errors.date = 'Enter the date of the visit as dd/mm/yyyy';
  const officer = cleanName(draft.officer);
  if (officer === '') errors.officer = 'Enter the name of the officer making the visit';
  else if (officer.length > 200) errors.officer = 'The name is too long (200 characters at most)';
  if (draft.templateId === '' || !known.templateIds.includes(draft.templateId))
    errors.templateId = 'Choose a checklist';
  return errors;
}

export interface VisitProgress {
  total: number;
  judged: number;
  counts: Record<Judgement, number>;
  /** Items with no judgement yet, in checklist order. */
  unjudged: ChecklistItem[];
}

/** How far through its checklist a visit is, and the tally of judgements. */
export function visitProgress(
  visit: Pick<Visit, 'items'>,
  findings: readonly Pick<Finding, 'itemId' | 'judgement'>[],
): VisitProgress {
  const byItem = new Map(findings.map((f) => [f.itemId, f.judgement]));
  const counts: Record<Judgement, number> = { met: 0, partly: 0, not_met: 0, not_seen: 0 };
  const unjudged: ChecklistItem[] = [];
  for (const item of visit.items) {
    const j = byItem.get(item.id);
    if (j && isJudgement(j)) counts[j] += 1;
    else unjudged.push(item);
  }
  return { total: visit.items.length, judged: visit.items.length - unjudged.length, counts, unjudged };
}

/** Orders visits newest first (by date, then by when they were planned). */
export function byNewest(a: Pick<Visit, 'date' | 'createdAt'>, b: Pick<Visit, 'date' | 'createdAt'>): number {
  return a.date === b.date
    ? a.createdAt < b.createdAt
      ? 1
      : a.createdAt > b.createdAt
        ? -1
        : 0
    : a.date < b.date
      ? 1
      : -1;
}

/** The setting's visits before this one (by date, or planned earlier on the same day), newest first. */
export function earlierVisits<V extends Pick<Visit, 'id' | 'settingId' | 'date' | 'createdAt'>>(
  visit: V,
  visits: readonly V[],
): V[] {
  return visits
    .filter(
      (v) =>
        v.id !== visit.id &&
        v.settingId === visit.settingId &&
        (v.date < visit.date || (v.date === visit.date && v.createdAt < visit.createdAt)),
    )
    .sort(byNewest);
}
