// Reads a document the officer attaches to a review and extracts its facts, loading the readers only
// when needed (Word and PDF readers are large). Errors name the file and the problem.
import type { DocumentFormat } from '../../../core/document';
import type { AppConfig } from '../../../core/config';
import type { NewVersionInput } from '../../../data/repos/reviews-repo';

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
  html: 'text/html',
};

export async function readAttachedDocument(
  name: string,
  bytes: Uint8Array,
  config: AppConfig,
): Promise<NewVersionInput> {
  const [{ readDocument }, { extractPolicy }] = await Promise.all([
    import('../../../documents/read'),
    import('../../../core/extraction/extract'),
  ]);
  const document = await readDocument({ name, bytes }, { maxBytes: config.maxImportMegabytes * 1024 * 1024 });
  const extraction = extractPolicy(document, { frameworks: config.frameworks, guidance: config.guidance });
  return {
    fileName: name,
    mediaType: MEDIA_TYPES[document.format],
    bytes,
    format: document.format,
    document,
    extraction,
  };
}
