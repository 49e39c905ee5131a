// What a reader throws and the limits it works within. Every message names the file and the problem in
// words a safeguarding officer can act on.

/** A document that cannot be read. `message` is complete and user-facing: "'x.docx' is password-protected…". */
export class DocumentError extends Error {
  constructor(
    readonly fileName: string,
    readonly problem: string,
  ) {
    super(`'${fileName}' ${problem}`);
    this.name = 'DocumentError';
  }
}

export interface ReadLimits {
  /** Files larger than this are refused before any parsing (the trust's `maxImportMegabytes`). */
  maxBytes: number;
  /** A .docx whose parts would expand beyond this is refused (zip bomb), by declared and by actual size. */
  maxUnzippedBytes: number;
  /** PDFs with more pages than this are refused: nobody's policy is that long, and parsing is costly. */
  maxPages: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxBytes: 25 * 1024 * 1024,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxPages: 1000,
};

export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${Math.round(mb * 10) / 10} MB`;
}
