// The coverage matrix: settings as rows, topics as columns. Rows are virtualised (600 settings render
// as the few dozen on screen) and the header row and the settings column stay in place while scrolling.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  coverageMatrix,
  type CoverageCell,
  type CoverageRow,
  type CoverageSettingInput,
} from '../../../core/compare/coverage';
import { matrixRows } from '../../../core/compare/export';
import { frameworkFor } from '../../../core/config';
import { PHASE_LABELS, POLICY_TYPE_LABELS, type Phase } from '../../../core/vocabulary';
import { EmptyState, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { useToday } from '../../app/today';
import { mark } from '../../app/perf';
import type { AppConfig } from '../../../core/config';
import type { PolicyType } from '../../../core/vocabulary';
import type { MatrixData } from '../../../data/repos/compare-repo';
import { useStore } from '../../app/db-context';
import { coverageTone, coverageWord, percent, saveCsv } from './shared';
import { EvidenceDialog } from './evidence-dialog';
import { PhaseFilter } from '../../components/filters';

const ROW_HEIGHT = 46;

export function CoverageView({
  policyType,
  config,
  matrix: data,
}: {
  policyType: PolicyType;
  config: AppConfig;
  matrix: MatrixData;
}) {
  const asOf = useToday();
  const toasts = useToasts();
  const store = useStore();
  // After the first drawing, bring the cache of topic evidence in line with the stored versions (quietly:
  // a policy read again since shows its new evidence a moment later).
  useEffect(() => {
    void store.compare
      .refreshCoverageIndex(policyType)
      .catch((e: unknown) => console.warn('Could not refresh the coverage cache', e));
  }, [store, policyType]);
  const [phase, setPhase] = useState<Phase | ''>('');
  const [sort, setSort] = useState<'name' | 'gaps'>('name');
  const [open, setOpen] = useState<{ settingId: string; topicId: string } | null>(null);
  const framework = frameworkFor(config, policyType);
  const inputs = useMemo<CoverageSettingInput[]>(
    () =>
      data.settings.map((setting) => {
        const policy = data.policyBySetting.get(setting.id);
        return {
          settingId: setting.id,
          name: setting.name,
          phase: setting.phase,
          policy: policy
            ? {
                policyId: policy.id,
                versionId: policy.currentVersionId,
                title: policy.title,
                topics: (policy.currentVersionId && data.topics.get(policy.currentVersionId)) || [],
              }
            : null,
        };
      }),
    [data],
  );
  const matrix = useMemo(
    () =>
      framework
        ? coverageMatrix({
            policyType,
            framework,
            settings: inputs,
            overrides: data.overrides,
            asOf,
            phases: phase ? [phase] : [],
            sort,
          })
        : null,
    [framework, policyType, inputs, data.overrides, asOf, phase, sort],
  );

  if (!framework || !matrix) {
    return (
      <EmptyState title={`No framework for ${POLICY_TYPE_LABELS[policyType].toLowerCase()} policies`}>
        <p>
          Set up the topics this policy type should cover on the Framework tab, then come back to see each
          setting’s coverage.
        </p>
      </EmptyState>
    );
  }
  if (data.settings.length === 0) {
    return (
      <EmptyState title="No settings yet">
        <p>Add your settings and import their policies to compare them.</p>
      </EmptyState>
    );
  }

  const exportCsv = async () => {
    try {
      if (await saveCsv(`coverage-${policyType.replace(/_/g, '-')}-${asOf}.csv`, matrixRows(matrix)))
        toasts.show({ kind: 'success', message: 'Coverage matrix exported' });
    } catch (error) {
      toasts.error(error, 'The matrix was not exported');
    }
  };
  const withPolicy = matrix.rows.length - matrix.withoutPolicy;
  const openRow = open ? matrix.rows.find((r) => r.settingId === open.settingId) : undefined;
  const openCell = openRow?.cells.find((c) => c.topicId === open!.topicId);
  return (
    <>
      <div className="toolbar">
        <PhaseFilter value={phase} onChange={(value) => setPhase(value)} />
        <label className="inline-field">
          <span>Sort</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as 'name' | 'gaps')}>
            <option value="name">By name</option>
            <option value="gaps">Most gaps first</option>
          </select>
        </label>
        <button type="button" className="button" onClick={() => void exportCsv()}>
          Export matrix as CSV
        </button>
        <span className="toolbar-count" aria-live="polite">
          {matrix.rows.length} settings · {withPolicy} with a policy · {percent(matrix.percent)} covered
          {matrix.overridesApplied > 0 ? ` · ${matrix.overridesApplied} overruled` : ''}
        </span>
      </div>
      <Legend />
      {matrix.rows.length === 0 ? (
        <p className="muted">No settings of this phase.</p>
      ) : (
        <Matrix
          rows={matrix.rows}
          columns={matrix.columns}
          onOpen={(settingId, topicId) => setOpen({ settingId, topicId })}
        />
      )}
      {withPolicy === 0 && matrix.rows.length > 0 && (
        <p className="muted">
          No setting has a {POLICY_TYPE_LABELS[policyType].toLowerCase()} policy yet: import policies to see
          their coverage.
        </p>
      )}
      {open && openRow && openCell && (
        <EvidenceDialog
          key={`${open.settingId}/${open.topicId}`}
          policyType={policyType}
          row={openRow}
          cell={openCell}
          topic={framework.topics.find((t) => t.id === openCell.topicId)!}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

function Legend() {
  return (
    <p className="matrix-legend" role="group" aria-label="Key">
      <StatusBadge tone="green">Covered</StatusBadge>
      <StatusBadge tone="amber">Partly</StatusBadge>
      <StatusBadge tone="grey">Not covered</StatusBadge>
      <StatusBadge tone="red">Missing: required for the phase</StatusBadge>
      <span className="overruled-mark">✎ overruled by a person</span>
      <span className="muted">The number is how many passages support the judgement.</span>
    </p>
  );
}

function Matrix({
  rows,
  columns,
  onOpen,
}: {
  rows: CoverageRow[];
  columns: ReturnType<typeof coverageMatrix>['columns'];
  onOpen: (settingId: string, topicId: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser's functions are read during this render only, never passed to memoised children.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  useEffect(() => {
    mark('compare-matrix-rendered');
  }, []);
  const template = `minmax(15rem, 18rem) repeat(${columns.length}, 7.5rem)`;
  return (
    <div ref={scrollRef} className="matrix-scroll" tabIndex={0} role="region" aria-label="Coverage matrix, scrollable">
      <div
        role="table"
        aria-label="Coverage matrix"
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
        className="matrix"
        style={{ width: `calc(18rem + ${columns.length} * 7.5rem)` }}
      >
        <div role="rowgroup" className="matrix-head">
          <div role="row" aria-rowindex={1} className="matrix-row" style={{ gridTemplateColumns: template }}>
            <div role="columnheader" className="matrix-corner">
              Setting <span className="muted">(coverage)</span>
            </div>
            {columns.map((c) => (
              <div
                role="columnheader"
                key={c.topicId}
                className="matrix-colhead"
                title={
                  c.requiredForPhases.length > 0
                    ? `Required for: ${c.requiredForPhases.map((p) => PHASE_LABELS[p]).join(', ')}`
                    : 'Not required for any phase'
                }
              >
                <span className="matrix-topic">{c.label}</span>
                <span className="matrix-colpct">
                  {percent(c.percent)}
                  {c.requiredMissing > 0 && (
                    <span className="matrix-colmissing"> · {c.requiredMissing} missing</span>
                  )}
                </span>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="matrix-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
            return (
              <div
                role="row"
                key={r.settingId}
                aria-rowindex={item.index + 2}
                className="matrix-row matrix-bodyrow"
                style={{
                  gridTemplateColumns: template,
                  transform: `translateY(${item.start}px)`,
                  height: ROW_HEIGHT,
                }}
              >
                <div role="rowheader" className="matrix-rowhead">
                  <Link to={`/settings/${r.settingId}`} className="matrix-setting">
                    {r.name}
                  </Link>
                  <span className="matrix-rowmeta">
                    {PHASE_LABELS[r.phase]} · {r.policyId ? percent(r.percent) : 'no policy'}
                    {r.requiredMissing.length > 0 && (
                      <span className="matrix-rowmissing">
                        {' '}
                        · {r.requiredMissing.length} required missing
                      </span>
                    )}
                  </span>
                </div>
                {r.cells.map((c, k) => (
                  <div role="cell" key={c.topicId} className="matrix-cell">
                    <CellButton row={r} cell={c} label={columns[k]!.label} onOpen={onOpen} />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function CellButton({
  row,
  cell,
  label,
  onOpen,
}: {
  row: CoverageRow;
  cell: CoverageCell;
  label: string;
  onOpen: (settingId: string, topicId: string) => void;
}) {
  const word = coverageWord(cell.status, cell.requiredMissing);
  const tone = coverageTone(cell.status, cell.requiredMissing);
  const name = `${row.name}, ${label}: ${word}${cell.requiredMissing ? ' (required)' : ''}, ${cell.passageCount} passage${cell.passageCount === 1 ? '' : 's'}${cell.override ? ', overruled' : ''}`;
  return (
    <button
      type="button"
      className={`cell-button cell-${tone}`}
      aria-label={name}
      title={cell.override ? `Overruled: ${cell.override.note || 'no note'}` : undefined}
      onClick={() => onOpen(row.settingId, cell.topicId)}
    >
      <span className="cell-word">{word}</span>
      {cell.passageCount > 0 && <span className="cell-count">{cell.passageCount}</span>}
      {cell.override && (
        <span className="cell-overruled" aria-hidden="true">
          ✎
        </span>
      )}
    </button>
  );
}
