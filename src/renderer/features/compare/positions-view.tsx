// Positions side by side: each setting's stance on the questions where settings differ, read from its
// policy with the passages that say so, correctable, with disagreement flagged.
import { useMemo, useState } from 'react';
import {
  comparePositions,
  extractPositions,
  type Position,
  type PositionQuestion,
  type PositionsQuestionRow,
} from '../../../core/compare/positions';
import { comparisonFacts, type SettingPolicy } from '../../../core/compare/inputs';
import { positionsRows } from '../../../core/compare/export';
import { spanText } from '../../../core/document';
import type { SettingId } from '../../../core/ids';
import { EmptyState, Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { useToday } from '../../app/today';
import type { CompareViewProps } from './compare-page';
import { saveCsv, settingPolicies } from './shared';
import { useChunked } from './use-chunked';
import { PositionDialog } from './position-dialog';

const readPositions = (row: SettingPolicy): Position[] =>
  row.version ? extractPositions(row.version.document, comparisonFacts(row.version)) : [];

export function PositionsView({ policyType, data }: CompareViewProps) {
  const asOf = useToday();
  const toasts = useToasts();
  const rows = useMemo(() => settingPolicies(data), [data]);
  const { results, done } = useChunked(rows, readPositions);
  const [open, setOpen] = useState<{ settingId: SettingId; question: PositionQuestion } | null>(null);

  const comparison = useMemo(() => {
    if (!results) return null;
    return comparePositions({
      policyType,
      asOf,
      settings: rows.map((r, i) => ({
        settingId: r.setting.id,
        name: r.setting.name,
        phase: r.setting.phase,
        policyId: r.policy?.id ?? null,
        positions: results[i]!,
        corrections: r.policy ? data.positionCorrections.filter((c) => c.policyId === r.policy!.id) : [],
      })),
    });
  }, [results, rows, data.positionCorrections, policyType, asOf]);

  if (data.settings.length === 0) return <EmptyState title="No settings yet" />;
  if (!comparison) return <Spinner label={`Reading positions… ${done} of ${rows.length} policies`} />;

  const withPolicy = rows.filter((r) => r.policy);
  const exportCsv = async () => {
    try {
      const docs = new Map(rows.map((r) => [r.setting.id, r.version?.document]));
      const text = (settingId: SettingId, span: Parameters<typeof spanText>[1]) => {
        const d = docs.get(settingId);
        return d ? spanText(d, span) : '';
      };
      if (
        await saveCsv(
          `positions-${policyType.replace(/_/g, '-')}-${asOf}.csv`,
          positionsRows(comparison, text),
        )
      )
        toasts.show({ kind: 'success', message: 'Positions exported' });
    } catch (error) {
      toasts.error(error, 'The positions were not exported');
    }
  };
  const openRow = open ? rows.find((r) => r.setting.id === open.settingId) : undefined;
  const openQuestion = open ? comparison.questions.find((q) => q.question === open.question) : undefined;
  const openPosition = openQuestion?.settings.find((s) => s.settingId === open?.settingId)?.position;

  return (
    <>
      <div className="toolbar">
        <button type="button" className="button" onClick={() => void exportCsv()}>
          Export positions as CSV
        </button>
        <span className="toolbar-count">
          {withPolicy.length} of {rows.length} settings have a policy of this type ·{' '}
          {comparison.disagreements.length} question{comparison.disagreements.length === 1 ? '' : 's'} where
          settings disagree
        </span>
      </div>
      <ul className="question-summary" aria-label="Where settings stand">
        {comparison.questions.map((q) => (
          <li key={q.question} className="card question-card">
            <h3>{q.label}</h3>
            <Agreement q={q} />
            <ul className="answers">
              {q.answers.map((a) => (
                <li key={a.key}>
                  {a.label}: <strong>{a.settings}</strong>
                </li>
              ))}
              {q.notStated > 0 && (
                <li className="muted">
                  Not stated: <strong>{q.notStated}</strong>
                </li>
              )}
            </ul>
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="table positions-table" aria-label="Positions side by side">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              {comparison.questions.map((q) => (
                <th scope="col" key={q.question}>
                  {q.label}
                  <div>
                    <Agreement q={q} />
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.setting.id}>
                <th scope="row">
                  {r.setting.name}
                  {!r.policy && <div className="muted">No policy of this type</div>}
                </th>
                {comparison.questions.map((q) => {
                  const p = q.settings[i]!.position;
                  // Where most settings agree, the ones that differ stand out (not when every answer is different).
                  const minority =
                    q.disagreement &&
                    p.definite &&
                    (q.answers[0]?.settings ?? 0) > 1 &&
                    q.answers[0]?.key !== p.key;
                  return (
                    <td key={q.question} className={minority ? 'position-differs' : undefined}>
                      <button
                        type="button"
                        className="button-link position-button"
                        aria-label={`${r.setting.name}: ${q.label}: ${p.label}${p.source === 'correction' ? ' (corrected)' : ''}`}
                        onClick={() => setOpen({ settingId: r.setting.id, question: q.question })}
                        disabled={!r.policy}
                      >
                        {p.label}
                      </button>
                      {p.source === 'correction' && (
                        <div>
                          <StatusBadge tone="blue">Corrected</StatusBadge>
                        </div>
                      )}
                      {p.passages.length > 0 && (
                        <div className="muted small">
                          {p.passages.length} passage{p.passages.length === 1 ? '' : 's'}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open && openRow?.policy && openQuestion && openPosition && (
        <PositionDialog
          key={`${open.settingId}/${open.question}`}
          row={openRow}
          question={openQuestion}
          position={openPosition}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}

function Agreement({ q }: { q: PositionsQuestionRow }) {
  if (q.disagreement) return <StatusBadge tone="amber">Settings disagree</StatusBadge>;
  if (q.answers.length === 0) return <StatusBadge tone="grey">Not stated anywhere</StatusBadge>;
  return <StatusBadge tone="green">Settings agree</StatusBadge>;
}
