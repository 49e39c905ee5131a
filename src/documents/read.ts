// Reading any policy document into structured text: the one entry point the importer, the CLI and the
// sample data use. Runs in Node and in a browser Web Worker alike (no DOM, no Node APIs). The file's
// real format is told from its bytes, not its name; what cannot be read throws a DocumentError whose
// message names the file and the problem.
import type { DocumentFormat, StructuredDocument } from '../core/document';
import { DEFAULT_READ_LIMITS, DocumentError, megabytes, type ReadLimits } from './readers/errors';
import { FORMAT_NAMES, formatOfExtension, sniff } from './readers/sniff';
import { decodeText, readMarkdown, readPlainText } from './readers/text';
import { extensionOf } from './read-formats';
import { readHtml } from './readers/html';
import { readDocx } from './readers/docx';
import { readPdf } from './readers/pdf';

export { DocumentError, DEFAULT_READ_LIMITS, type ReadLimits };

export interface DocumentInput {
  name: string;
  bytes: Uint8Array;
}

export { READABLE_EXTENSIONS, extensionOf } from './read-formats';

export async function readDocument(
  input: DocumentInput,
  limits: Partial<ReadLimits> = {},
): Promise<StructuredDocument> {
  const { name, bytes } = input;
  const lim: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  if (bytes.byteLength === 0) throw new DocumentError(name, 'is empty (0 bytes): there is nothing to read');
  if (bytes.byteLength > lim.maxBytes)
    throw new DocumentError(
      name,
      `is ${megabytes(bytes.byteLength)}, larger than the ${megabytes(lim.maxBytes)} limit for a document`,
    );
  const extension = extensionOf(name);
  const claimed = formatOfExtension(extension);
  const found = sniff(bytes, extension);
  if (found.kind === 'ole') {
    if (found.encrypted)
      throw new DocumentError(
        name,
        'is password-protected, so it cannot be read. Remove the password in Word (File > Info > Protect Document), save, and import it again.',
      );
    throw new DocumentError(
      name,
      'is an old Word 97-2003 document (.doc), which Oversight does not read. Open it in Word, save it as .docx, and import that.',
    );
  }
  if (found.kind === 'unsupported')
    throw new DocumentError(name, `is not a policy document: it is ${found.what}`);
  const format = found.format;
  const warnings: string[] = [];
  // A file whose name lies about its format is read by what it is, and the user is told.
  if (
    claimed &&
    claimed !== format &&
    !(claimed === 'txt' && format === 'md') &&
    !(claimed === 'md' && format === 'txt')
  ) {
    warnings.push(
      `'${name}' is named as ${FORMAT_NAMES[claimed]} but is ${FORMAT_NAMES[format]}; it was read as ${FORMAT_NAMES[format]}`,
    );
  } else if (!claimed && extension) {
    warnings.push(
      `'${name}' has an unfamiliar extension (.${extension}); it was read as ${FORMAT_NAMES[format]}`,
    );
  }
  const doc = await readAs(format, name, bytes, lim, warnings);
  if (doc.blocks.length === 0) throw new DocumentError(name, 'has no text to read');
  return doc;
}

async function readAs(
  format: DocumentFormat,
  name: string,
  bytes: Uint8Array,
  limits: ReadLimits,
  warnings: string[],
): Promise<StructuredDocument> {
  switch (format) {
    case 'docx':
      return readDocx(bytes, name, limits, warnings);
    case 'pdf':
      return readPdf(bytes, name, limits, warnings);
    case 'html': {
      const { text } = decodeText(bytes, name);
      return readHtml(text, warnings);
    }
    case 'md': {
      const { text, encoding } = decodeText(bytes, name);
      if (encoding === 'windows-1252') warnings.push('Read as Windows-1252 text (not UTF-8)');
      return readMarkdown(text, warnings);
    }
    case 'txt': {
      const { text, encoding } = decodeText(bytes, name);
      if (encoding === 'windows-1252') warnings.push('Read as Windows-1252 text (not UTF-8)');
      return readPlainText(text, warnings);
    }
  }
}

/** The media type to store with an original file. */
export function mediaTypeOf(format: DocumentFormat): string {
  switch (format) {
    case 'docx':
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    case 'pdf':
      return 'application/pdf';
    case 'html':
      return 'text/html';
    case 'md':
      return 'text/markdown';
    case 'txt':
      return 'text/plain';
  }
}
