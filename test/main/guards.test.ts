import { describe, expect, it, vi } from 'vitest';
import { denyNavigation, isAppUrl, isPermissionAllowed, isTrustedSender, openExternalSafely, windowOpenHandler } from '../../src/main/guards';

describe('navigation and windows', () => {
  it('refuses every navigation away from the page', () => {
    const event = { preventDefault: vi.fn() };
    denyNavigation(event, 'https://example.org/');
    denyNavigation(event, 'app://oversight/index.html');
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
  });

  it('never opens a window, and hands only https links to the browser', async () => {
    const openExternal = vi.fn(async () => undefined);
    const onError = vi.fn();
    const handler = windowOpenHandler(openExternal, onError);
    expect(handler({ url: 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://insecure.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.uk/government/publications/keeping-children-safe-in-education--2');
  });
});

describe('external links', () => {
  it('opens https links', async () => {
    const open = vi.fn(async () => undefined);
    await openExternalSafely('https://www.gov.uk/', open);
    expect(open).toHaveBeenCalledWith('https://www.gov.uk/');
  });

  it.each(['http://example.org/', 'file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'smb://server/share', 'not a url'])('refuses %s', async (url) => {
    const open = vi.fn(async () => undefined);
    await expect(openExternalSafely(url, open)).rejects.toThrow(/Refused to open/);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('IPC senders', () => {
  it('trusts only the app’s own top-level page', () => {
    expect(isTrustedSender({ url: 'app://oversight/index.html#/settings', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://oversight/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://other/index.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });

  it('trusts the dev server only when one is configured', () => {
    expect(isAppUrl('http://localhost:5173/', { devServerUrl: 'http://localhost:5173' })).toBe(true);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5174/', { devServerUrl: 'http://localhost:5173' })).toBe(false);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'midi', 'fullscreen'])('denies %s', (p) => {
    expect(isPermissionAllowed(p)).toBe(false);
  });
  it('allows only persistent storage of the app’s own data', () => {
    expect(isPermissionAllowed('persistent-storage')).toBe(true);
  });
});
