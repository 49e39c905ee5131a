import { describe, expect, it } from 'vitest';
import type { ActionId, ChecklistTemplateId, FindingId, SettingId, VisitId } from '../../../src/core/ids';
import type { Finding, Visit, VisitAction } from '../../../src/core/model';
import {
  actionState,
  carriedForwardActions,
  openActionsAsOf,
  validateActionDraft,
  wasOpenOn,
  withStatus,
} from '../../../src/core/visits/actions';
import { latestVisitsAsOf } from '../../../src/core/visits/summary';

const harbour = 'set-harbour' as SettingId;
const oakridge = 'set-oakridge' as SettingId;
const items = [
  { id: 'dsl-named', section: 'Leadership', text: 'The DSL is named and known to all staff' },
  { id: 'policy-web', section: 'Policy', text: 'The child protection policy is on the website and in date' },
  { id: 'filtering-log', section: 'Online safety', text: 'Filtering and monitoring checks are logged' },
];

function visit(id: string, settingId: SettingId, date: string, status: Visit['status'] = 'completed'): Visit {
  return {
    id: id as VisitId,
    settingId,
    date,
    officer: 'Ruth Adeyemi',
    templateId: 'tpl' as ChecklistTemplateId,
    items,
    status,
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
  };
}

function action(id: string, v: Visit, over: Partial<VisitAction> = {}): VisitAction {
  return {
    id: id as ActionId,
    visitId: v.id,
    settingId: v.settingId,
    findingId: null,
    text: `Action ${id}`,
    owner: 'Headteacher',
    due: null,
    status: 'open',
    createdAt: v.createdAt,
    updatedAt: v.createdAt,
    ...over,
  };
}

const spring = visit('v1', harbour, '2026-03-10');
const autumn = visit('v2', harbour, '2026-10-02');
const next = visit('v3', harbour, '2027-01-15', 'planned');
const oak = visit('v4', oakridge, '2026-06-01');
const finding: Finding = {
  id: 'f1' as FindingId,
  visitId: spring.id,
  itemId: 'filtering-log',
  judgement: 'not_met',
  note: 'No log kept since September',
  evidenceFileIds: [],
  updatedAt: spring.createdAt,
};

describe('action state', () => {
  it('is overdue only while open and past its due date', () => {
    expect(actionState({ status: 'open', due: '2026-11-20' }, '2026-11-21')).toBe('overdue');
    expect(actionState({ status: 'open', due: '2026-11-21' }, '2026-11-21')).toBe('open');
    expect(actionState({ status: 'open', due: null }, '2026-11-21')).toBe('open');
    expect(actionState({ status: 'done', due: '2020-01-01' }, '2026-11-21')).toBe('done');
    expect(actionState({ status: 'dropped', due: '2020-01-01' }, '2026-11-21')).toBe('dropped');
  });

  it('was open on a past day if it was closed after that day', () => {
    const a = action('a', spring, { status: 'done', closedOn: '2026-05-01' });
    expect(wasOpenOn(a, '2026-04-30')).toBe(true);
    expect(wasOpenOn(a, '2026-05-01')).toBe(false);
    expect(wasOpenOn(a, '2026-03-09')).toBe(false); // not yet recorded
    expect(wasOpenOn(action('b', spring, { status: 'done' }), '2026-04-30')).toBe(false); // closed, day unknown
  });

  it('records the day an action is closed and clears it when reopened', () => {
    const a = action('a', spring);
    const done = withStatus(a, 'done', '2026-11-21');
    expect(done).toMatchObject({ status: 'done', closedOn: '2026-11-21' });
    expect(withStatus(done, 'open', '2026-11-22')).toMatchObject({ status: 'open', closedOn: null });
    expect(withStatus(done, 'done', '2026-12-01')).toBe(done);
  });
});

