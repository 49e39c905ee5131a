import { describe, expect, it } from 'vitest';
import { computeCompliance } from '../../../src/core/training/compliance';
import { exceptionRows, matrixRows, packedMatrixRows } from '../../../src/core/training/export';
import { matrixCell, packMatrix } from '../../../src/core/training/matrix';
import { course, data, done, person, post } from './fixtures';

const induction = course('Induction', null, { kind: 'all_staff' });
const annual = course('Annual update', 12, { kind: 'all_staff' });
const gov = course('Governor training', 36, { kind: 'governors' });
const a = person('=HYPERLINK("x") Smith');
const b = person('Zoë Hart');
const g = person('Gil Governor');
const d = data({
  courses: [induction, annual, gov],
  people: [a, b, g],
  memberships: [post(a, 'S1'), post(b, 'S1'), post(g, 'S1', { jobTitle: 'Governor', flags: ['governor'] })],
  completions: [
    done(a, induction, '2020-09-01'),
    done(a, annual, '2026-03-10'),
    done(b, annual, '2024-09-01'),
  ],
});
const result = computeCompliance(d, { asOf: '2026-11-21', expiringDays: 60 });
const settingName = () => 'Brookfield Infant School';

describe('the packed matrix', () => {
  it('holds every cell of the rows, and nothing else', () => {
    const m = packMatrix(result);
    expect(m.rowCount).toBe(3);
    expect(m.name).toEqual(['=HYPERLINK("x") Smith', 'Zoë Hart', 'Gil Governor']);
    for (let r = 0; r < 3; r += 1) {
      for (let c = 0; c < 3; c += 1) {
        const cell = result.rows[r]!.cells[c];
        expect(matrixCell(m, r, c)).toEqual(
          cell ? { status: cell.status, lastCompleted: cell.lastCompleted, expiresOn: cell.expiresOn } : null,
        );
      }
    }
  });

  it('summary-only results have no rows but the same figures', () => {
    const summary = computeCompliance(d, { asOf: '2026-11-21', expiringDays: 60, rows: false });
    expect(summary.rows).toEqual([]);
    expect(summary.settings).toEqual(result.settings);
    expect(summary.exceptions).toEqual(result.exceptions);
  });
});

describe('CSV rows for export', () => {
  it('the matrix, from rows or from the packed form, with words for every cell', () => {
    const expected = [
      ['Name', 'Setting', 'Job title', 'Induction', 'Annual update', 'Governor training'],
      [
        '=HYPERLINK("x") Smith',
        'Brookfield Infant School',
        'Class Teacher',
        'Valid (1 Sep 2020)',
        'Valid (until 10 Mar 2027)',
        'Not required',
      ],
      [
        'Zoë Hart',
        'Brookfield Infant School',
        'Class Teacher',
        'Missing',
        'Expired (until 1 Sep 2025)',
        'Not required',
      ],
      ['Gil Governor', 'Brookfield Infant School', 'Governor', 'Not required', 'Not required', 'Missing'],
    ];
    expect(matrixRows(result, result.rows, settingName)).toEqual(expected);
    expect(
      packedMatrixRows(
        packMatrix(result),
        ['Induction', 'Annual update', 'Governor training'],
        [0, 1, 2],
        settingName,
      ),
    ).toEqual(expected);
  });

  it('the exceptions', () => {
    expect(exceptionRows(result, result.exceptions, settingName)).toEqual([
      ['Name', 'Settings', 'Course', 'Status', 'Last completed', 'Expires'],
      ['Gil Governor', 'Brookfield Infant School', 'Governor training', 'Missing', '', ''],
      ['Zoë Hart', 'Brookfield Infant School', 'Induction', 'Missing', '', ''],
      ['Zoë Hart', 'Brookfield Infant School', 'Annual update', 'Expired', '1 Sep 2024', '1 Sep 2025'],
    ]);
  });
});
