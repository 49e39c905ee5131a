import { describe, expect, it } from 'vitest';
import { assessPolicyReview, type PolicyReview } from '../../../src/core/reviews/assess';
import { dueBefore, reviewDashboard, termWindows } from '../../../src/core/reviews/dashboard';
import {
  reminderNotification,
  runReminders,
  EMPTY_REMINDER_STATE,
} from '../../../src/core/reviews/reminders';
import type { PolicyId, SettingId } from '../../../src/core/ids';
import type { Setting } from '../../../src/core/settings';
import type { Phase, PolicyType } from '../../../src/core/vocabulary';
import { facts, STANDARD } from './fixtures';
import type { PolicyReviewFacts } from '../../../src/core/reviews/review-cycle';

const AS_OF = '2026-11-21';

function setting(id: string, name: string, phase: Phase, archived = false): Setting {
  return {
    id: id as SettingId,
    name,
    phase,
    type: 'academy',
    localAuthority: '',
    urn: '',
    linkedSettingIds: [],
    archived,
    createdAt: '',
    updatedAt: '',
  };
}

function assess(
  id: string,
  settingId: string,
  f: PolicyReviewFacts,
  type: PolicyType = 'social_media',
  asOf = AS_OF,
): PolicyReview {
  return assessPolicyReview(
    {
      policy: { id: id as PolicyId, settingId: settingId as SettingId, type, title: `${type} policy` },
      facts: f,
      reviews: [],
    },
    asOf,
    STANDARD,
  );
}

const settings = [
  setting('a', 'Ashby Infant School', 'infant'),
  setting('b', 'Barrow Pre-school', 'preschool'),
  setting('c', 'Calder Primary School', 'primary'),
  setting('d', 'Dunmere Junior School', 'junior'),
  setting('z', 'Zed Closed School', 'primary', true),
];
const reviews = [
  assess('a1', 'a', facts({ nextReview: '2023-09' })), // overdue
  assess('a2', 'a', facts({ nextReview: '2026-12-01' }), 'online_safety'), // due soon
  assess('b1', 'b', facts()), // no date
  assess('c1', 'c', facts({ approved: '2024-05', nextReview: '2029-05', cadenceMonths: 60 })), // current, exception
  assess('c2', 'c', facts({ nextReview: '2027-02-14' }), 'online_safety'), // current, spring
  assess('c3', 'c', facts({ nextReview: '2027-06' })), // current, summer
  assess('c4', 'c', facts({ nextReview: 'Autumn 2027' })), // current, autumn 2027
  assess('z1', 'z', facts({ nextReview: '2020-01' })), // archived setting: left out
];

