import { describe, expect, it } from 'vitest';
import { addMonthsIso } from '../../src/core/dates';
import { carriedForwardActions, openActionsAsOf } from '../../src/core/visits/actions';
import { visitProgress } from '../../src/core/visits/visits';
import { buildSampleTrust } from '../../src/data/sample/sample-trust';
import { defaultChecklist } from '../../src/data/visit-checklist';

const asOf = '2026-11-21';
const sample = buildSampleTrust(asOf);
const visits = sample.visits!;

describe('the default checklist', () => {
  it('covers the annual section 175 / 157 audit’s ground', () => {
    const checklist = defaultChecklist();
    expect(checklist.name).toBe('Annual safeguarding audit (section 175 / 157)');
    expect(new Set(checklist.items.map((i) => i.section))).toEqual(
      new Set([
        'Leadership and management',
        'Policies and procedures',
        'Safer recruitment',
        'Training',
        'Online safety',
        'Recording and referral',
        'Site and culture',
      ]),
    );
    const text = checklist.items.map((i) => i.text).join('\n');
    for (const phrase of [
      'know who the DSL is',
      'published on the website',
      'checks and their outcomes are logged',
      'training records are complete',
      'single central record',
    ])
      expect(text).toContain(phrase);
  });
});

describe('the sample trust’s visits', () => {
  const harbour = sample.settings.find((s) => s.name === 'Harbour View Primary School')!;
  it('has a completed visit with open actions and a planned one', () => {
    expect(visits.visits.map((v) => [v.status, v.date, v.settingId])).toEqual([
      ['completed', addMonthsIso(asOf, -4), harbour.id],
      ['planned', '2026-12-05', harbour.id],
    ]);
    const done = visits.visits[0]!;
    expect(visitProgress(done, visits.findings)).toMatchObject({
      judged: done.items.length,
      counts: { not_met: 2, partly: 3, not_seen: 1 },
    });
    const open = openActionsAsOf(
      {
        visits: visits.visits,
        actions: visits.actions,
        findings: visits.findings,
        settings: sample.settings,
      },
      asOf,
    );
    expect(open.map((a) => [a.owner, a.overdue])).toEqual([
      ['Kwame Mensah (Headteacher)', true],
      ['Office manager', true],
      ['Daniel Achebe (DSL)', false],
    ]);
  });

  it('brings the open actions up again at the planned visit', () => {
    const planned = visits.visits[1]!;
    expect(carriedForwardActions(planned, visits.visits, visits.actions)).toHaveLength(3);
  });
});
