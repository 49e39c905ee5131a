// Preferences: the size limit for imported documents (DOMAIN: configurable). Larger files are refused
// with a message before anything reads them.
import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../app/db-context';
import { TextField } from '../../components/field';
import { useToasts } from '../../components/toasts';

export function ImportPreferences() {
  const store = useStore();
  const config = useLiveQuery(() => store.config.load(), [store]);
  if (!config) return null;
  return <ImportLimitForm key={config.maxImportMegabytes} initial={config.maxImportMegabytes} />;
}

function ImportLimitForm({ initial }: { initial: number }) {
  const store = useStore();
  const toasts = useToasts();
  const [text, setText] = useState(String(initial));
  const [error, setError] = useState<string | undefined>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = Number(text.trim());
    if (!Number.isFinite(value) || value <= 0 || value > 2048) {
      setError('Enter a size in megabytes between 1 and 2048');
      return;
    }
    setError(undefined);
    try {
      await store.config.save('maxImportMegabytes', value);
      toasts.show({ kind: 'success', message: `Documents up to ${value} MB will be imported` });
    } catch (err) {
      toasts.error(err, 'The import limit was not saved');
    }
  };
  return (
    <section className="card" aria-labelledby="import-prefs-heading">
      <h2 id="import-prefs-heading">Importing policies</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="form-grid">
        <TextField
          label="Largest document to import (MB)"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
          hint="Larger files are refused with a message; nothing is read from them."
        />
        <div>
          <button type="submit" className="button button-primary">
            Save import limit
          </button>
        </div>
      </form>
    </section>
  );
}
