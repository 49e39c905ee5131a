// The staff x course matrix: every current member of staff (one row per post) against every course,
// virtualised so 30,000 rows scroll smoothly; exportable as CSV. The worker sends it packed into
// typed arrays (core/training/matrix.ts); rows here are indexes into it.
import { useEffect, useMemo, useState } from 'react';
import { packedMatrixRows } from '../../../core/training/export';
import { matrixCell } from '../../../core/training/matrix';
import { TRAINING_STATUS_LABELS } from '../../../core/training/status';
import { nameKey } from '../../../core/names';
import { Spinner } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { mark } from '../../app/perf';
import { ComplianceControls, complianceWaiting, useTrainingView, type TrainingTabProps } from './controls';
import { useComplianceQuery } from './compliance-client';
import { saveCsv, slug } from './export';
import { cellDetail, plural } from './format';
import { VirtualTable, type Column } from './virtual-table';
import { SearchFilter } from '../../components/filters';

type RowFilter = 'all' | 'attention';

export function MatrixTab({ courses, settings, today, expiringDays }: TrainingTabProps) {
  const toasts = useToasts();
  const view = useTrainingView(settings, today);
  const { result, matrix, error, stale } = useComplianceQuery({
    asOf: view.asOf,
    expiringDays,
    settingIds: view.settingIds,
    view: 'matrix',
  });
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<RowFilter>('all');
  const names = useMemo(() => new Map(settings.map((s) => [s.id, s.name])), [settings]);
  // Sorted once per answer (by setting, then name); the filters then only drop rows.
  const sorted = useMemo(() => {
    if (!matrix) return [];
    const collator = new Intl.Collator('en-GB');
    const settingOrder = new Map(settings.map((s, i) => [s.id, i]));
    const order = Array.from({ length: matrix.rowCount }, (_, i) => i);
    return order.sort(
      (a, b) =>
        (settingOrder.get(matrix.settingId[a]!) ?? 0) - (settingOrder.get(matrix.settingId[b]!) ?? 0) ||
        collator.compare(matrix.name[a]!, matrix.name[b]!),
    );
  }, [matrix, settings]);
  const rows = useMemo(() => {
    if (!matrix) return [];
    const q = nameKey(query);
    if (q === '' && filter === 'all') return sorted;
    const width = matrix.courseIds.length;
    return sorted.filter((r) => {
      if (q !== '' && !nameKey(matrix.name[r]!).includes(q)) return false;
      if (filter === 'all') return true;
      for (let c = 0; c < width; c += 1) if (matrix.status[r * width + c]! > 1) return true;
      return false;
    });
  }, [matrix, sorted, query, filter]);
  useEffect(() => {
    if (matrix && !stale) mark('training-matrix-rendered');
  }, [matrix, stale]);

  const controls = (
    <ComplianceControls settings={settings} view={view} today={today} expiringDays={expiringDays} />
  );
  const waiting = complianceWaiting({ courses, error, ready: result !== null && matrix !== null, controls });
  if (waiting || !result || !matrix) return waiting;
  const columns: Column<number>[] = [
    { key: 'name', header: 'Name', width: '13rem', rowHeader: true, cell: (r) => matrix.name[r] },
    ...(view.settingId
      ? []
      : [
          {
            key: 'setting',
            header: 'Setting',
            width: '14rem',
            cell: (r: number) => (
              <span title={names.get(matrix.settingId[r]!)}>{names.get(matrix.settingId[r]!)}</span>
            ),
          },
        ]),
    {
      key: 'job',
      header: 'Job title',
      width: '10rem',
      cell: (r) => <span title={matrix.jobTitle[r]}>{matrix.jobTitle[r]}</span>,
    },
    ...result.courses.map((course, i) => ({
      key: course.id,
      header: course.name,
      title: course.name,
      width: '8.5rem',
      cell: (r: number) => {
        const c = matrixCell(matrix, r, i);
        if (!c) return <span className="mcell mcell-none">Not needed</span>;
        return (
          <span className={`mcell mcell-${c.status}`} title={`${course.name}: ${cellDetail(c)}`}>
            {TRAINING_STATUS_LABELS[c.status]}
          </span>
        );
      },
    })),
  ];
  const exportMatrix = async () => {
    try {
      const chosen = view.settingId ? names.get(view.settingId) : 'all-settings';
      const csv = packedMatrixRows(
        matrix,
        result.courses.map((c) => c.name),
        rows,
        (id) => names.get(id) ?? '',
      );
      const saved = await saveCsv(`training-matrix-${slug(chosen ?? '')}-${result.asOf}.csv`, csv);
      if (saved)
        toasts.show({ kind: 'success', message: `Exported the matrix: ${plural(rows.length, 'row')}` });
    } catch (error) {
      toasts.error(error, 'The matrix was not exported');
    }
  };
  return (
    <>
      {controls}
      <section className="card" aria-labelledby="matrix-heading">
        <div className="card-header">
          <h2 id="matrix-heading">Staff and courses</h2>
          <button
            type="button"
            className="button"
            onClick={() => void exportMatrix()}
            disabled={rows.length === 0}
          >
            Export matrix (CSV)
          </button>
        </div>
        <div className="toolbar">
          <SearchFilter
            label="Search staff"
            value={query}
            onChange={(value) => setQuery(value)}
            placeholder="Name"
          />
          <label className="inline-field">
            <span>Show</span>
            <select value={filter} onChange={(e) => setFilter(e.target.value as RowFilter)}>
              <option value="all">Everyone</option>
              <option value="attention">People with something to do</option>
            </select>
          </label>
          {stale && <Spinner label="Updating…" />}
          <span className="toolbar-count" aria-live="polite">
            {plural(rows.length, 'person', 'people')}
          </span>
        </div>
        <VirtualTable
          label="Training matrix"
          rows={rows}
          columns={columns}
          rowKey={(r) => matrix.membershipId[r]!}
          rowHeight={38}
          height="68vh"
          empty="Nobody matches."
          className="matrix"
        />
      </section>
    </>
  );
}
