// The security contract shared by the shell (response headers, navigation guards) and the renderer build
// (the CSP meta tag). One definition, so the two cannot drift apart.

/** The custom scheme the desktop app serves its renderer from (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'oversight';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Strict Content Security Policy: only the app's own origin; no eval, no inline scripts, no remote
 * origins. `blob:` lets the app show stored evidence files and run its parsing worker; `data:` images
 * cover the favicon and inline chart images. Inline styles are allowed because React style props and
 * the charts use them; styles cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "frame-src 'self' blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
