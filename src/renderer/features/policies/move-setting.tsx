// When the reader matched a document to the wrong setting: move the policy (with all its versions).
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingId } from '../../../core/ids';
import type { Policy } from '../../../core/model';
import { sortSettings } from '../../../core/settings';
import { nowIso } from '../../../data/db';
import { useStore } from '../../app/db-context';
import { Dialog } from '../../components/dialog';
import { useToasts } from '../../components/toasts';
import { NameOptions } from '../../components/field';

export function MoveSettingButton({ policy, settingName }: { policy: Policy; settingName: string }) {
  const store = useStore();
  const toasts = useToasts();
  const settings = useLiveQuery(() => store.settings.list(), [store]);
  const [open, setOpen] = useState(false);
  const [target, setTarget] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const move = async () => {
    try {
      await store.policies.moveToSetting(policy.id, target as SettingId, nowIso());
      const name = settings?.find((s) => s.id === target)?.name ?? 'the setting';
      setOpen(false);
      toasts.show({
        kind: 'success',
        message: `${policy.title} moved to ${name}`,
        action: {
          label: 'Undo',
          run: () => store.policies.moveToSetting(policy.id, policy.settingId, nowIso()),
        },
      });
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Move to another setting
      </button>
      <Dialog
        title="Move to another setting"
        open={open}
        onClose={() => setOpen(false)}
        description={`This policy and all its versions belong to ${settingName}. Choose the setting it really belongs to.`}
        actions={
          <>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={!target}
              onClick={() => void move()}
            >
              Move policy
            </button>
          </>
        }
      >
        <label className="field">
          <span>Setting</span>
          <select value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">Choose a setting</option>
            <NameOptions
              items={sortSettings(settings ?? []).filter((s) => s.id !== policy.settingId && !s.archived)}
            />
          </select>
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </Dialog>
    </>
  );
}
