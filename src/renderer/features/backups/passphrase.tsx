// Asking for a passphrase: to open an encrypted file, or to seal a new one.
import { useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../data/backup/encryption';
import { Dialog, FormActions } from '../../components/dialog';
import { TextField } from '../../components/field';

export function PassphraseDialog({
  fileName,
  error,
  onSubmit,
  onCancel,
}: {
  fileName: string;
  error: string | null;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [value, setValue] = useState('');
  const [own, setOwn] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value === '') {
      setOwn('Enter the passphrase');
      return;
    }
    onSubmit(value);
  };
  return (
    <Dialog
      title="Enter the passphrase"
      description={`“${fileName}” is encrypted. Enter the passphrase it was saved with.`}
      open
      onClose={onCancel}
      actions={<FormActions formId="passphrase-form" submitLabel="Open file" onCancel={onCancel} />}
    >
      <form id="passphrase-form" onSubmit={submit} noValidate>
        <TextField
          label="Passphrase"
          type="password"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={own ?? error ?? undefined}
        />
      </form>
    </Dialog>
  );
}

export interface NewPassphrase {
  enabled: boolean;
  passphrase: string;
  confirm: string;
}

export const NO_PASSPHRASE: NewPassphrase = { enabled: false, passphrase: '', confirm: '' };

/** What is wrong with a new passphrase, by field; empty when it can be used. */
export function newPassphraseErrors(p: NewPassphrase): { passphrase?: string; confirm?: string } {
  if (!p.enabled) return {};
  const problem = passphraseProblem(p.passphrase);
  if (problem) return { passphrase: problem };
  if (p.confirm !== p.passphrase) return { confirm: 'The two passphrases are not the same' };
  return {};
}

export function NewPassphraseFields({
  value,
  onChange,
  errors,
  what,
}: {
  value: NewPassphrase;
  onChange: (v: NewPassphrase) => void;
  errors: { passphrase?: string; confirm?: string };
  what: string;
}) {
  return (
    <fieldset className="field passphrase-fields">
      <legend>Encryption</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.target.checked })}
        />
        Protect with a passphrase
      </label>
      {value.enabled && (
        <>
          <p className="field-hint">
            The {what} is encrypted (AES-256). Without the passphrase nobody can open it, including you: keep
            it somewhere safe, apart from the file. At least {MIN_PASSPHRASE_LENGTH} characters; a few
            unrelated words are easy to remember.
          </p>
          <TextField
            label="Passphrase"
            type="password"
            autoComplete="new-password"
            value={value.passphrase}
            onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
            error={errors.passphrase}
          />
          <TextField
            label="Repeat the passphrase"
            type="password"
            autoComplete="new-password"
            value={value.confirm}
            onChange={(e) => onChange({ ...value, confirm: e.target.value })}
            error={errors.confirm}
          />
        </>
      )}
    </fieldset>
  );
}
