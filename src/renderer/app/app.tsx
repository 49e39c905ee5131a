import { Suspense, useEffect, useState } from 'react';
import { HashRouter, NavLink, Route, Routes, useNavigate } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { TRUST_KIND_LABELS } from '../../core/vocabulary';
import { platform } from '../platform';
import { Spinner } from '../components/page';
import { ToastProvider } from '../components/toasts';
import { useStore } from './db-context';
import { MENU_ROUTES, ROUTES } from './routes';
import { AboutDialog } from './about-dialog';
import { StorageNotice } from './storage-notice';
import { FirstRun } from '../features/trust/first-run';
import { AutoBackups } from '../features/backups/automatic';
import { ReviewReminders } from '../features/reviews/reminders';
import { ImportHost } from '../features/policies/import/import-host';

export function App() {
  return (
    <ToastProvider>
      <HashRouter>
        <Shell />
      </HashRouter>
    </ToastProvider>
  );
}

function Shell() {
  const { trust } = useStore();
  const current = useLiveQuery(async () => (await trust.get()) ?? null, [trust]);
  const [aboutOpen, setAboutOpen] = useState(false);
  const navigate = useNavigate();

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'about') setAboutOpen(true);
        const path = MENU_ROUTES[command];
        if (path) void navigate(path);
      }),
    [navigate],
  );

  if (current === undefined) return <Spinner label="Opening Oversight…" />;
  if (current === null) return <FirstRun />;

  const nav = ROUTES.filter((r) => r.nav).sort((a, b) => a.nav!.order - b.nav!.order);
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // The hash belongs to the router: move focus without navigating.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span>Oversight</span>
        </div>
        <div className="trust-name" title={TRUST_KIND_LABELS[current.kind]}>
          {current.name}
        </div>
        <nav aria-label="Main">
          <ul>
            {nav.map((r) => (
              <li key={r.path}>
                <NavLink to={r.path} end={r.path === '/'}>
                  {r.nav!.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="sidebar-about" onClick={() => setAboutOpen(true)}>
          About Oversight
        </button>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        <StorageNotice />
        <Suspense fallback={<Spinner label="Loading…" />}>
          <Routes>
            {ROUTES.map((r) => (
              <Route key={r.path} path={r.path} element={<r.component />} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </main>
      <ImportHost />
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      <ReviewReminders />
      <AutoBackups />
    </div>
  );
}

function NotFound() {
  return (
    <section>
      <h1>Page not found</h1>
      <p>
        <NavLink to="/">Back to the overview</NavLink>
      </p>
    </section>
  );
}
