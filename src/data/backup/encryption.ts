// The encrypted envelope of a backup or pack (docs/backup-format.md, "Encrypted files"): AES-256-GCM with a
// key from the passphrase by PBKDF2-SHA-256 (600,000 iterations by default), through WebCrypto so the same
// code runs in the app, in its worker and in the CLI. The header is authenticated with the contents, so no
// byte of the file can change unnoticed.
import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { BackupError, PassphraseRequiredError, WrongPassphraseError } from './errors';

export const ENCRYPTED_MAGIC = 'OVERSIGHT-ENCRYPTED\n';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; the least this app writes or accepts. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
/** A bound on what a file may ask for, so a crafted file cannot keep the app busy for hours. */
export const MAX_PBKDF2_ITERATIONS = 20_000_000;
export const MIN_PASSPHRASE_LENGTH = 10;

const b64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

const headerSchema = z.object({
  format: z.literal('oversight-backup'),
  formatVersion: z.number().int().positive(),
  cipher: z.literal('AES-256-GCM'),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int(),
    salt: b64,
  }),
  iv: b64,
  /** 16 bytes derived from the passphrase alongside the key: tells a wrong passphrase from a changed file. */
  check: b64,
});
export type EncryptionHeader = z.infer<typeof headerSchema>;

export function isEncrypted(bytes: Uint8Array): boolean {
  if (bytes.byteLength < ENCRYPTED_MAGIC.length) return false;
  for (let i = 0; i < ENCRYPTED_MAGIC.length; i += 1)
    if (bytes[i] !== ENCRYPTED_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** Why a passphrase is not good enough, or null. */
export function passphraseProblem(passphrase: string): string | null {
  if (passphrase.normalize('NFC').length < MIN_PASSPHRASE_LENGTH)
    return `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters (a few words is easiest to remember)`;
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) out[i] = s.charCodeAt(i);
  return out;
}

async function deriveKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    'raw',
    strToU8(passphrase.normalize('NFC')) as Uint8Array<ArrayBuffer>,
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const master = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  // One slow derivation, then HKDF splits it into the cipher key and the passphrase check, so checking a
  // passphrase costs no more than deriving the key.
  const hkdf = await subtle.importKey('raw', master, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const info = (label: string) => strToU8(label) as Uint8Array<ArrayBuffer>;
  const key = await subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: info('oversight backup key') },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  const check = new Uint8Array(
    await subtle.deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: info('oversight passphrase check') },
      hkdf,
      128,
    ),
  );
  return { key, check };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  let diff = 0;
  for (let i = 0; i < a.byteLength; i += 1) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export async function encryptEnvelope(
  plain: Uint8Array,
  passphrase: string,
  formatVersion: number,
  iterations = MIN_PBKDF2_ITERATIONS,
): Promise<Uint8Array> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new Error(problem);
  if (iterations < MIN_PBKDF2_ITERATIONS)
    throw new Error(`At least ${MIN_PBKDF2_ITERATIONS} PBKDF2 iterations are required`);
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const { key, check } = await deriveKeys(passphrase, salt, iterations);
  const header: EncryptionHeader = {
    format: 'oversight-backup',
    formatVersion,
    cipher: 'AES-256-GCM',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
    check: toBase64(check),
  };
  const prefix = strToU8(`${ENCRYPTED_MAGIC}${JSON.stringify(header)}\n`);
  const sealed = new Uint8Array(
    await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: prefix as Uint8Array<ArrayBuffer>, tagLength: 128 },
      key,
      plain as Uint8Array<ArrayBuffer>,
    ),
  );
  const out = new Uint8Array(prefix.byteLength + sealed.byteLength);
  out.set(prefix, 0);
  out.set(sealed, prefix.byteLength);
  return out;
}

/** Reads the header of an encrypted file (no passphrase needed): what it is and how it is sealed. */
export function readEnvelopeHeader(
  bytes: Uint8Array,
  maxFormatVersion: number,
): { header: EncryptionHeader; bodyOffset: number } {
  const end = bytes.indexOf(0x0a, ENCRYPTED_MAGIC.length);
  if (end < 0 || end > ENCRYPTED_MAGIC.length + 4096)
    throw new BackupError('The encrypted file is damaged: its header is incomplete');
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(bytes.subarray(ENCRYPTED_MAGIC.length, end)));
  } catch {
    throw new BackupError('The encrypted file is damaged: its header is not readable');
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > maxFormatVersion) {
    throw new BackupError(
      `This file was made by a newer version of Oversight (file format ${version}; this app reads up to ${maxFormatVersion}). Update Oversight to open it.`,
    );
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success)
    throw new BackupError(`The encrypted file’s header is invalid: ${parsed.error.issues[0]?.message ?? ''}`);
  const { iterations } = parsed.data.kdf;
  if (iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS)
    throw new BackupError(
      `The encrypted file asks for ${iterations} key-derivation rounds, outside what Oversight accepts`,
    );
  return { header: parsed.data, bodyOffset: end + 1 };
}

export async function decryptEnvelope(
  bytes: Uint8Array,
  passphrase: string | undefined,
  maxFormatVersion: number,
): Promise<Uint8Array> {
  const { header, bodyOffset } = readEnvelopeHeader(bytes, maxFormatVersion);
  if (passphrase === undefined || passphrase === '') throw new PassphraseRequiredError();
  const { key, check } = await deriveKeys(passphrase, fromBase64(header.kdf.salt), header.kdf.iterations);
  if (!sameBytes(check, fromBase64(header.check))) throw new WrongPassphraseError();
  if (bytes.byteLength - bodyOffset < 16)
    throw new BackupError('The encrypted file is incomplete: it ends before its contents');
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64(header.iv),
        additionalData: bytes.subarray(0, bodyOffset) as Uint8Array<ArrayBuffer>,
        tagLength: 128,
      },
      key,
      bytes.subarray(bodyOffset) as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(plain);
  } catch {
    throw new BackupError(
      'The encrypted file has been altered or is incomplete: it fails its integrity check',
    );
  }
}
