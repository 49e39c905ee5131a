import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingId } from '../../../core/ids';
import { PHASE_LABELS, SETTING_TYPE_LABELS } from '../../../core/vocabulary';
import { formatUkDate } from '../../../core/dates';
import { useStore } from '../../app/db-context';
import { PageHeader, Spinner, StatusBadge } from '../../components/page';
import { SettingEditor } from './setting-editor';
import { SettingPolicies } from '../policies/setting-policies';
import { SettingTrainingSection } from '../training/setting-training';
import { SettingVisits } from '../visits/setting-visits';
import { SettingLeads } from '../leads/setting-leads';

export default function SettingPage() {
  const { settingId } = useParams();
  const store = useStore();
  const all = useLiveQuery(() => store.settings.list(), [store]);
  const [editing, setEditing] = useState(false);
  if (!all) return <Spinner label="Loading…" />;
  const setting = all.find((s) => s.id === (settingId as SettingId));
  if (!setting) {
    return (
      <section>
        <h1>Setting not found</h1>
        <p>
          <Link to="/settings">Back to settings</Link>
        </p>
      </section>
    );
  }
  const linked = all.filter((s) => setting.linkedSettingIds.includes(s.id));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/settings">Settings</Link>
      </p>
      <PageHeader
        title={setting.name}
        description={setting.archived ? <StatusBadge tone="grey">Archived</StatusBadge> : undefined}
        actions={
          <>
            <Link
              className="button"
              to={`/reports?setting=${setting.id}`}
              aria-label={`Governor report for ${setting.name}`}
            >
              Governor report
            </Link>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit setting
            </button>
          </>
        }
      />
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <dl className="facts">
          <dt>Phase</dt>
          <dd>{PHASE_LABELS[setting.phase]}</dd>
          <dt>Type</dt>
          <dd>{SETTING_TYPE_LABELS[setting.type]}</dd>
          <dt>Local authority</dt>
          <dd>{setting.localAuthority || '—'}</dd>
          <dt>URN or Ofsted number</dt>
          <dd>{setting.urn || '—'}</dd>
          <dt>Linked with</dt>
          <dd>
            {linked.length === 0
              ? '—'
              : linked.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && ', '}
                    <Link to={`/settings/${s.id}`}>{s.name}</Link>
                  </span>
                ))}
          </dd>
          <dt>Added</dt>
          <dd>{formatUkDate(setting.createdAt.slice(0, 10))}</dd>
        </dl>
      </section>
      <SettingPolicies settingId={setting.id} settingName={setting.name} />
      <SettingLeads settingId={setting.id} settingName={setting.name} />
      <SettingTrainingSection settingId={setting.id} />
      <SettingVisits settingId={setting.id} settingName={setting.name} />
      {editing && <SettingEditor open onClose={() => setEditing(false)} editing={setting} all={all} />}
    </>
  );
}
