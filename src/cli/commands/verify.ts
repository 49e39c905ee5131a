import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatUkDate } from '../../core/dates';
import { readEnvelopeHeader, isEncrypted } from '../../data/backup/encryption';
import { BACKUP_FORMAT_VERSION, decodeBackup } from '../../data/backup/format';
import { UsageError, type CliIo, type Command } from '../io';

const LABELS: Record<string, [string, string]> = {
  trust: ['trust', 'trusts'],
  settings: ['setting', 'settings'],
  policies: ['policy', 'policies'],
  policyVersions: ['policy version', 'policy versions'],
  files: ['stored file', 'stored files'],
  reviews: ['review', 'reviews'],
  people: ['person', 'people'],
  roleAssignments: ['role', 'roles'],
  courses: ['course', 'courses'],
  memberships: ['staff record', 'staff records'],
  completions: ['training completion', 'training completions'],
  checklistTemplates: ['checklist', 'checklists'],
  visits: ['visit', 'visits'],
  findings: ['finding', 'findings'],
  actions: ['action', 'actions'],
  coverageOverrides: ['coverage override', 'coverage overrides'],
  importBatches: ['import record', 'import records'],
  config: ['configuration section', 'configuration sections'],
  syncState: ['sync record', 'sync records'],
};

function count(n: number, table: string): string {
  const [one, many] = LABELS[table] ?? [table, table];
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

async function passphraseFor(
  file: string,
  values: { 'passphrase-file'?: string },
  io: CliIo,
): Promise<string> {
  if (values['passphrase-file']) {
    const text = new TextDecoder().decode(await io.readFile(values['passphrase-file']));
    return text.replace(/\r?\n$/, '');
  }
  const typed = io.prompt ? await io.prompt(`Passphrase for ${basename(file)}: `) : undefined;
  if (typed === undefined)
    throw new Error(
      `${file} is encrypted: give its passphrase with --passphrase-file FILE, or run in a terminal to be asked for it`,
    );
  return typed;
}

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check a backup or visit pack (format, version, integrity) and say what it holds',
  usage: `oversight verify FILE [--passphrase-file FILE]

  Checks the whole file before saying anything about it: the file format and version, the whole-file
  checksum, every table and stored file against its own checksum. An encrypted file needs its passphrase:
  you are asked for it (nothing is shown as you type), or give a file holding it with --passphrase-file.
  Exits with 0 when the file is intact, 1 when it is not.`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'passphrase-file': { type: 'string' } },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError('give one FILE to verify');
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(file);
    } catch (error) {
      throw new Error(`cannot read ${file}: ${(error as Error).message}`);
    }
    const encrypted = isEncrypted(bytes);
    let passphrase: string | undefined;
    let sealing = '';
    if (encrypted) {
      const { header } = readEnvelopeHeader(bytes, BACKUP_FORMAT_VERSION);
      sealing = `${header.cipher}, key from ${header.kdf.name}-${header.kdf.hash} with ${header.kdf.iterations.toLocaleString('en-GB')} iterations`;
      passphrase = await passphraseFor(file, values, io);
    }
    let decoded;
    try {
      decoded = await decodeBackup(bytes, { passphrase });
    } catch (error) {
      io.stderr(`${file}: FAILED. ${(error as Error).message}\n`);
      return 1;
    }
    const { manifest, snapshot, fileSha256 } = decoded;
    const tables = Object.entries(snapshot.tables).filter(([, rows]) => rows.length > 0);
    const fileBytes = snapshot.tables.files.reduce(
      (n, f) => n + ((f.bytes as Uint8Array | undefined)?.byteLength ?? 0),
      0,
    );
    const settings = snapshot.tables.settings
      .map((s) => String(s.name))
      .sort((a, b) => a.localeCompare(b, 'en-GB'));
    const made = `${formatUkDate(manifest.createdAt.slice(0, 10))} ${manifest.createdAt.slice(11, 16)} UTC by Oversight ${manifest.appVersion}`;
    const lines = [
      `${file}: ${manifest.kind === 'pack' ? `a visit pack of ${count(settings.length, 'settings')}` : 'an Oversight backup'} (file format ${manifest.formatVersion}, data schema ${manifest.schemaVersion}). Intact.`,
      `  Made:        ${made}`,
      ...(manifest.description ? [`  Description: ${manifest.description}`] : []),
      `  Encrypted:   ${encrypted ? `yes (${sealing})` : 'no'}`,
      `  Integrity:   ${fileSha256 ? `whole-file SHA-256 ${fileSha256} matches; ` : 'format 1 file (no whole-file checksum); '}the manifest, ${Object.keys(manifest.tables).length} tables and ${count(manifest.files.length, 'files')} match their SHA-256`,
      `  Size:        ${size(bytes.byteLength)} on disk; ${size(fileBytes)} of original documents and evidence`,
      `  Settings:    ${settings.length === 0 ? 'none' : settings.length <= 12 ? settings.join('; ') : `${settings.slice(0, 12).join('; ')}; and ${settings.length - 12} more`}`,
      `  Holds:       ${tables.map(([name, rows]) => count(rows.length, name)).join(', ') || 'nothing'}`,
      '',
    ];
    io.stdout(lines.join('\n'));
    return 0;
  },
};
