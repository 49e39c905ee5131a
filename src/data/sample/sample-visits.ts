// The sample trust's audit visits: a visit to Harbour View four months ago with shortfalls and actions
// (one done, others open, two of them overdue), and the next visit planned in a fortnight, where the open
// actions come up again.
import { addDaysIso, addMonthsIso, type IsoDate } from '../../core/dates';
import type { ActionId, ChecklistTemplateId, FindingId, SettingId, VisitId } from '../../core/ids';
import type { ChecklistTemplate, Finding, Judgement, Visit, VisitAction } from '../../core/model';
import { DEFAULT_CHECKLIST_CREATED, DEFAULT_CHECKLIST_ID, defaultChecklist } from '../visit-checklist';
import { idFactory } from './random';

export interface SampleVisits {
  checklistTemplates: ChecklistTemplate[];
  visits: Visit[];
  findings: Finding[];
  actions: VisitAction[];
}

export const SAMPLE_OFFICER = 'Ruth Adeyemi';

const JUDGED: Record<string, { judgement: Judgement; note: string }> = {
  'dsl-named': {
    judgement: 'partly',
    note: 'Daniel Achebe took over as DSL last term. The staff we asked knew, but the policy and the posters in the hall still name Rebecca Thornton.',
  },
  'policy-published': {
    judgement: 'not_met',
    note: 'The social media policy on the website names the former DSL and says it is reviewed every three years; the trust standard is every year.',
  },
  'filtering-checks': {
    judgement: 'partly',
    note: 'The IT provider checks filtering every term, but the checks are not logged and the DSL does not see the outcomes.',
  },
  'annual-update': {
    judgement: 'partly',
    note: 'Everyone but two midday supervisors has had this year’s update.',
  },
  'scr-complete': { judgement: 'met', note: 'Ten entries checked against personnel files: all complete.' },
  'pupil-voice': { judgement: 'not_seen', note: 'Not possible on the day: Years 5 and 6 were on a trip.' },
  'dsl-displayed': { judgement: 'not_met', note: 'The posters still show the former DSL.' },
};

export function sampleVisits(asOf: IsoDate, harbour: SettingId): SampleVisits {
  const ids = { visit: idFactory('a0d17000'), finding: idFactory('f1d10000'), action: idFactory('ac710000') };
  const checklist = defaultChecklist();
  const template: ChecklistTemplate = {
    id: DEFAULT_CHECKLIST_ID as ChecklistTemplateId,
    name: checklist.name,
    items: checklist.items,
    createdAt: DEFAULT_CHECKLIST_CREATED,
    updatedAt: DEFAULT_CHECKLIST_CREATED,
  };

  const lastDate = addMonthsIso(asOf, -4);
  const nextDate = addDaysIso(asOf, 14);
  const at = (day: IsoDate, time: string) => `${day}T${time}.000Z`;
  const last: Visit = {
    id: ids.visit<VisitId>(),
    settingId: harbour,
    date: lastDate,
    officer: SAMPLE_OFFICER,
    templateId: template.id,
    items: template.items.map((i) => ({ ...i })),
    status: 'completed',
    createdAt: at(addDaysIso(lastDate, -14), '09:00:00'),
    updatedAt: at(lastDate, '16:00:00'),
  };
  const next: Visit = {
    id: ids.visit<VisitId>(),
    settingId: harbour,
    date: nextDate,
    officer: SAMPLE_OFFICER,
    templateId: template.id,
    items: template.items.map((i) => ({ ...i })),
    status: 'planned',
    createdAt: at(addDaysIso(asOf, -7), '09:00:00'),
    updatedAt: at(addDaysIso(asOf, -7), '09:00:00'),
  };

  const findings: Finding[] = last.items.map((item) => {
    const judged = JUDGED[item.id] ?? { judgement: 'met' as const, note: '' };
    return {
      id: ids.finding<FindingId>(),
      visitId: last.id,
      itemId: item.id,
      judgement: judged.judgement,
      note: judged.note,
      evidenceFileIds: [],
      updatedAt: last.updatedAt,
    };
  });
  const finding = (itemId: string) => findings.find((f) => f.itemId === itemId)!.id;
  const action = (
    itemId: string,
    text: string,
    owner: string,
    due: IsoDate,
    closedOn: IsoDate | null = null,
  ): VisitAction => ({
    id: ids.action<ActionId>(),
    visitId: last.id,
    settingId: harbour,
    findingId: finding(itemId),
    text,
    owner,
    due,
    status: closedOn ? 'done' : 'open',
    closedOn,
    createdAt: last.updatedAt,
    updatedAt: closedOn ? at(closedOn, '12:00:00') : last.updatedAt,
  });
  const actions = [
    action(
      'policy-published',
      'Update the social media policy to name Daniel Achebe as DSL, move it to a yearly review, and publish it on the website',
      'Kwame Mensah (Headteacher)',
      addMonthsIso(lastDate, 1),
    ),
    action(
      'filtering-checks',
      'Keep a termly log of filtering and monitoring checks, seen and signed by the DSL',
      'Daniel Achebe (DSL)',
      addDaysIso(asOf, 20),
    ),
    action(
      'annual-update',
      'The two midday supervisors to complete this year’s safeguarding update',
      'Office manager',
      addDaysIso(lastDate, 42),
    ),
    action(
      'dsl-named',
      'Brief all staff on the change of DSL and replace the posters',
      'Daniel Achebe (DSL)',
      addDaysIso(lastDate, 14),
      addDaysIso(lastDate, 10),
    ),
  ];
  return { checklistTemplates: [template], visits: [last, next], findings, actions };
}