describe('open actions as of a date (for the governor report)', () => {
  const actions = [
    action('late', spring, {
      due: '2026-04-30',
      owner: 'Kwame Mensah',
      findingId: finding.id,
      text: 'Keep a weekly filtering log',
    }),
    action('soon', autumn, { due: '2026-12-01', owner: 'Daniel Achebe' }),
    action('undated', autumn, { owner: 'Office manager' }),
    action('closed', spring, { status: 'done', closedOn: '2026-05-02', due: '2026-05-01' }),
    action('oak', oak, { due: '2026-09-01', owner: 'Aisha Rahman' }),
  ];
  const input = {
    visits: [spring, autumn, next, oak],
    actions,
    findings: [finding],
    settings: [
      { id: harbour, name: 'Harbour View Primary School' },
      { id: oakridge, name: 'Oakridge Primary School' },
    ],
  };

  it('lists open actions with owners and due dates, most overdue first, undated last', () => {
    const rows = openActionsAsOf(input, '2026-11-21');
    expect(rows.map((r) => [r.actionId, r.owner, r.due, r.overdue, r.daysOverdue])).toEqual([
      ['late', 'Kwame Mensah', '2026-04-30', true, 205],
      ['oak', 'Aisha Rahman', '2026-09-01', true, 81],
      ['soon', 'Daniel Achebe', '2026-12-01', false, 0],
      ['undated', 'Office manager', null, false, 0],
    ]);
    expect(rows[0]).toMatchObject({
      settingName: 'Harbour View Primary School',
      visitDate: '2026-03-10',
      item: { text: 'Filtering and monitoring checks are logged', judgement: 'not_met' },
    });
  });

  it('looks back: as of an earlier day it counts what was open then', () => {
    const rows = openActionsAsOf(input, '2026-04-15');
    expect(rows.map((r) => r.actionId).sort()).toEqual(['closed', 'late']);
    expect(rows.every((r) => !r.overdue)).toBe(true);
  });

  it('can be restricted to some settings', () => {
    expect(openActionsAsOf(input, '2026-11-21', [oakridge]).map((r) => r.actionId)).toEqual(['oak']);
  });

  it('summarises each setting’s latest completed visit', () => {
    const findings = [
      finding,
      {
        ...finding,
        id: 'f2' as FindingId,
        visitId: autumn.id,
        itemId: 'dsl-named',
        judgement: 'met' as const,
        note: '',
      },
    ];
    const summaries = latestVisitsAsOf(
      { visits: [spring, autumn, next, oak], findings, actions },
      '2026-11-21',
    );
    expect(summaries.map((s) => [s.visitId, s.judged, s.openActions])).toEqual([
      ['v2', 1, 2],
      ['v4', 0, 1],
    ]);
    const earlier = latestVisitsAsOf(
      { visits: [spring, autumn, next, oak], findings, actions },
      '2026-05-01',
      [harbour],
    );
    expect(earlier).toHaveLength(1);
    expect(earlier[0]).toMatchObject({
      visitId: 'v1',
      counts: { not_met: 1 },
      shortfalls: [{ itemId: 'filtering-log', note: 'No log kept since September' }],
      openActions: 2,
    });
  });
});

describe('carried forward', () => {
  it('brings the setting’s open actions from earlier visits to the next one, oldest first', () => {
    const actions = [
      action('a1', spring, { due: '2026-04-30' }),
      action('a2', spring, { status: 'done', closedOn: '2026-04-01' }),
      action('a3', autumn, { due: '2026-12-01' }),
      action('a4', oak),
      action('a5', next),
    ];
    expect(carriedForwardActions(next, [spring, autumn, next, oak], actions).map((a) => a.id)).toEqual([
      'a1',
      'a3',
    ]);
    expect(carriedForwardActions(autumn, [spring, autumn, next, oak], actions).map((a) => a.id)).toEqual([
      'a1',
    ]);
    expect(carriedForwardActions(spring, [spring, autumn, next, oak], actions)).toEqual([]);
  });
});

describe('action drafts', () => {
  it('need a description and an owner; a due date is optional', () => {
    expect(validateActionDraft({ text: ' ', owner: '', due: null, findingId: null })).toEqual({
      text: 'Describe the action',
      owner: 'Enter who owns the action',
    });
    expect(
      validateActionDraft({
        text: 'Update the website',
        owner: 'Office manager',
        due: '2026-02-30',
        findingId: null,
      }),
    ).toEqual({ due: 'Enter the due date as dd/mm/yyyy' });
    expect(
      validateActionDraft({
        text: 'Update the website',
        owner: 'Office manager',
        due: null,
        findingId: null,
      }),
    ).toEqual({});
  });
});
