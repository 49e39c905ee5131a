// A careful zip reader for Word documents. A .docx is a zip, and a zip can claim or hold far more than
// it looks (a "zip bomb": a few kilobytes that inflate to gigabytes). So the central directory is read
// first and its declared sizes checked against the cap before anything is inflated, and inflation itself
// stops as soon as the real output passes the declared size or the cap.
import { Inflate } from 'fflate';
import { DocumentError, megabytes } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

/** The entries listed in the zip's central directory. Throws a DocumentError if there is none. */
export function zipDirectory(bytes: Uint8Array, fileName: string, what = 'Word document'): ZipEntry[] {
  const damaged = (detail: string) =>
    new DocumentError(
      fileName,
      `is not a readable ${what}: ${detail}. Open it in Word and save it again, then import the new file.`,
    );
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i -= 1) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('it is damaged (its zip directory is missing; the file may be cut short)');
  const count = u16(bytes, eocd + 10);
  const dirSize = u32(bytes, eocd + 12);
  const dirOffset = u32(bytes, eocd + 16);
  if (dirOffset === 0xffffffff || count === 0xffff)
    throw new DocumentError(
      fileName,
      `is too large to read (a ZIP64 archive); a policy document is far smaller`,
    );
  if (dirOffset + dirSize > bytes.length)
    throw damaged('it is damaged (its zip directory points past the end of the file)');
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  for (let i = 0; i < count; i += 1) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL)
      throw damaged('it is damaged (its zip directory is corrupt)');
    const nameLength = u16(bytes, p + 28);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({
      name,
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localHeaderOffset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

/** Refuses a zip whose entries declare more than `cap` bytes in all (checked before inflating anything). */
export function checkDeclaredSize(entries: readonly ZipEntry[], cap: number, fileName: string): void {
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > cap) {
    throw new DocumentError(
      fileName,
      `would expand to ${megabytes(declared)}, more than the ${megabytes(cap)} limit for a document: it may be a zip bomb, and was not opened`,
    );
  }
}

/**
 * Inflates one entry, stopping as soon as the output passes its declared size or `budget` bytes, so a
 * directory that lies about sizes cannot make us inflate a bomb.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: number,
  fileName: string,
): Uint8Array {
  if (entry.flags & 1)
    throw new DocumentError(
      fileName,
      'is password-protected (its contents are encrypted). Remove the password in Word, save, and import it again.',
    );
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== LOCAL)
    throw new DocumentError(
      fileName,
      `is not a readable Word document: it is damaged (part "${entry.name}" is missing). Open it in Word and save it again, then import the new file.`,
    );
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > budget) throw tooBig(fileName, budget);
    return data.slice();
  }
  if (entry.method !== 8)
    throw new DocumentError(
      fileName,
      `is not a readable Word document: part "${entry.name}" uses a compression method Word does not use (${entry.method})`,
    );
  const limit = Math.min(budget, entry.size);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) over = true;
    else chunks.push(chunk);
  });
  try {
    // Small slices: deflate can expand about a thousandfold, so each push yields at most ~16 MB.
    const slice = 16 * 1024;
    for (let i = 0; i < data.length && !over; i += slice)
      inflater.push(data.subarray(i, i + slice), i + slice >= data.length);
  } catch (error) {
    throw new DocumentError(
      fileName,
      `is not a readable Word document: it is damaged (part "${entry.name}" cannot be decompressed: ${(error as Error).message}). Open it in Word and save it again, then import the new file.`,
    );
  }
  if (over) {
    if (total <= entry.size) throw tooBig(fileName, budget);
    throw new DocumentError(
      fileName,
      `is not a readable Word document: part "${entry.name}" holds more than its zip directory declares, so it was not opened (it may be a zip bomb)`,
    );
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function tooBig(fileName: string, cap: number): DocumentError {
  return new DocumentError(
    fileName,
    `expands beyond the ${megabytes(cap)} limit for a document: it may be a zip bomb, and was not opened`,
  );
}
