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

export const ROUTES: AppRoute[] = [
  { path: '/', component: lazy(() => import('../features/overview/overview-page')), nav: { label: 'Overview', order: 0 } },
  { path: '/settings', component: lazy(() => import('../features/settings/settings-page')), nav: { label: 'Settings', order: 10 } },
  { path: '/settings/:settingId', component: lazy(() => import('../features/settings/setting-page')) },
  { path: '/preferences', component: lazy(() => import('../features/trust/preferences-page')), nav: { label: 'Preferences', order: 100 } },
];

/** Where each native-menu command takes the user (the page then opens the right dialog). */
export const MENU_ROUTES: Partial<Record<MenuCommand, string>> = {};
