import { describe, expect, it } from 'vitest';
import type { ChecklistTemplateId, SettingId, VisitId } from '../../../src/core/ids';
import { groupBySection, moveItem, validateChecklistDraft } from '../../../src/core/visits/checklist';
import {
  earlierVisits,
  validateVisitDraft,
  visitProgress,
  visitStatusBadge,
} from '../../../src/core/visits/visits';

const items = [
  { id: 'a', section: 'Leadership', text: 'The DSL is named and known to all staff' },
  { id: 'b', section: 'Policy', text: 'The policy is published on the website' },
  { id: 'c', section: 'Leadership', text: 'A deputy DSL is trained' },
];

describe('visit plans', () => {
  const known = { settingIds: ['s1'], templateIds: ['t1'] };
  it('need a setting, a real date, an officer and a checklist', () => {
    expect(validateVisitDraft({ settingId: '', date: null, officer: '  ', templateId: '' }, known)).toEqual({
      settingId: 'Choose the setting to visit',
      date: 'Enter the date of the visit as dd/mm/yyyy',
      officer: 'Enter the name of the officer making the visit',
      templateId: 'Choose a checklist',
    });
    expect(
      validateVisitDraft(
        {
          settingId: 's1' as SettingId,
          date: '2026-11-21',
          officer: 'Ruth Adeyemi',
          templateId: 't1' as ChecklistTemplateId,
        },
        known,
      ),
    ).toEqual({});
  });

  it('show progress through the checklist', () => {
    const p = visitProgress({ items }, [
      { itemId: 'a', judgement: 'met' },
      { itemId: 'c', judgement: 'not_met' },
      { itemId: 'gone', judgement: 'met' },
    ]);
    expect(p).toMatchObject({ total: 3, judged: 2, counts: { met: 1, partly: 0, not_met: 1, not_seen: 0 } });
    expect(p.unjudged.map((i) => i.id)).toEqual(['b']);
  });

  it('say when a planned visit’s day has passed without a record', () => {
    expect(visitStatusBadge({ status: 'planned', date: '2026-11-20' }, '2026-11-21')).toEqual({
      word: 'Planned, not recorded',
      tone: 'amber',
    });
    expect(visitStatusBadge({ status: 'planned', date: '2026-11-21' }, '2026-11-21')).toEqual({
      word: 'Planned',
      tone: 'blue',
    });
    expect(visitStatusBadge({ status: 'completed', date: '2026-11-20' }, '2026-11-21')).toEqual({
      word: 'Completed',
      tone: 'green',
    });
  });

  it('find the earlier visits to the same setting', () => {
    const v = (id: string, settingId: string, date: string, createdAt = `${date}T09:00:00Z`) => ({
      id: id as VisitId,
      settingId: settingId as SettingId,
      date,
      createdAt,
    });
    const all = [
      v('1', 's1', '2026-01-01'),
      v('2', 's1', '2026-06-01'),
      v('3', 's2', '2026-03-01'),
      v('4', 's1', '2026-06-01', '2026-06-02T09:00:00Z'),
      v('5', 's1', '2027-01-01'),
    ];
    expect(earlierVisits(all[3]!, all).map((x) => x.id)).toEqual(['2', '1']);
  });
});

describe('checklist templates', () => {
  it('need a unique name and items with text', () => {
    expect(validateChecklistDraft({ name: '', items: [] }, [])).toEqual({
      name: 'Enter a name for the checklist',
      items: 'Add at least one item',
    });
    expect(
      validateChecklistDraft({ name: 'annual  audit', items: [{ id: 'x', section: 'A', text: ' ' }] }, [
        { id: 't1' as ChecklistTemplateId, name: 'Annual audit' },
      ]),
    ).toEqual({
      name: 'A checklist called “Annual audit” already exists',
      itemErrors: { x: 'Item 1 has no text' },
    });
    expect(
      validateChecklistDraft(
        { name: 'Annual audit', items },
        [{ id: 't1' as ChecklistTemplateId, name: 'Annual audit' }],
        't1' as ChecklistTemplateId,
      ),
    ).toEqual({});
  });

  it('group items by section in the order they first appear, and reorder', () => {
    expect(groupBySection(items).map((g) => [g.section, g.items.map((i) => i.id)])).toEqual([
      ['Leadership', ['a', 'c']],
      ['Policy', ['b']],
    ]);
    expect(moveItem(items, 2, 0).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(moveItem(items, 0, 5).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });
});
