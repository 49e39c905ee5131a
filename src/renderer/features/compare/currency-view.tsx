// Currency and fit: stale guidance citations (against the catalogue of editions in force, editable here
// as new editions appear each September), required topics missing for the phase, outdated early-years
// terms, and review cadences longer than the trust standard.
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { currencyReport, describeMonths } from '../../../core/compare/currency';
import { currencyInputs } from '../../../core/compare/inputs';
import { frameworkFor } from '../../../core/config';
import { PHASE_LABELS, POLICY_TYPE_LABELS } from '../../../core/vocabulary';
import { EmptyState, StatusBadge } from '../../components/page';
import { useToday } from '../../app/today';
import type { CompareViewProps } from './compare-page';
import { documentLink, settingPolicies } from './shared';
import { GuidanceCatalogue } from './guidance-catalogue';

export function CurrencyView({ policyType, config, data }: CompareViewProps) {
  const asOf = useToday();
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const report = useMemo(
    () =>
      currencyReport({
        policyType,
        framework: frameworkFor(config, policyType),
        guidance: config.guidance,
        standardCadenceMonths: config.standardCadenceMonths[policyType],
        settings: currencyInputs(settingPolicies(data)),
        overrides: data.overrides,
        asOf,
      }),
    [policyType, config, data, asOf],
  );
  const rows = report.rows.filter((r) => r.policyId && (!onlyFlagged || r.flagged));
  const standard = config.standardCadenceMonths[policyType];
  return (
    <>
      <p className="lede">
        Trust standard for {POLICY_TYPE_LABELS[policyType].toLowerCase()} policies: reviewed{' '}
        {describeMonths(standard)}. {report.counts.stale} with stale guidance, {report.counts.missingRequired}{' '}
        missing required topics, {report.counts.outdatedTerms} with outdated terms,{' '}
        {report.counts.cadenceLonger} reviewed less often than the standard, {report.counts.cadenceNotStated}{' '}
        with no cadence stated.
      </p>
      <div className="toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={onlyFlagged} onChange={(e) => setOnlyFlagged(e.target.checked)} />
          Show only settings with something to act on
        </label>
      </div>
      {report.rows.every((r) => !r.policyId) ? (
        <EmptyState title="No policies of this type yet" />
      ) : (
        <div className="table-scroll">
          <table className="table currency-table" aria-label="Currency and fit">
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Guidance cited</th>
                <th scope="col">Required topics missing</th>
                <th scope="col">Outdated terms</th>
                <th scope="col">Review cadence</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.settingId}>
                  <th scope="row">
                    <Link to={documentLink(r.policyId!)}>{r.name}</Link>
                    <div className="muted small">{PHASE_LABELS[r.phase]}</div>
                  </th>
                  <td>
                    {r.stale.length === 0 ? (
                      r.cited.length === 0 ? (
                        <StatusBadge tone="grey">None cited</StatusBadge>
                      ) : (
                        <>
                          <StatusBadge tone="green">Current</StatusBadge>
                          <div className="muted small">{r.cited.join('; ')}</div>
                        </>
                      )
                    ) : (
                      <ul className="plain-list">
                        {r.stale.map((s) => (
                          <li key={`${s.guidanceId}-${s.cited}`}>
                            <StatusBadge tone="red">Stale</StatusBadge>{' '}
                            {s.message.charAt(0).toUpperCase() + s.message.slice(1)}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {r.missingRequired.length === 0 ? (
                      <StatusBadge tone="green">None</StatusBadge>
                    ) : r.missingRequired.length <= 4 ? (
                      <MissingList topics={r.missingRequired} />
                    ) : (
                      <details>
                        <summary>
                          <StatusBadge tone="red">{`${r.missingRequired.length} missing`}</StatusBadge>{' '}
                          {r.missingRequired
                            .slice(0, 2)
                            .map((t) => t.label)
                            .join(', ')}
                          …
                        </summary>
                        <MissingList topics={r.missingRequired} />
                      </details>
                    )}
                  </td>
                  <td>
                    {r.outdatedTerms.length === 0 ? (
                      <span className="muted">None</span>
                    ) : (
                      <ul className="plain-list">
                        {r.outdatedTerms.map((t) => (
                          <li key={t.termId}>
                            <StatusBadge tone="amber">Outdated</StatusBadge> “{t.found}”: now {t.replacement}
                            {r.policyId && t.passages[0] && (
                              <>
                                {' '}
                                <Link
                                  to={documentLink(r.policyId, t.passages[0].blockId)}
                                  aria-label={`Open ${r.name}’s policy where it says “${t.found}”`}
                                >
                                  see where
                                </Link>
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {r.cadence && (
                      <StatusBadge
                        tone={
                          r.cadence.status === 'longer'
                            ? 'red'
                            : r.cadence.status === 'not_stated'
                              ? 'grey'
                              : 'green'
                        }
                      >
                        {r.cadence.status === 'longer'
                          ? 'Longer than standard'
                          : r.cadence.status === 'not_stated'
                            ? 'Not stated'
                            : 'Within standard'}
                      </StatusBadge>
                    )}
                    {r.cadence?.statedMonths != null && (
                      <div className="small">Reviewed {describeMonths(r.cadence.statedMonths)}</div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">Nothing to act on.</p>}
        </div>
      )}
      {report.counts.withoutPolicy > 0 && (
        <p className="muted">
          {report.counts.withoutPolicy} setting{report.counts.withoutPolicy === 1 ? ' has' : 's have'} no{' '}
          {POLICY_TYPE_LABELS[policyType].toLowerCase()} policy.
        </p>
      )}
      <GuidanceCatalogue guidance={config.guidance} asOf={asOf} />
    </>
  );
}

function MissingList({ topics }: { topics: { topicId: string; label: string }[] }) {
  return (
    <ul className="plain-list">
      {topics.map((t) => (
        <li key={t.topicId}>
          <StatusBadge tone="red">Missing</StatusBadge> {t.label}
        </li>
      ))}
    </ul>
  );
}
