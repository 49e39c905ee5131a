// The policy library: every policy across the settings, filtered by setting, phase, type and review
// status, with full-text search across every document (in a worker, so typing never stalls the page).
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { formatUkDate } from '../../../core/dates';
import { REVIEW_STATUS_LABELS, REVIEW_STATUSES, type ReviewStatus } from '../../../core/reviews/status';
import { sortSettings } from '../../../core/settings';
import { POLICY_TYPE_LABELS, type Phase, type PolicyType } from '../../../core/vocabulary';
import { ReviewsRepo } from '../../../data/repos/reviews-repo';
import { useStore } from '../../app/db-context';
import { mark } from '../../app/perf';
import { useToday } from '../../app/today';
import { EmptyState, PageHeader, Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { pickAndImport } from './import/pick-files';
import { useLiveData } from './use-live-data';
import { importStore } from './import/import-run';
import { searchPolicies, syncSearch } from './search/search-client';
import type { SearchHit } from './search/search-protocol';
import { REVIEW_TONES } from './review-tones';
import './policies.css';
import {
  PhaseFilter,
  PolicyTypeFilter,
  SearchFilter,
  SelectFilter,
  useFilterParams,
} from '../../components/filters';
import { NameOptions } from '../../components/field';

const PAGE = 100;

export default function PoliciesPage() {
  const store = useStore();
  const toasts = useToasts();
  const today = useToday();
  const inputs = useLiveData(() => store.reviews.loadInputs(), [store]);
  const importing = useSyncExternalStore(importStore.subscribe, () => importStore.get().running);
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<{ query: string; hits: Map<string, SearchHit> } | null>(null);
  const [shown, setShown] = useState(PAGE);
  const { params, setParams, setFilter } = useFilterParams(() => setShown(PAGE));
  const setting = params.get('setting') ?? '';
  const phase = (params.get('phase') ?? '') as Phase | '';
  const type = (params.get('type') ?? '') as PolicyType | '';
  const status = (params.get('status') ?? '') as ReviewStatus | '';

  // File > Import policies (the desktop menu) lands here with ?import=1.
  useEffect(() => {
    if (params.get('import') !== '1') return;
    const next = new URLSearchParams(params);
    next.delete('import');
    setParams(next, { replace: true });
    void pickAndImport(store).catch((error: unknown) =>
      toasts.error(error, 'The policies were not imported'),
    );
  }, [params, setParams, store, toasts]);

  // Keep the search's copy of the texts fresh: after every change to the policies (imports included).
  const policyCount = inputs?.policies.length;
  const running = useRef(0);
  useEffect(() => {
    if (policyCount === undefined) return;
    void syncSearch().catch((error: unknown) => toasts.error(error));
  }, [policyCount, inputs, toasts]);

  // Results are kept with the query they answer: a stale answer is never shown for a newer query.
  const q = query.trim();
  useEffect(() => {
    if (q.length < 2) return;
    const ticket = ++running.current;
    const timer = window.setTimeout(() => {
      const started = performance.now();
      searchPolicies(q)
        .then((result) => {
          if (ticket !== running.current) return;
          setAnswer({ query: q, hits: new Map(result.hits.map((h) => [h.policyId, h])) });
          // For the benchmarks: the round trip to the search worker, and the scan itself.
          performance.measure(`oversight:policy-search:${q}`, {
            start: started,
            end: performance.now(),
            detail: { scanMs: result.ms, hits: result.hits.length },
          });
        })
        .catch((error: unknown) => toasts.error(error));
    }, 120);
    return () => window.clearTimeout(timer);
  }, [q, toasts]);
  // While a new query runs, the previous results stay on screen rather than flashing empty.
  const hits = q.length >= 2 ? (answer?.hits ?? null) : null;
  const searching = q.length >= 2 && answer?.query !== q;

  const rows = useMemo(() => {
    if (!inputs) return [];
    const settings = new Map(inputs.settings.map((s) => [s.id, s]));
    const reviews = new Map(ReviewsRepo.assess(inputs, today).map((r) => [r.policyId as string, r]));
    return inputs.policies.map(({ policy, summary }) => ({
      policy,
      summary,
      setting: settings.get(policy.settingId),
      review: reviews.get(policy.id),
    }));
  }, [inputs, today]);

  const visible = useMemo(() => {
    const list = rows.filter(
      (r) =>
        (!setting || r.policy.settingId === setting) &&
        (!phase || r.setting?.phase === phase) &&
        (!type || r.policy.type === type) &&
        (!status || r.review?.status.status === status) &&
        (!hits || hits.has(r.policy.id)),
    );
    if (hits)
      return list.sort((a, b) => (hits.get(b.policy.id)?.score ?? 0) - (hits.get(a.policy.id)?.score ?? 0));
    return list.sort(
      (a, b) =>
        (a.setting?.name ?? '').localeCompare(b.setting?.name ?? '') ||
        a.policy.title.localeCompare(b.policy.title),
    );
  }, [rows, setting, phase, type, status, hits]);

  useEffect(() => {
    if (inputs) mark('policies-rendered');
  }, [inputs]);

  if (!inputs) return <Spinner label="Loading policies…" />;
  const settings = sortSettings(inputs.settings);
  const importButton = (
    <button
      type="button"
      className="button button-primary"
      onClick={() =>
        void pickAndImport(store).catch((error: unknown) =>
          toasts.error(error, 'The policies were not imported'),
        )
      }
    >
      Import policies
    </button>
  );
  return (
    <>
      <PageHeader
        title="Policies"
        description="Every policy of every setting, read from the documents you import. Drop files or folders anywhere to import them."
        actions={importButton}
      />
      {rows.length === 0 ? (
        <EmptyState title="No policies yet" actions={importButton}>
          <p>
            Import each setting’s policies (Word, PDF, text or web pages), or drop them onto this window.
            Oversight reads them and pulls out their dates, leads and topics for you to check.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar" role="search">
            <SearchFilter
              label="Search policies"
              value={query}
              onChange={(value) => setQuery(value)}
              placeholder="Words in any policy, e.g. “personal devices”"
              className="policy-search"
            />
            <label className="inline-field">
              <span>Setting</span>
              <select value={setting} onChange={(e) => setFilter('setting', e.target.value)}>
                <option value="">All settings</option>
                <NameOptions items={settings} />
              </select>
            </label>
            <PhaseFilter value={phase} onChange={(value) => setFilter('phase', value)} />
            <PolicyTypeFilter label="Type" value={type} onChange={(value) => setFilter('type', value)} />
            <SelectFilter
              label="Review status"
              value={status}
              onChange={(value) => setFilter('status', value)}
              options={REVIEW_STATUSES}
              labels={REVIEW_STATUS_LABELS}
              allLabel="All review statuses"
            />
            <span className="toolbar-count" aria-live="polite">
              {importing
                ? 'Importing: the list refreshes when it finishes'
                : searching
                  ? 'Searching…'
                  : `${visible.length} of ${rows.length} policies`}
            </span>
          </div>
          <table className="table" aria-label="Policies">
            <thead>
              <tr>
                <th scope="col">Policy</th>
                <th scope="col">Setting</th>
                <th scope="col">Type</th>
                <th scope="col">Approved or reviewed</th>
                <th scope="col">Review status</th>
                <th scope="col">Fields</th>
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map(({ policy, summary, setting: s, review }) => {
                const hit = hits?.get(policy.id);
                const facts = summary.facts;
                const dated = facts?.approved ?? facts?.lastReviewed ?? null;
                return (
                  <tr key={policy.id}>
                    <th scope="row">
                      <Link
                        to={`/policies/${policy.id}`}
                        aria-label={`${policy.title}, ${s?.name ?? 'no setting'}`}
                      >
                        {policy.title}
                      </Link>
                      {hit && <Snippet hit={hit} />}
                    </th>
                    <td>{s ? <Link to={`/settings/${s.id}`}>{s.name}</Link> : '—'}</td>
                    <td>{POLICY_TYPE_LABELS[policy.type]}</td>
                    <td className="nowrap">{dated ? formatUkDate(dated) : '—'}</td>
                    <td>
                      {review ? (
                        <StatusBadge tone={REVIEW_TONES[review.status.status]} title={review.status.reason}>
                          {REVIEW_STATUS_LABELS[review.status.status]}
                        </StatusBadge>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>
                      {summary.confirmedAt ? (
                        <StatusBadge tone="green">Checked</StatusBadge>
                      ) : (
                        <StatusBadge tone="amber">To check</StatusBadge>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {visible.length > shown && (
            <div className="more-row">
              <button type="button" className="button" onClick={() => setShown((n) => n + PAGE * 5)}>
                Show more policies ({visible.length - shown} more)
              </button>
            </div>
          )}
          {visible.length === 0 && !searching && (
            <p className="muted">
              {hits
                ? `No policy mentions “${query.trim()}” with these filters.`
                : 'No policies match these filters.'}
            </p>
          )}
        </>
      )}
    </>
  );
}

function Snippet({ hit }: { hit: SearchHit }) {
  if (!hit.match) return <span className="policy-snippet">{hit.snippet}</span>;
  const [a, b] = hit.match;
  return (
    <span className="policy-snippet">
      {hit.snippet.slice(0, a)}
      <mark>{hit.snippet.slice(a, b)}</mark>
      {hit.snippet.slice(b)}
    </span>
  );
}
