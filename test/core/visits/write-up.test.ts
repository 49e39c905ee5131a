import { describe, expect, it } from 'vitest';
import { findTable, reportTables } from '../../../src/core/report/model';
import { buildVisitWriteUp } from '../../../src/core/visits/write-up';
import { buildSampleTrust } from '../../../src/data/sample/sample-trust';

const asOf = '2026-11-21';
const sample = buildSampleTrust(asOf);
const v = sample.visits!;
const harbour = sample.settings.find((s) => s.name === 'Harbour View Primary School')!;

function writeUp(which: 0 | 1) {
  return buildVisitWriteUp(
    {
      trustName: sample.trust.name,
      settingName: harbour.name,
      visit: v.visits[which]!,
      checklistName: v.checklistTemplates[0]!.name,
      findings: v.findings,
      actions: v.actions,
      visits: v.visits,
      evidenceNames: {},
      confidentiality: 'OFFICIAL-SENSITIVE',
    },
    asOf,
  );
}

describe('the visit write-up', () => {
  it('has the visit’s facts on the title page, and summary, findings, actions and method sections', () => {
    const model = writeUp(0);
    expect(model.title).toBe('Safeguarding audit visit');
    expect(model.subtitle).toBe('Harbour View Primary School: visit on 21 Jul 2026');
    expect(model.meta).toContainEqual({ label: 'Officer', value: 'Ruth Adeyemi' });
    expect(model.sections.map((s) => s.title)).toEqual([
      'Summary',
      'Findings',
      'Actions',
      'About this write-up',
    ]);
  });

  it('lists every item with its judgement by word and colour, and its note', () => {
    const model = writeUp(0);
    const rows = reportTables(model)
      .filter((t) => t.id.startsWith('write-up-findings-'))
      .flatMap((t) => t.rows);
    expect(rows).toHaveLength(27);
    const filtering = rows.find((r) => r[1]!.text.startsWith('Filtering and monitoring are checked'))!;
    expect(filtering[2]).toEqual({ text: 'Partly met', tone: 'amber' });
    expect(filtering[3]!.text).toContain('not logged');
    const summary = model.sections[0]!.blocks.find((b) => b.kind === 'figures');
    expect(summary).toMatchObject({
      figures: [
        { label: 'Met', value: 21 },
        { label: 'Partly met', value: 3 },
        { label: 'Not met', value: 2 },
        { label: 'Not seen', value: 1 },
      ],
    });
  });

  it('lists the visit’s actions with owners, due dates and status as of the write-up', () => {
    const actions = findTable(writeUp(0), 'write-up-actions')!;
    expect(actions.rows.map((r) => [r[2]!.text, r[4]!.text])).toEqual([
      ['Kwame Mensah (Headteacher)', 'Overdue'],
      ['Daniel Achebe (DSL)', 'Open'],
      ['Office manager', 'Overdue'],
      ['Daniel Achebe (DSL)', 'Done (31 Jul 2026)'],
    ]);
  });

  it('at the next visit, the earlier visit’s open actions are followed up', () => {
    const model = writeUp(1);
    expect(findTable(model, 'write-up-carried')!.rows.map((r) => r[1]!.text)).toEqual([
      '21 Jul 2026',
      '21 Jul 2026',
      '21 Jul 2026',
    ]);
    expect(findTable(model, 'write-up-actions')!.rows).toEqual([]);
  });
});
