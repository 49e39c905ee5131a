// The exceptions list: who needs which course, expired, missing or expiring; searchable, exportable.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { formatUkDate } from '../../../core/dates';
import type { SettingId } from '../../../core/ids';
import type { ComplianceResult, TrainingException } from '../../../core/training/compliance';
import { exceptionRows } from '../../../core/training/export';
import { nameKey } from '../../../core/names';
import { EmptyState } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { saveCsv, slug } from './export';
import { TrainingBadge, plural } from './format';
import { VirtualTable, type Column } from './virtual-table';
import { SearchFilter } from '../../components/filters';

type ExceptionFilter = 'all' | 'lapsed' | 'expiring';

export function ExceptionsList({
  result,
  names,
  settingName,
}: {
  result: ComplianceResult;
  names: Map<SettingId, string>;
  settingName: string;
}) {
  const toasts = useToasts();
  const [filter, setFilter] = useState<ExceptionFilter>('all');
  const [query, setQuery] = useState('');
  const courseName = useMemo(() => new Map(result.courses.map((c) => [c.id, c.name])), [result.courses]);
  const shown = useMemo(() => {
    const q = nameKey(query);
    return result.exceptions.filter(
      (e) =>
        (filter === 'all' || (filter === 'expiring' ? e.status === 'expiring' : e.status !== 'expiring')) &&
        (q === '' || nameKey(e.name).includes(q) || nameKey(courseName.get(e.courseId) ?? '').includes(q)),
    );
  }, [result.exceptions, filter, query, courseName]);
  const columns: Column<TrainingException>[] = [
    { key: 'name', header: 'Name', width: '14rem', rowHeader: true, cell: (e) => e.name },
    {
      key: 'settings',
      header: 'Setting',
      width: '16rem',
      cell: (e) => (
        <span title={e.settingIds.map((id) => names.get(id)).join(', ')}>
          {e.settingIds.map((id) => names.get(id) ?? '').join(', ')}
        </span>
      ),
    },
    {
      key: 'course',
      header: 'Course',
      width: 'minmax(16rem, 1fr)',
      cell: (e) => <span title={courseName.get(e.courseId)}>{courseName.get(e.courseId)}</span>,
    },
    { key: 'status', header: 'Status', width: '8.5rem', cell: (e) => <TrainingBadge status={e.status} /> },
    { key: 'last', header: 'Last done', width: '8rem', cell: (e) => formatUkDate(e.lastCompleted) },
    { key: 'expires', header: 'Expires', width: '8rem', cell: (e) => formatUkDate(e.expiresOn) },
  ];
  const exportList = async () => {
    try {
      const saved = await saveCsv(
        `training-exceptions-${slug(settingName)}-${result.asOf}.csv`,
        exceptionRows(result, shown, (id) => names.get(id) ?? ''),
      );
      if (saved) toasts.show({ kind: 'success', message: `Exported ${plural(shown.length, 'exception')}` });
    } catch (error) {
      toasts.error(error, 'The exceptions were not exported');
    }
  };
  return (
    <section className="card" aria-labelledby="exceptions-heading">
      <div className="card-header">
        <h2 id="exceptions-heading">Exceptions</h2>
        <button
          type="button"
          className="button"
          onClick={() => void exportList()}
          disabled={shown.length === 0}
        >
          Export exceptions (CSV)
        </button>
      </div>
      <div className="toolbar">
        <label className="inline-field">
          <span>Show</span>
          <select value={filter} onChange={(e) => setFilter(e.target.value as ExceptionFilter)}>
            <option value="all">Expired, missing and expiring</option>
            <option value="lapsed">Expired and missing</option>
            <option value="expiring">Expiring</option>
          </select>
        </label>
        <SearchFilter
          label="Search exceptions"
          value={query}
          onChange={(value) => setQuery(value)}
          placeholder="Name or course"
        />
        <span className="toolbar-count" aria-live="polite">
          {plural(shown.length, 'exception')}
        </span>
      </div>
      {result.exceptions.length === 0 ? (
        <EmptyState title="No exceptions">
          <p>Everyone has every course they need, and none expires within the window.</p>
        </EmptyState>
      ) : (
        <VirtualTable
          label="Exceptions"
          rows={shown}
          columns={columns}
          rowKey={(e) => `${e.personId}|${e.courseId}`}
          height="55vh"
          empty="No exceptions match."
        />
      )}
      <p className="muted">
        People appear by name here: this list is for your own follow-up. Reports for governors give counts.{' '}
        <Link to="/training/matrix">See everyone in the matrix</Link>.
      </p>
    </section>
  );
}
