// Compare: one policy type across every setting. Coverage against the trust framework, positions side
// by side, clause-by-clause comparison, template families, currency and fit, and the framework itself.
// The tab and the policy type live in the address (?tab=…&type=…), so a view can be linked and reloaded.
import { useMemo, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { POLICY_TYPES, POLICY_TYPE_LABELS, isPolicyType, type PolicyType } from '../../../core/vocabulary';
import type { AppConfig } from '../../../core/config';
import { useStore } from '../../app/db-context';
import { PageHeader, Spinner } from '../../components/page';
import type { CompareData } from '../../../data/repos/compare-repo';
import { CoverageView } from './coverage-view';
import { PositionsView } from './positions-view';
import { ClausesView } from './clauses-view';
import { FamiliesView } from './families-view';
import { CurrencyView } from './currency-view';
import { FrameworkView } from './framework-view';
import './compare.css';

const TABS = [
  { id: 'coverage', label: 'Coverage' },
  { id: 'positions', label: 'Positions' },
  { id: 'clauses', label: 'Clause by clause' },
  { id: 'families', label: 'Template families' },
  { id: 'currency', label: 'Currency and fit' },
  { id: 'framework', label: 'Framework' },
] as const;
type TabId = (typeof TABS)[number]['id'];

export interface CompareViewProps {
  policyType: PolicyType;
  config: AppConfig;
  data: CompareData;
}

export default function ComparePage() {
  const store = useStore();
  const [params, setParams] = useSearchParams();
  const tab: TabId = TABS.some((t) => t.id === params.get('tab')) ? (params.get('tab') as TabId) : 'coverage';
  const typeParam = params.get('type');
  const policyType: PolicyType = isPolicyType(typeParam) ? typeParam : 'social_media';
  const config = useLiveQuery(() => store.config.load(), [store]);
  // The matrix reads only topic evidence (cached); the other views need the documents themselves.
  const needsDocuments = tab !== 'coverage';
  const matrix = useLiveQuery(
    () => (needsDocuments ? null : store.compare.loadMatrix(policyType)),
    [store, policyType, needsDocuments],
  );
  const data = useLiveQuery(
    () => (needsDocuments ? store.compare.load(policyType) : null),
    [store, policyType, needsDocuments],
  );

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    setParams(next, { replace: true });
  };
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? TABS.length - 1
          : (index + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length;
    set({ tab: TABS[next]!.id });
    document.getElementById(`compare-tab-${TABS[next]!.id}`)?.focus();
  };
  const props = useMemo(
    () => (config && data && data.policyType === policyType ? { policyType, config, data } : null),
    [policyType, config, data],
  );
  const matrixProps = useMemo(
    () => (config && matrix && matrix.policyType === policyType ? { policyType, config, matrix } : null),
    [policyType, config, matrix],
  );

  return (
    <>
      <PageHeader
        title="Compare"
        description="How each setting’s policy measures up to the trust framework, where settings differ, and what each has changed."
        actions={
          <label className="inline-field">
            <span>Policy type</span>
            <select value={policyType} onChange={(e) => set({ type: e.target.value })}>
              {POLICY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {POLICY_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </label>
        }
      />
      <div role="tablist" aria-label="Comparisons" className="tabs">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`compare-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`compare-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className={tab === t.id ? 'tab tab-active' : 'tab'}
            onClick={() => set({ tab: t.id })}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <section
        role="tabpanel"
        id={`compare-panel-${tab}`}
        aria-labelledby={`compare-tab-${tab}`}
        className="tab-panel"
      >
        {tab === 'coverage' ? (
          matrixProps ? (
            <CoverageView {...matrixProps} />
          ) : (
            <Spinner label="Loading the coverage matrix…" />
          )
        ) : !props ? (
          <Spinner label="Loading the comparison…" />
        ) : tab === 'positions' ? (
          <PositionsView {...props} />
        ) : tab === 'clauses' ? (
          <ClausesView {...props} />
        ) : tab === 'families' ? (
          <FamiliesView {...props} />
        ) : tab === 'currency' ? (
          <CurrencyView {...props} />
        ) : (
          <FrameworkView {...props} />
        )}
      </section>
    </>
  );
}
