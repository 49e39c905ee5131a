// "Add its named leads to the register": from a policy, in one step. Shows who would be matched or
// added and from when, with anything held back and why; the officer ticks what to add.
import { useEffect, useState } from 'react';
import { formatUkDate, type IsoDate } from '../../../core/dates';
import type { PlanItem } from '../../../core/leads/from-policy';
import type { PolicyId } from '../../../core/ids';
import { ROLE_LABELS } from '../../../core/vocabulary';
import { useStore } from '../../app/db-context';
import { useToday } from '../../app/today';
import { Dialog } from '../../components/dialog';
import { Spinner } from '../../components/page';
import { messageOf, useToasts } from '../../components/toasts';

export function AddNamedLeadsDialog({
  policyId,
  title,
  settingName,
  today,
  onClose,
}: {
  policyId: PolicyId;
  title: string;
  settingName: string;
  today: IsoDate;
  onClose: () => void;
}) {
  const store = useStore();
  const toasts = useToasts();
  const [items, setItems] = useState<PlanItem[] | null>(null);
  const [chosen, setChosen] = useState<boolean[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(true);
  useEffect(() => {
    let live = true;
    store.leads
      .planFromPolicy(policyId, today)
      .then((plan) => {
        if (!live) return;
        setItems(plan.items);
        setConfirmed(plan.confirmed);
        setChosen(plan.items.map((i) => i.selected));
      })
      .catch((error: unknown) => live && setProblem(messageOf(error)));
    return () => {
      live = false;
    };
  }, [store, policyId, today]);
  const count = items ? items.filter((i, n) => chosen[n] && i.action !== 'already_current').length : 0;
  const add = async () => {
    if (!items) return;
    try {
      const added = await store.leads.addFromPolicy(
        policyId,
        items.filter((i, n) => chosen[n] && i.action !== 'already_current'),
        today,
      );
      toasts.show({
        kind: 'success',
        message:
          added === 0
            ? 'Nothing was added: they are already in the register'
            : `Added ${added} named lead${added === 1 ? '' : 's'} of ${settingName} to the register`,
      });
      onClose();
    } catch (error) {
      toasts.error(error, 'The named leads were not added');
    }
  };
  return (
    <Dialog
      title="Add named leads to the register"
      description={`From the ${title}, ${settingName}.`}
      open
      wide
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={count === 0}
            onClick={() => void add()}
          >
            Add {count} to the register
          </button>
        </>
      }
    >
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : !items ? (
        <Spinner label="Reading the policy’s named leads…" />
      ) : items.length === 0 ? (
        <p>
          This policy names nobody in a lead role. Correct its named leads on the policy’s page if it does.
        </p>
      ) : (
        <>
          {!confirmed && (
            <p className="notice notice-amber" role="note">
              These names are as Oversight read them: the policy’s fields have not been confirmed yet. Check
              them (or confirm the policy first) before adding.
            </p>
          )}
          <table className="table" aria-label="Named leads in the policy">
            <thead>
              <tr>
                <th scope="col">Add</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">From</th>
                <th scope="col">In the register</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, n) => (
                <tr key={`${item.role}-${item.name}`}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Add ${item.name} as ${ROLE_LABELS[item.role]}`}
                      checked={chosen[n] ?? false}
                      disabled={item.action === 'already_current'}
                      onChange={(e) => setChosen((c) => c.map((v, i) => (i === n ? e.target.checked : v)))}
                    />
                  </td>
                  <th scope="row">{item.name}</th>
                  <td>{ROLE_LABELS[item.role]}</td>
                  <td>{item.from ? formatUkDate(item.from) : 'Not known'}</td>
                  <td>
                    {item.person.kind === 'existing' ? `Matched: ${item.person.name}` : 'New person'}
                    {item.note && <p className="exception-reason">{item.note}</p>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}

/** A button that opens the dialog: for the policy's page. */
export function AddNamedLeadsButton({
  policyId,
  title,
  settingName,
}: {
  policyId: PolicyId;
  title: string;
  settingName: string;
}) {
  const today = useToday();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Add named leads to the register
      </button>
      {open && (
        <AddNamedLeadsDialog
          policyId={policyId}
          title={title}
          settingName={settingName}
          today={today}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
