import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OversightDb } from '../data/db';
import { App } from './app/app';
import { StoreProvider } from './app/db-context';
import { mark } from './app/perf';
import { StoreUnavailable } from './app/store-unavailable';
import './styles/global.css';

const db = new OversightDb();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const reactRoot = createRoot(root);

// Open the store before the first render, so a store that cannot be opened (written by a newer
// version of Oversight, or blocked by another window) gets a clear page instead of a blank one.
db.open().then(
  () => {
    mark('db-open');
    reactRoot.render(
      <StrictMode>
        <StoreProvider db={db}>
          <App />
        </StoreProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    console.error(error);
    reactRoot.render(<StoreUnavailable error={error} />);
  },
);
