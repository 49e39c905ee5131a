// The app:// protocol: serves the built renderer from one folder, never anything outside it.
import { extname, join, normalize, sep } from 'node:path';
import { APP_HOST, CONTENT_SECURITY_POLICY } from '../ipc/security';

export type ResolvedRequest = { kind: 'file'; path: string } | { kind: 'refused'; status: 403 | 404; reason: string };

/** Maps an app:// URL to a file under `root`. Unknown routes without an extension get index.html. */
export function resolveAppRequest(url: string, root: string): ResolvedRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 404, reason: 'not a URL' };
  }
  if (parsed.host !== APP_HOST) return { kind: 'refused', status: 403, reason: `unknown host ${parsed.host}` };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 404, reason: 'bad escape in path' };
  }
  if (pathname.includes('\0')) return { kind: 'refused', status: 403, reason: 'NUL in path' };
  const relative = pathname === '/' || extname(pathname) === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const rootNormal = normalize(root.endsWith(sep) ? root : root + sep);
  const full = normalize(join(rootNormal, relative));
  if (!full.startsWith(rootNormal)) return { kind: 'refused', status: 403, reason: 'outside the app folder' };
  return { kind: 'file', path: full };
}

/** Headers every app:// response carries. */
export function securityHeaders(path: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  const type = MIME[extname(path).toLowerCase()];
  if (type) headers['Content-Type'] = type;
  return headers;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
};
