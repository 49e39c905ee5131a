// One visit: record each checklist item (judgement, note, evidence), follow up the actions carried forward
// from earlier visits, add actions, complete the visit and write it up.
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatUkDate } from '../../../core/dates';
import type { VisitId } from '../../../core/ids';
import { groupBySection } from '../../../core/visits/checklist';
import { carriedForwardActions } from '../../../core/visits/actions';
import { JUDGEMENT_LABELS, JUDGEMENTS, visitProgress, visitStatusBadge } from '../../../core/visits/visits';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { ConfirmDialog } from '../../components/dialog';
import { PageHeader, Spinner, StatusBadge } from '../../components/page';
import { useToasts } from '../../components/toasts';
import { ActionDialog } from './action-dialog';
import { ActionsTable } from './actions-table';
import { ChecklistItemCard } from './checklist-item';
import { VisitDetailsDialog } from './visit-details-dialog';
import { WriteUpButton } from './write-up-button';
import './visits.css';

export default function VisitPage() {
  const { visitId } = useParams();
  const store = useStore();
  const toasts = useToasts();
  const navigate = useNavigate();
  const asOf = useToday();
  const [dialog, setDialog] = useState<'details' | 'complete' | 'delete' | 'action' | null>(null);
  const data = useLiveQuery(async () => {
    const visit = await store.visits.get(visitId as VisitId);
    if (!visit) return { visit: null };
    const [setting, visits, findings, actions] = await Promise.all([
      store.settings.get(visit.settingId),
      store.db.visits.where('settingId').equals(visit.settingId).toArray(),
      store.visits.findings(visit.id),
      store.db.actions.where('settingId').equals(visit.settingId).toArray(),
    ]);
    return { visit, setting, visits, findings, actions };
  }, [store, visitId]);

  if (!data) return <Spinner label="Loading the visit…" />;
  const { visit } = data;
  if (!visit) {
    return (
      <section>
        <h1>Visit not found</h1>
        <p>
          <Link to="/visits">Back to visits</Link>
        </p>
      </section>
    );
  }
  const { setting, visits, findings, actions } = data as Required<typeof data>;
  const settingName = setting?.name ?? 'a setting no longer in the store';
  const progress = visitProgress(visit, findings);
  const badge = visitStatusBadge(visit, asOf);
  const readOnly = visit.status === 'completed';
  const byItem = new Map(findings.map((f) => [f.itemId, f]));
  const own = actions.filter((a) => a.visitId === visit.id);
  const carried = carriedForwardActions(visit, visits, actions);
  const visitDates = new Map(visits.map((v) => [v.id, v.date]));
  const itemText = new Map(visit.items.map((i) => [i.id, i.text]));
  const findingItem = new Map(findings.map((f) => [f.id, itemText.get(f.itemId)]));
  const groups = groupBySection(visit.items);
  const numbers = new Map(groups.flatMap((g) => g.items).map((item, i) => [item.id, i + 1]));

  const complete = async () => {
    setDialog(null);
    try {
      await store.visits.setStatus(visit.id, 'completed');
      toasts.show({
        kind: 'success',
        message: 'Visit marked complete',
        action: { label: 'Undo', run: () => store.visits.setStatus(visit.id, 'in_progress') },
      });
    } catch (error) {
      toasts.error(error, 'The visit was not completed');
    }
  };
  const remove = async () => {
    setDialog(null);
    try {
      await store.visits.deleteVisit(visit.id);
      toasts.show({
        kind: 'success',
        message: `Deleted the visit to ${settingName} on ${formatUkDate(visit.date)}`,
      });
      void navigate('/visits');
    } catch (error) {
      toasts.error(error, 'The visit was not deleted');
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/visits">Visits</Link>
      </p>
      <PageHeader
        title={`Visit to ${settingName}`}
        description={
          <span className="visit-meta">
            {formatUkDate(visit.date)} · {visit.officer} ·{' '}
            <StatusBadge tone={badge.tone}>{badge.word}</StatusBadge>
          </span>
        }
        actions={
          <>
            <WriteUpButton visitId={visit.id} />
            {readOnly ? (
              <button
                type="button"
                className="button"
                onClick={() => void store.visits.setStatus(visit.id, 'in_progress')}
              >
                Reopen visit
              </button>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => (progress.unjudged.length > 0 ? setDialog('complete') : void complete())}
              >
                Mark visit complete
              </button>
            )}
            <button type="button" className="button" onClick={() => setDialog('details')}>
              Edit details
            </button>
            <button type="button" className="button" onClick={() => setDialog('delete')}>
              Delete visit
            </button>
          </>
        }
      />
      {setting && (
        <p className="muted">
          <Link to={`/settings/${setting.id}`}>{setting.name}</Link>
        </p>
      )}
      <section className="card visit-progress" aria-labelledby="progress-heading">
        <h2 id="progress-heading">Progress</h2>
        <p>
          {progress.judged} of {progress.total} items judged
          {progress.judged > 0 &&
            `: ${JUDGEMENTS.filter((j) => progress.counts[j] > 0)
              .map((j) => `${progress.counts[j]} ${JUDGEMENT_LABELS[j].toLowerCase()}`)
              .join(', ')}`}
          .
        </p>
        <progress aria-label="Items judged" max={Math.max(progress.total, 1)} value={progress.judged} />
        {readOnly && (
          <p className="field-hint">
            This visit is complete, so its record is read-only. Reopen it to change anything.
          </p>
        )}
      </section>

      {carried.length > 0 && (
        <section className="card" aria-labelledby="carried-heading">
          <h2 id="carried-heading">Open actions from earlier visits</h2>
          <p className="muted">
            Check each with the setting: mark it done, or leave it open to come up again.
          </p>
          <ActionsTable
            label="Open actions from earlier visits"
            rows={carried.map((a) => ({
              action: a,
              context: `From the visit on ${formatUkDate(visitDates.get(a.visitId))}`,
            }))}
            asOf={asOf}
            editable={false}
          />
        </section>
      )}

      {groups.map((group) => (
        <section
          key={group.section}
          className="checklist-section"
          aria-labelledby={`section-${group.section}`}
        >
          <h2 id={`section-${group.section}`}>{group.section}</h2>
          {group.items.map((item) => {
            const finding = byItem.get(item.id);
            return (
              <ChecklistItemCard
                key={item.id}
                visit={visit}
                item={item}
                number={numbers.get(item.id)!}
                finding={finding}
                actions={own.filter((a) => finding && a.findingId === finding.id)}
                readOnly={readOnly}
              />
            );
          })}
        </section>
      ))}

      <section className="card" aria-labelledby="actions-heading">
        <div className="card-header">
          <h2 id="actions-heading">Actions from this visit</h2>
          {!readOnly && (
            <button type="button" className="button" onClick={() => setDialog('action')}>
              Add action
            </button>
          )}
        </div>
        {own.length === 0 ? (
          <p className="muted">No actions yet. Add one for each shortfall, with an owner and a due date.</p>
        ) : (
          <ActionsTable
            label="Actions from this visit"
            rows={own.map((a) => ({
              action: a,
              context: a.findingId ? findingItem.get(a.findingId) : undefined,
            }))}
            asOf={asOf}
          />
        )}
      </section>

      {dialog === 'details' && <VisitDetailsDialog visit={visit} onClose={() => setDialog(null)} />}
      {dialog === 'action' && (
        <ActionDialog visitId={visit.id} findingId={null} onClose={() => setDialog(null)} />
      )}
      <ConfirmDialog
        open={dialog === 'complete'}
        title="Mark the visit complete?"
        message={`${progress.unjudged.length} of ${progress.total} items have no judgement yet. They will be shown as not judged in the write-up.`}
        confirmLabel="Mark visit complete"
        onConfirm={() => void complete()}
        onCancel={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        title="Delete this visit?"
        message={`The visit to ${settingName} on ${formatUkDate(visit.date)} will be deleted with its ${findings.length} findings, ${own.length} actions and their evidence. This cannot be undone.`}
        confirmLabel="Delete visit"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setDialog(null)}
      />
    </>
  );
}