describe('review dashboard', () => {
  const dash = reviewDashboard(settings, reviews, AS_OF);

  it('counts each status and the cadence exceptions, for active settings only', () => {
    expect(dash.counts).toEqual({
      overdue: 1,
      due_soon: 1,
      no_date: 1,
      current: 4,
      cadenceExceptions: 1,
      policies: 7,
      settings: 4,
    });
    expect(dash.overdue.map((i) => i.review.policyId)).toEqual(['a1']);
    expect(dash.dueSoon.map((i) => i.review.policyId)).toEqual(['a2']);
    expect(dash.noDate.map((i) => [i.settingName, i.review.policyId])).toEqual([['Barrow Pre-school', 'b1']]);
    expect(dash.cadenceExceptions.map((i) => i.review.policyId)).toEqual(['c1']);
  });

  it('rates each setting red, amber or green with the reason, worst first', () => {
    expect(dash.settings.map((s) => [s.name, s.rag, s.reason])).toEqual([
      ['Ashby Infant School', 'red', '1 overdue, 1 due soon'],
      ['Barrow Pre-school', 'amber', '1 with no review date'],
      ['Calder Primary School', 'amber', '1 reviewed less often than the trust standard'],
      ['Dunmere Junior School', 'grey', 'No policies'],
    ]);
  });

  it('lays the next twelve months out by term, with what falls due in each', () => {
    expect(
      dash.timeline.map((t) => [
        t.label,
        t.academicYear,
        t.from,
        t.to,
        t.items.map((i) => i.review.policyId),
      ]),
    ).toEqual([
      ['Autumn 2026', '2026/27', '2026-11-21', '2026-12-31', ['a2']],
      ['Spring 2027', '2026/27', '2027-01-01', '2027-03-31', ['c2']],
      ['Summer 2027', '2026/27', '2027-04-01', '2027-08-31', ['c3']],
      ['Autumn 2027', '2027/28', '2027-09-01', '2027-11-21', ['c4']],
    ]);
  });

  it('is green when every policy is current and on the standard cadence', () => {
    const green = reviewDashboard(
      settings,
      reviews.filter((r) => r.policyId !== 'c1'),
      AS_OF,
    );
    expect(green.settings.find((s) => s.name === 'Calder Primary School')).toMatchObject({
      rag: 'green',
      reason: 'All 3 policies current',
    });
  });

  it('filters by phase and by policy type', () => {
    const primary = reviewDashboard(settings, reviews, AS_OF, { phase: 'primary' });
    expect(primary.counts.policies).toBe(4);
    expect(primary.settings.map((s) => s.name)).toEqual(['Calder Primary School']);
    const online = reviewDashboard(settings, reviews, AS_OF, { policyType: 'online_safety' });
    expect(online.counts).toMatchObject({ policies: 2, due_soon: 1, current: 1, overdue: 0 });
    expect(online.settings.find((s) => s.name === 'Ashby Infant School')?.rag).toBe('amber');
  });

  it('lists what falls due before a date (the next meeting)', () => {
    expect(dueBefore(reviews, '2027-03-31').map((r) => r.policyId)).toEqual(['a2', 'c2']);
  });

  it('starts the timeline in the term of the day, in any term', () => {
    expect(termWindows('2027-02-10').map((t) => t.label)).toEqual([
      'Spring 2027',
      'Summer 2027',
      'Autumn 2027',
      'Spring 2028',
    ]);
    expect(termWindows('2027-05-10').map((t) => t.label)).toEqual([
      'Summer 2027',
      'Autumn 2027',
      'Spring 2028',
      'Summer 2028',
    ]);
  });
});

describe('reminders', () => {
  const names = new Map(settings.filter((s) => !s.archived).map((s) => [s.id, s.name]));

  it('notifies what is newly due soon or overdue, once', () => {
    const first = runReminders(reviews, names, EMPTY_REMINDER_STATE, AS_OF);
    expect(first.fresh.map((r) => [r.policyId, r.status])).toEqual([
      ['a1', 'overdue'],
      ['a2', 'due_soon'],
    ]);
    expect(reminderNotification(first.fresh)).toEqual({
      title: 'Policy reviews: 1 overdue and 1 due soon',
      body: 'Ashby Infant School: social_media policy; Ashby Infant School: online_safety policy.',
    });
    const again = runReminders(reviews, names, first.state, '2026-11-22');
    expect(again.fresh).toEqual([]);
    expect(again.active.map((r) => [r.policyId, r.notifiedOn])).toEqual([
      ['a1', AS_OF],
      ['a2', AS_OF],
    ]);
  });

  it('notifies again when a due-soon review becomes overdue, and after a review puts it back in date', () => {
    const dueSoon = [assess('a2', 'a', facts({ nextReview: '2026-12-01' }), 'online_safety')];
    const first = runReminders(dueSoon, names, EMPTY_REMINDER_STATE, AS_OF);
    expect(first.fresh).toHaveLength(1);
    const later = [assess('a2', 'a', facts({ nextReview: '2026-12-01' }), 'online_safety', '2026-12-02')];
    const overdue = runReminders(later, names, first.state, '2026-12-02');
    expect(overdue.fresh.map((r) => r.status)).toEqual(['overdue']);
    expect(reminderNotification(overdue.fresh)).toEqual({
      title: 'A policy review is overdue',
      body: 'Ashby Infant School: online_safety policy. Overdue since 1 Dec 2026.',
    });
    const reviewed = runReminders(
      [assess('a2', 'a', facts({ nextReview: '2027-12-01' }), 'online_safety', '2026-12-03')],
      names,
      overdue.state,
      '2026-12-03',
    );
    expect(reviewed.state.notified).toEqual({});
    expect(reminderNotification(reviewed.fresh)).toBeNull();
  });
});
