// One policy: the review screen for a version (its text with the extracted values highlighted, the
// fields beside it to confirm or correct), its version history, a clause-by-clause comparison of any
// two versions, and its original file (opened in the system's own app) or plain text.
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { documentText } from '../../../core/document';
import type { PolicyId, PolicyVersionId } from '../../../core/ids';
import { effectiveField, CORRECTABLE_FIELDS } from '../../../core/policies/effective';
import { formatUkDate } from '../../../core/dates';
import { POLICY_TYPE_LABELS } from '../../../core/vocabulary';
import { nowIso } from '../../../data/db';
import { useStore } from '../../app/db-context';
import { PageHeader, Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { platform } from '../../platform';
import { DocumentText, type EvidenceMark } from './document-text';
import { FIELD_LABELS } from './field-defs';
import { FieldsPanel } from './fields-panel';
import { readAgain } from './import/read-again';
import { VersionsView } from './versions-view';
import { CompareVersions } from './compare-versions';
import { MoveSettingButton } from './move-setting';
import './policies.css';
import { PolicyReviewPanel } from '../reviews/review-panel';
import { AddNamedLeadsButton } from '../leads/from-policy-dialog';

type View = 'review' | 'history' | 'compare' | 'reviews' | 'text';
const VIEWS: { view: View; label: string }[] = [
  { view: 'review', label: 'Review fields' },
  { view: 'history', label: 'Version history' },
  { view: 'compare', label: 'Compare versions' },
  { view: 'reviews', label: 'Review record' },
  { view: 'text', label: 'Plain text' },
];

export default function PolicyPage() {
  const { policyId } = useParams();
  const [params] = useSearchParams();
  const store = useStore();
  const toasts = useToasts();
  const data = useLiveQuery(async () => {
    const policy = await store.policies.get(policyId as PolicyId);
    if (!policy) return null;
    const [setting, versions] = await Promise.all([
      store.settings.get(policy.settingId),
      store.policies.versions(policy.id),
    ]);
    return { policy, setting, versions };
  }, [store, policyId]);
  const [activeField, setActiveField] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const view = (params.get('view') as View | null) ?? 'review';
  const versionId = params.get('version') as PolicyVersionId | null;
  const version = useMemo(() => {
    if (!data) return undefined;
    return (
      data.versions.find((v) => v.id === versionId) ??
      data.versions.find((v) => v.id === data.policy.currentVersionId) ??
      data.versions[0]
    );
  }, [data, versionId]);
  const marks = useMemo<EvidenceMark[]>(() => {
    if (!version) return [];
    const fields = CORRECTABLE_FIELDS.flatMap((field) => {
      const f = effectiveField(version.extraction, version.corrections, field);
      return f.sources.map((s) => ({
        ...s,
        label: FIELD_LABELS[field],
        key: field,
        corrected: f.origin === 'corrected' && f.correction?.note !== 'confirmed',
      }));
    });
    // Topic passages are marked only while their topic is being shown: they are whole sentences.
    const topic = activeField?.startsWith('topic:')
      ? version.extraction.topics.find((t) => `topic:${t.topicId}` === activeField)
      : undefined;
    const passages = (topic?.passages ?? []).map((s) => ({
      ...s,
      label: `Topic: ${topic!.topicId.replace(/_/g, ' ')}`,
      key: activeField!,
      corrected: false,
    }));
    return [...fields, ...passages];
  }, [version, activeField]);

  if (data === undefined) return <Spinner label="Loading the policy…" />;
  if (data === null) {
    return (
      <section>
        <h1>Policy not found</h1>
        <p>
          <Link to="/policies">Back to the policy library</Link>
        </p>
      </section>
    );
  }
  const { policy, setting, versions } = data;
  const isCurrent = version?.id === policy.currentVersionId;
  const linkTo = (v: View) => {
    const next = new URLSearchParams(params);
    next.set('view', v);
    next.delete('block');
    return `?${next.toString()}`;
  };
  const act = async (label: string, action: () => Promise<void>, done: string) => {
    setBusy(label);
    try {
      await action();
      toasts.show({ kind: 'success', message: done });
    } catch (error) {
      toasts.error(error);
    } finally {
      setBusy(null);
    }
  };
  const openOriginal = async () => {
    if (!version) return;
    const file = await store.policies.file(version.fileId);
    if (!file) throw new Error(`The original file of '${version.fileName}' is missing`);
    await platform.openWithSystem({ name: file.name, bytes: file.bytes });
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/policies">Policies</Link>
        {setting && (
          <>
            {' / '}
            <Link to={`/settings/${setting.id}`}>{setting.name}</Link>
          </>
        )}
      </p>
      <PageHeader
        title={policy.title}
        description={
          <>
            {POLICY_TYPE_LABELS[policy.type]} policy{setting ? ` of ${setting.name}` : ''}.{' '}
            {version && (
              <>
                {isCurrent ? (
                  <StatusBadge tone="green">Current version</StatusBadge>
                ) : (
                  <StatusBadge tone="grey">Earlier version</StatusBadge>
                )}{' '}
                {version.fileName}, imported {formatUkDate(version.importedAt.slice(0, 10))}
                {version.confirmedAt ? (
                  <>
                    {' '}
                    · <StatusBadge tone="green">Fields checked</StatusBadge>
                  </>
                ) : null}
              </>
            )}
          </>
        }
        actions={
          version && (
            <>
              <button
                type="button"
                className="button"
                disabled={busy !== null}
                onClick={() => void act('open', openOriginal, `Opened ${version.fileName}`)}
              >
                Open original file
              </button>
              <button
                type="button"
                className="button"
                disabled={busy !== null}
                onClick={() =>
                  void act(
                    'reread',
                    () => readAgain(store, version.id),
                    `Read ${version.fileName} again; your corrections are kept`,
                  )
                }
              >
                {busy === 'reread' ? 'Reading…' : 'Read again'}
              </button>
              <MoveSettingButton policy={policy} settingName={setting?.name ?? 'no setting'} />
              {isCurrent && setting && (
                <AddNamedLeadsButton policyId={policy.id} title={policy.title} settingName={setting.name} />
              )}
              {!version.confirmedAt && (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy !== null}
                  onClick={() =>
                    void act(
                      'confirm',
                      () => store.policies.confirm(version.id, nowIso()),
                      'Fields marked as checked',
                    )
                  }
                >
                  Confirm all fields
                </button>
              )}
            </>
          )
        }
      />
      <nav className="policy-tabs" aria-label="Policy views">
        {VIEWS.map((v) => (
          <Link key={v.view} to={linkTo(v.view)} aria-current={view === v.view ? 'page' : undefined}>
            {v.label}
          </Link>
        ))}
      </nav>
      {version?.document.warnings.length ? (
        <p className="notice notice-amber">Reading notes: {version.document.warnings.join('; ')}</p>
      ) : null}
      {!version ? (
        <p className="muted">This policy has no document yet.</p>
      ) : view === 'review' ? (
        <div className="review-layout">
          <DocumentText
            doc={version.document}
            marks={marks}
            activeKey={activeField}
            targetBlock={params.get('block')}
          />
          <FieldsPanel
            extraction={version.extraction}
            corrections={version.corrections}
            activeField={activeField}
            onShow={(field) => setActiveField((f) => (f === field ? null : field))}
            onCorrect={async (field, value, note) => {
              await store.policies.setCorrection(version.id, {
                field,
                value,
                correctedAt: nowIso(),
                ...(note ? { note } : {}),
              });
              toasts.show({
                kind: 'success',
                message:
                  note === 'confirmed'
                    ? `${FIELD_LABELS[field]} confirmed`
                    : `${FIELD_LABELS[field]} corrected`,
              });
            }}
            onUndo={async (field) => {
              await store.policies.clearCorrection(version.id, field);
              toasts.show({
                kind: 'success',
                message: `${FIELD_LABELS[field]} is back to what the document says`,
              });
            }}
          />
        </div>
      ) : view === 'reviews' ? (
        <PolicyReviewPanel policyId={policy.id} />
      ) : view === 'history' ? (
        <VersionsView policy={policy} versions={versions} selected={version.id} />
      ) : view === 'compare' ? (
        <CompareVersions versions={versions} currentId={policy.currentVersionId} />
      ) : (
        <pre className="plain-text" aria-label="Plain text of the document">
          {documentText(version.document)}
        </pre>
      )}
    </>
  );
}
