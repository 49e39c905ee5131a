// What a file really is, from its first bytes rather than its name: people rename files, and a policy
// saved as "policy.docx" may be a PDF, an HTML page or an old Word 97 file.
import type { DocumentFormat } from '../../core/document';

export type Sniffed =
  | { kind: 'format'; format: DocumentFormat }
  /** An OLE compound file: a password-protected .docx, or a Word 97-2003 .doc. */
  | { kind: 'ole'; encrypted: boolean }
  | { kind: 'unsupported'; what: string };

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < Math.min(to, bytes.length); i += 1) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Finds a UTF-16LE string (as OLE stream names are stored) in the bytes. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) pattern[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i += 1) {
    if (bytes[i] !== pattern[0]) continue;
    for (let j = 1; j < pattern.length; j += 1) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array, extension: string): Sniffed {
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { kind: 'format', format: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'format', format: 'docx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return {
      kind: 'ole',
      encrypted: hasUtf16(bytes, 'EncryptionInfo') || hasUtf16(bytes, 'EncryptedPackage'),
    };
  }
  if (ascii(bytes, 0, 5) === '{\\rtf')
    return { kind: 'unsupported', what: 'a Rich Text (.rtf) file; save it as .docx in Word' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'unsupported', what: 'a PNG image' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'unsupported', what: 'a JPEG image' };
  if (ascii(bytes, 0, 4) === 'GIF8') return { kind: 'unsupported', what: 'a GIF image' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'unsupported', what: 'a gzip archive' };
  if (ascii(bytes, 0, 2) === 'MZ') return { kind: 'unsupported', what: 'a Windows program' };
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return { kind: 'unsupported', what: 'a program' };
  // Text of some kind: HTML is told by its tags, whatever the name says.
  const head = ascii(bytes, 0, 2048)
    .replace(/\0/g, '')
    .replace(/^(\ufeff|\xef\xbb\xbf|\xff\xfe|\xfe\xff)/, '')
    .trimStart()
    .toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--[\s\S]*?-->\s*<html)/.test(head))
    return { kind: 'format', format: 'html' };
  if (extension === 'html' || extension === 'htm') return { kind: 'format', format: 'html' };
  if (extension === 'md' || extension === 'markdown') return { kind: 'format', format: 'md' };
  return { kind: 'format', format: 'txt' };
}

export const FORMAT_NAMES: Record<DocumentFormat, string> = {
  docx: 'a Word document',
  pdf: 'a PDF',
  txt: 'a text file',
  md: 'a Markdown file',
  html: 'a web page (HTML)',
};

/** The format a file's extension claims, or null for an extension we do not read. */
export function formatOfExtension(extension: string): DocumentFormat | null {
  switch (extension) {
    case 'docx':
      return 'docx';
    case 'pdf':
      return 'pdf';
    case 'txt':
    case 'text':
      return 'txt';
    case 'md':
    case 'markdown':
      return 'md';
    case 'html':
    case 'htm':
      return 'html';
    default:
      return null;
  }
}
