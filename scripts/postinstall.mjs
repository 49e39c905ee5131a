// After `npm install`: say which OS tools the tests need and whether this machine has them. Never fails
// the install (the app itself needs none of them).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const has = (cmd, args = ['--version']) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const missing = [];
if (!existsSync(process.env.OVERSIGHT_CHROMIUM ?? '/usr/bin/chromium')) missing.push('chromium (browser tests)');
if (!has('soffice')) missing.push('libreoffice-writer-nogui (Word output checks)');
if (!has('pdftoppm', ['-v'])) missing.push('poppler-utils (PDF import tests, report pages)');
if (!has('/usr/bin/python3', ['-c', 'import docx'])) missing.push('python3-docx (Word output checks)');
if (missing.length > 0) {
  console.log(`Oversight: the tests also need these Debian packages: ${missing.join(', ')}.`);
  console.log('  Install them with: sudo apt-get install -y chromium poppler-utils python3-docx && sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui');
}
