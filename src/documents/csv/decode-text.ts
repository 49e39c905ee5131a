// Bytes of a text export -> text. Management information systems write UTF-8 (with or without a byte
// order mark), Excel on Windows writes "CSV" in Windows-1252 and "Unicode text" in UTF-16. The order
// of the checks: a byte order mark decides; otherwise strict UTF-8, and if that fails, Windows-1252
// (which decodes every byte, so a Latin-1-era export with "Siân" or "Zoë" reads correctly).

export type TextEncodingName = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Written out here because Node's TextDecoder
// (without full ICU data) decodes 'windows-1252' as Latin-1, turning ’ (0x92) into a control character.
const CP1252_HIGH = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    const end = Math.min(bytes.length, i + chunk);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j += 1) {
      const b = bytes[j]!;
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return 'UTF-8 with BOM';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'UTF-8';
  } catch {
    return 'Windows-1252';
  }
}

/** Decodes the bytes in the encoding they appear to use; the byte order mark is dropped. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = detectEncoding(bytes);
  switch (encoding) {
    case 'UTF-8 with BOM':
      return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding };
    case 'UTF-16LE':
      return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding };
    case 'UTF-16BE':
      return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding };
    case 'UTF-8':
      return { text: new TextDecoder('utf-8').decode(bytes), encoding };
    case 'Windows-1252':
      return { text: decodeWindows1252(bytes), encoding };
  }
}
