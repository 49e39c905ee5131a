// The app's pages. Each feature lives in its own folder and is loaded when first opened, so start-up
// only pays for the shell. Add a feature by adding its entry here.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MenuCommand } from '../../ipc/contract';

export interface AppRoute {
  path: string;
  component: LazyExoticComponent<ComponentType>;
  /** Shown in the sidebar when set, in this order. */
  nav?: { label: string; order: number };
}

// One component for both training routes, so moving between its tabs keeps the loaded records.
const TrainingPage = lazy(() => import('../features/training/training-page'));

export const ROUTES: AppRoute[] = [
  { path: '/', component: lazy(() => import('../features/overview/overview-page')), nav: { label: 'Overview', order: 0 } },
  { path: '/settings', component: lazy(() => import('../features/settings/settings-page')), nav: { label: 'Settings', order: 10 } },
  { path: '/settings/:settingId', component: lazy(() => import('../features/settings/setting-page')) },
  { path: '/policies', component: lazy(() => import('../features/policies/policies-page')), nav: { label: 'Policies', order: 20 } },
  { path: '/policies/:policyId', component: lazy(() => import('../features/policies/policy-page')) },
  { path: '/compare', component: lazy(() => import('../features/compare/compare-page')), nav: { label: 'Compare', order: 40 } },
  { path: '/training', component: TrainingPage, nav: { label: 'Training', order: 60 } },
  { path: '/training/:tab', component: TrainingPage },
  { path: '/reports', component: lazy(() => import('../features/reports/reports-page')), nav: { label: 'Reports', order: 70 } },
  { path: '/reviews', component: lazy(() => import('../features/reviews/reviews-page')), nav: { label: 'Reviews', order: 30 } },
  { path: '/reviews/:policyId', component: lazy(() => import('../features/reviews/policy-reviews-page')) },
  { path: '/leads', component: lazy(() => import('../features/leads/leads-page')), nav: { label: 'Named leads', order: 50 } },
  { path: '/visits', component: lazy(() => import('../features/visits/visits-page')), nav: { label: 'Visits', order: 80 } },
  { path: '/visits/checklists', component: lazy(() => import('../features/visits/checklists-page')) },
  { path: '/visits/:visitId', component: lazy(() => import('../features/visits/visit-page')) },
  { path: '/backups', component: lazy(() => import('../features/backups/backups-page')), nav: { label: 'Backups', order: 90 } },
  { path: '/preferences', component: lazy(() => import('../features/trust/preferences-page')), nav: { label: 'Preferences', order: 100 } },
];

/** Where each native-menu command takes the user (the page then opens the right dialog). */
export const MENU_ROUTES: Partial<Record<MenuCommand, string>> = { 'export-report': '/reports', 'import-policies': '/policies?import=1', 'back-up': '/backups?do=back-up', restore: '/backups?do=restore' };
