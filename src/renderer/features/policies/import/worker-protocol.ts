// Messages between the page and the document workers that read and extract policies off the UI thread.
import type { DocumentFormat, StructuredDocument } from '../../../../core/document';
import type { ExtractionContext, ExtractionResult } from '../../../../core/extraction/types';
import type { ReadLimits } from '../../../../documents/readers/errors';

export interface ReadRequest {
  id: number;
  name: string;
  /** Transferred to the worker and back, never copied. */
  bytes: Uint8Array;
  limits: Partial<ReadLimits>;
  context: ExtractionContext;
}

export interface ReadSuccess {
  id: number;
  ok: true;
  bytes: Uint8Array;
  sha256: string;
  format: DocumentFormat;
  mediaType: string;
  document: StructuredDocument;
  extraction: ExtractionResult;
  /** Time spent reading and extracting, in ms. */
  ms: number;
}

export interface ReadFailure {
  id: number;
  ok: false;
  bytes: Uint8Array;
  /** For the user: names the file and the problem. */
  message: string;
}

export type ReadReply = ReadSuccess | ReadFailure;
