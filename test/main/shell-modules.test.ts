import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/ipc/security';
import { buildMenuTemplate } from '../../src/main/menu';
import { resolveAppRequest, securityHeaders } from '../../src/main/protocol';
import { boundsToRestore, DEFAULT_SIZE, parseWindowState } from '../../src/main/window-state';

describe('app:// protocol', () => {
  const root = '/opt/oversight/renderer';
  it('serves files from the renderer folder, and index.html for routes', () => {
    expect(resolveAppRequest('app://oversight/assets/index-abc.js', root)).toEqual({
      kind: 'file',
      path: '/opt/oversight/renderer/assets/index-abc.js',
    });
    expect(resolveAppRequest('app://oversight/', root)).toEqual({
      kind: 'file',
      path: '/opt/oversight/renderer/index.html',
    });
    expect(resolveAppRequest('app://oversight/settings', root)).toEqual({
      kind: 'file',
      path: '/opt/oversight/renderer/index.html',
    });
  });

  it.each(['app://oversight/..%2F..%2Fetc%2Fpasswd.txt', 'app://evil/index.html', 'app://oversight/a%00.js'])(
    'refuses %s',
    (url) => {
      expect(resolveAppRequest(url, root).kind).toBe('refused');
    },
  );

  it('never resolves outside the renderer folder, however the path is dressed up', () => {
    for (const url of [
      'app://oversight/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://oversight/../../etc/passwd.txt',
      'app://oversight/assets/..%5c..%5cwin.ini',
    ]) {
      const r = resolveAppRequest(url, root);
      if (r.kind === 'file') expect(r.path.startsWith(`${root}/`)).toBe(true);
    }
  });

  it('sends the strict CSP with every response', () => {
    expect(securityHeaders('/x/index.html')).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Content-Type': 'text/html; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    });
    // No eval of any kind (nor WebAssembly compilation); 'unsafe-inline' is allowed for styles only.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(?!inline)/);
    expect(CONTENT_SECURITY_POLICY.split('; ').filter((d) => d.startsWith('script-src'))).toEqual([
      "script-src 'self'",
    ]);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
  it('restores a saved size and position on a visible screen', () => {
    expect(
      boundsToRestore({ bounds: { x: 100, y: 80, width: 1300, height: 900 }, maximized: false }, screen),
    ).toEqual({ x: 100, y: 80, width: 1300, height: 900 });
  });
  it('keeps the size but not a position off every screen (an unplugged monitor)', () => {
    expect(
      boundsToRestore({ bounds: { x: 3000, y: 80, width: 1300, height: 900 }, maximized: false }, screen),
    ).toEqual({ width: 1300, height: 900 });
  });
  it('falls back to the default for missing or corrupt state', () => {
    expect(boundsToRestore(parseWindowState({ bounds: { x: 'a' } }), screen)).toEqual(DEFAULT_SIZE);
    expect(parseWindowState(null)).toBeUndefined();
  });
});

describe('native menu', () => {
  it('has File, Edit, View and Help with the product’s commands', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({ appName: 'Oversight', isMac: false, send });
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = template[0]!.submenu as { label?: string; role?: string; click?: () => void }[];
    expect(file.filter((i) => i.label).map((i) => i.label)).toEqual([
      'Import policies…',
      'Export report…',
      'Back up…',
      'Restore…',
      'Quit',
    ]);
    for (const item of file) item.click?.();
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      'import-policies',
      'export-report',
      'back-up',
      'restore',
    ]);
    const help = template[3]!.submenu as { label?: string; click?: () => void }[];
    help[0]!.click!();
    expect(help[0]!.label).toBe('About Oversight');
    expect(send).toHaveBeenLastCalledWith('about');
  });
});

describe('window web preferences', () => {
  it('isolate the renderer: sandbox, context isolation, no Node anywhere', async () => {
    const { secureWebPreferences } = await import('../../src/main/web-preferences');
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      preload: '/app/preload.js',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});
