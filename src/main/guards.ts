// The shell's security guards as small functions, so Node tests can drive them without Electron.
import { APP_ORIGIN } from '../ipc/security';

export interface TrustOptions {
  /** The Vite dev server's URL under `npm run dev`; undefined in a built app. */
  devServerUrl?: string;
}

/** True for the app's own pages: app://oversight/..., or the dev server while developing. */
export function isAppUrl(url: string, options: TrustOptions = {}): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  if (options.devServerUrl) {
    const dev = new URL(options.devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}

export interface FrameLike {
  url: string;
  /** null for a top-level frame. */
  parent: unknown;
}

/** Every IPC call must come from the app's own top-level page, never from an embedded or foreign frame. */
export function isTrustedSender(frame: FrameLike | null | undefined, options: TrustOptions = {}): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, options);
}

export interface PreventableEvent {
  preventDefault(): void;
}

/** The app is a single page with hash routes: any real navigation is refused. */
export function denyNavigation(event: PreventableEvent, _url: string): void {
  event.preventDefault();
}

/** Only https links leave the app, and only to the system browser. */
export async function openExternalSafely(url: string, openExternal: (url: string) => Promise<void>): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Refused to open "${url}": it is not a web address`);
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(`Refused to open "${url}": only https links are opened outside the app`);
  }
  await openExternal(parsed.toString());
}

/** New windows are never created; an https link is handed to the system browser instead. */
export function windowOpenHandler(openExternal: (url: string) => Promise<void>, onError: (error: Error) => void) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    if (url.startsWith('https:')) openExternalSafely(url, openExternal).catch(onError);
    return { action: 'deny' };
  };
}

/**
 * Permission requests are denied. The one exception is 'persistent-storage', which only asks the
 * browser engine not to evict the app's own IndexedDB under disk pressure: it reaches no device and
 * no personal data, and losing the offline store would lose the trust's records.
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'persistent-storage';
}
