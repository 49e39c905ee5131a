import { useState, type FormEvent } from 'react';
import { TRUST_KIND_LABELS, TRUST_KINDS, type TrustKind } from '../../../core/vocabulary';
import { validateTrustDraft, type TrustErrors } from '../../../core/trust';
import { hasErrors } from '../../../core/settings';
import { useStore } from '../../app/db-context';
import { TextField } from '../../components/field';
import { Spinner } from '../../components/page';
import { messageOf } from '../../components/toasts';
import { loadSampleTrust } from './load-sample';
import { pickBackupFile, progressText, writeOpenedFile } from './restore-backup';
import { useFileOpener } from '../backups/use-file-opener';

/** The first screen on an empty store: create the trust, or try the sample one. */
export function FirstRun() {
  const store = useStore();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TrustKind>('trust');
  const [errors, setErrors] = useState<TrustErrors>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const opener = useFileOpener();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateTrustDraft({ name, kind });
    setErrors(found);
    if (hasErrors(found)) return;
    setBusy('Creating your trust…');
    try {
      await store.trust.create({ name, kind });
    } catch (error) {
      setFailure(messageOf(error));
      setBusy(null);
    }
  };

  const trySample = async () => {
    setFailure(null);
    setBusy('Loading the sample trust…');
    try {
      await loadSampleTrust(store.db, setBusy);
    } catch (error) {
      console.error(error);
      setFailure(`The sample trust could not be loaded: ${messageOf(error)}`);
      setBusy(null);
    }
  };

  const restore = async () => {
    setFailure(null);
    try {
      const file = await pickBackupFile();
      if (!file) return;
      setBusy(`Checking ${file.name}…`);
      const opened = await opener.open(file, (p) => setBusy(progressText(file.name, p)));
      if (!opened) {
        setBusy(null);
        return;
      }
      await writeOpenedFile(opened, setBusy);
    } catch (error) {
      console.error(error);
      setFailure(messageOf(error));
      setBusy(null);
    }
  };

  return (
    <main className="first-run" id="main">
      <section className="first-run-card" aria-labelledby="welcome">
        <h1 id="welcome">Welcome to Oversight</h1>
        <p className="lede">
          Keep every setting’s safeguarding policies, reviews, named leads and training in order, on this
          laptop, with or without a network.
        </p>
        {busy ? (
          <Spinner label={busy} />
        ) : (
          <>
            <form onSubmit={submit} noValidate aria-labelledby="create-heading">
              <h2 id="create-heading">Create your trust</h2>
              <TextField
                label="Name of your trust or local authority"
                value={name}
                onChange={(e) => setName(e.target.value)}
                error={errors.name}
                autoComplete="organization"
                autoFocus
              />
              <fieldset className="field">
                <legend>This is a</legend>
                {TRUST_KINDS.map((k) => (
                  <label key={k} className="radio">
                    <input
                      type="radio"
                      name="trust-kind"
                      value={k}
                      checked={kind === k}
                      onChange={() => setKind(k)}
                    />
                    {TRUST_KIND_LABELS[k]}
                  </label>
                ))}
              </fieldset>
              <button type="submit" className="button button-primary">
                Create trust
              </button>
            </form>
            <div className="divider" role="separator">
              <span>or</span>
            </div>
            <div className="sample-offer">
              <p>
                Explore first with a fictional trust of six settings, with sample policies, people and
                training records. Moving from another laptop? Restore its backup.
              </p>
              <div className="button-row">
                <button type="button" className="button" onClick={() => void trySample()}>
                  Try the sample trust
                </button>
                <button type="button" className="button" onClick={() => void restore()}>
                  Restore from a backup…
                </button>
              </div>
            </div>
          </>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        {opener.dialog}
      </section>
    </main>
  );
}
